package org.editionaudio.cli;

import org.editionaudio.audio.EncodingException;
import org.editionaudio.edition.EditionException;
import org.editionaudio.edition.ProfileException;
import org.editionaudio.publish.PublishException;
import org.editionaudio.speech.LexiconException;
import org.editionaudio.speech.SynthesisException;
import org.editionaudio.speech.VoiceProfileException;

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
    if (failure instanceof EditionException) {
      return INPUT;
    }
    if (failure instanceof SynthesisException) {
      return SYNTHESIS;
    }
    if (failure instanceof EncodingException || failure instanceof PublishException) {
      return OUTPUT;
    }
    if (failure instanceof VoiceProfileException || failure instanceof UsageException
        || failure instanceof ProfileException || failure instanceof LexiconException) {
      return USAGE;
    }
    return INTERNAL;
  }

  /** True for the failures whose message is written for users; others are bugs. */
  static boolean isExpected(Throwable failure) {
    return of(failure) != INTERNAL;
  }
}
