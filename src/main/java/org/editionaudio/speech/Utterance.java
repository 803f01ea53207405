package org.editionaudio.speech;

import java.util.Objects;

/**
 * One sentence as it is spoken, and where it comes from.
 *
 * @param kind intro, headline or paragraph
 * @param text the sentence as written
 * @param sectionIndex the edition section, or -1 for the intro
 * @param paragraph the paragraph's index within its section, or -1 for a headline or the intro
 * @param sentence the sentence's index within its line
 */
public record Utterance(ScriptLine.Kind kind, String text, int sectionIndex, int paragraph, int sentence) {
  /** Requires a kind and text. */
  public Utterance {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }
}
