package org.editionaudio.audio;

import org.editionaudio.common.EditionAudioException;
import org.editionaudio.common.ExitCode;
import java.nio.file.Path;

/** A cover image that cannot be used (exit code 2: the option's value is wrong). */
public final class CoverException extends EditionAudioException {
  private final Path file;
  private final String reason;

  /** {@code file} cannot be a cover because of {@code reason}. */
  public CoverException(Path file, String reason) {
    super(ExitCode.USAGE, file + ": cannot use it as the cover (" + reason + ") — give a JPEG or PNG file with --cover");
    this.file = file;
    this.reason = reason;
  }

  /** The cover file given. */
  public Path file() {
    return file;
  }

  /** What is wrong with it. */
  public String reason() {
    return reason;
  }
}
