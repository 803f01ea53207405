package org.editionaudio.batch;

import org.editionaudio.audio.CoverException;
import org.editionaudio.audio.EncodingException;
import org.editionaudio.edition.EditionException;
import org.editionaudio.edition.ProfileException;
import org.editionaudio.publish.PublishException;
import org.editionaudio.speech.LexiconException;
import org.editionaudio.speech.SynthesisException;
import org.editionaudio.speech.VoiceProfileException;

/** The documented exit code of each pipeline failure. */
public final class Failures {
  /** Unreadable or empty input. */
  public static final int INPUT = 3;
  /** Speech synthesis failed. */
  public static final int SYNTHESIS = 4;
  /** Encoding or writing failed. */
  public static final int OUTPUT = 5;
  /** Usage: a bad profile or option value. */
  public static final int USAGE = 2;
  /** A bug. */
  public static final int INTERNAL = 1;

  private Failures() {}

  /** The exit code for a failure of a stage; anything else is internal. */
  public static int exitCode(Throwable failure) {
    if (failure instanceof EditionException) {
      return INPUT;
    }
    if (failure instanceof SynthesisException) {
      return SYNTHESIS;
    }
    if (failure instanceof EncodingException || failure instanceof PublishException) {
      return OUTPUT;
    }
    if (failure instanceof VoiceProfileException || failure instanceof ProfileException
        || failure instanceof CoverException || failure instanceof LexiconException) {
      return USAGE;
    }
    return INTERNAL;
  }

  /** The failure's one-line message. */
  public static String message(Throwable failure) {
    String message = failure.getMessage() == null ? failure.toString() : failure.getMessage();
    return exitCode(failure) == INTERNAL ? "internal error: " + failure : message.replaceAll("\\s*\\R\\s*", " ");
  }
}
