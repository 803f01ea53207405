package org.editionaudio.common;

/** The documented exit codes: the one place that defines each code and what it means. */
public enum ExitCode {
  /** Everything went well. */
  OK(0, "ok"),
  /** A bug. */
  INTERNAL(1, "internal error"),
  /** A bad option value, profile, lexicon or cover. */
  USAGE(2, "usage error"),
  /** Unreadable or empty input. */
  INPUT(3, "unreadable or empty input (nothing to read aloud)"),
  /** Speech synthesis failed. */
  SYNTHESIS(4, "speech synthesis failed"),
  /** Encoding or writing failed. */
  OUTPUT(5, "encoding or writing failed"),
  /** A batch in which some editions failed. */
  SOME_FAILED(6, "batch: some editions failed");

  private final int code;
  private final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  /** The process's exit status. */
  public int code() {
    return code;
  }

  /** What it means, for the usage message. */
  public String meaning() {
    return meaning;
  }

  /** The code a failure carries ({@link EditionAudioException}); anything else is a bug. */
  public static ExitCode of(Throwable failure) {
    return failure instanceof EditionAudioException known ? known.exitCode() : INTERNAL;
  }

  /** The failure's message on one line, marked as internal when it is a bug. */
  public static String oneLine(Throwable failure) {
    String message = failure.getMessage() == null ? failure.toString() : failure.getMessage();
    return of(failure) == INTERNAL ? "internal error: " + failure : message.replaceAll("\\s*\\R\\s*", " ");
  }
}
