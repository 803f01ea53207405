package org.editionaudio.speech;

import org.editionaudio.common.EditionAudioException;
import org.editionaudio.common.ExitCode;

/** Speech synthesis failed for a line of a chapter (exit code 4). */
public final class SynthesisException extends EditionAudioException {
  private final String chapter;
  private final String reason;

  /** A failure while speaking {@code chapter}; {@code cause} says what the engine reported. */
  public SynthesisException(String chapter, String reason, Throwable cause) {
    super(ExitCode.SYNTHESIS,
        (chapter == null ? "" : "story \"" + chapter + "\": ")
            + "speech synthesis failed ("
            + reason
            + ") — check the text of this story with 'edition-audio sections', or rerun with --verbose",
        cause);
    this.chapter = chapter;
    this.reason = reason;
  }

  /** The same failure, attributed to the chapter being spoken. */
  public SynthesisException inChapter(String title) {
    return new SynthesisException(title, reason, getCause());
  }

  /** What the engine reported. */
  public String reason() {
    return reason;
  }

  /** The chapter being spoken, or null when the engine failed to start. */
  public String chapter() {
    return chapter;
  }
}
