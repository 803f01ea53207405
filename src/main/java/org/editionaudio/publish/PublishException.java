package org.editionaudio.publish;

import org.editionaudio.common.EditionAudioException;
import org.editionaudio.common.ExitCode;
import java.nio.file.Path;

/** Writing the output folder failed (exit code 5). */
public final class PublishException extends EditionAudioException {
  private final Path path;

  /** What failed while writing {@code path}. */
  public PublishException(Path path, String reason, Throwable cause) {
    this(path, reason, "check free disk space and permissions", cause);
  }

  /** What failed while writing {@code path}, and what to do about it. */
  public PublishException(Path path, String reason, String hint, Throwable cause) {
    super(ExitCode.OUTPUT, path + ": cannot write the output (" + reason + ") — " + hint, cause);
    this.path = path;
  }

  /** The file or folder being written. */
  public Path path() {
    return path;
  }
}
