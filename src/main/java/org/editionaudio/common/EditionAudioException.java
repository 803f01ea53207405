package org.editionaudio.common;

/** A failure written for users: its message says what is wrong and what to do, and it carries its exit code. */
public abstract class EditionAudioException extends Exception {
  private final ExitCode exitCode;

  /** A failure with exit code {@code exitCode}. */
  protected EditionAudioException(ExitCode exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  /** A failure with exit code {@code exitCode}, caused by {@code cause}. */
  protected EditionAudioException(ExitCode exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  /** The documented exit code of this failure. */
  public ExitCode exitCode() {
    return exitCode;
  }
}
