package org.editionaudio.speech;

import java.util.Objects;

/**
 * One thing to say, as written: an intro, a headline or a paragraph.
 *
 * @param kind what the line is, which sets its prosody
 * @param text the written text (normalized for speech by the synthesizer)
 */
public record ScriptLine(Kind kind, String text) {

  /** What a line is in the edition. */
  public enum Kind {
    INTRO,
    HEADLINE,
    PARAGRAPH
  }

  /** Requires a kind and non-blank text. */
  public ScriptLine {
    Objects.requireNonNull(kind, "kind");
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("a line needs text");
    }
  }
}
