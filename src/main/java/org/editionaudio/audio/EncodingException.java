package org.editionaudio.audio;

import org.editionaudio.common.EditionAudioException;
import org.editionaudio.common.ExitCode;
import java.nio.file.Path;

/** Encoding the program or writing its audio failed (exit code 5). */
public final class EncodingException extends EditionAudioException {
  private final Path target;

  /** What failed while producing {@code target} (may be null for temporary files). */
  public EncodingException(Path target, String reason, Throwable cause) {
    super(ExitCode.OUTPUT, (target == null ? "" : target + ": ") + "encoding failed (" + reason + ")"
        + " — check free disk space and permissions of the output folder, or rerun with --verbose", cause);
    this.target = target;
  }

  /** The file being written, or null. */
  public Path target() {
    return target;
  }
}
