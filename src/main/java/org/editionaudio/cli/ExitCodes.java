package org.editionaudio.cli;

import org.editionaudio.batch.Failures;

/** The documented exit codes, and which failure maps to which. */
final class ExitCodes {
  static final int OK = 0;
  static final int INTERNAL = 1;
  static final int USAGE = 2;
  static final int INPUT = 3;
  static final int SYNTHESIS = 4;
  static final int OUTPUT = 5;
  static final int SOME_FAILED = 6;

  private ExitCodes() {}

  /** The exit code for a failure; anything unexpected is an internal error. */
  static int of(Throwable failure) {
    if (failure instanceof UsageException) {
      return USAGE;
    }
    return Failures.exitCode(failure);
  }

  /** True for the failures whose message is written for users; others are bugs. */
  static boolean isExpected(Throwable failure) {
    return of(failure) != INTERNAL;
  }
}
