package org.editionaudio.speech;

/**
 * The silences of a program, in milliseconds.
 *
 * @param afterHeadline after a story's headline
 * @param betweenSentences between two sentences of a paragraph
 * @param betweenParagraphs between two paragraphs of a story
 * @param betweenStories between the last words of one chapter and the first of the next
 * @param leadIn the part of {@code betweenStories} that opens the next chapter, so that a chapter
 *     start falls inside the pause and a listener who jumps to it hears a breath before the headline
 */
public record Pauses(int afterHeadline, int betweenSentences, int betweenParagraphs, int betweenStories, int leadIn) {

  /**
   * The house pacing: 0.7 s after a headline, 0.35 s between sentences, 0.5 s between paragraphs,
   * 1.2 s between stories.
   */
  public static final Pauses STANDARD = new Pauses(700, 350, 500, 1200, 300);

  /** Requires non-negative pauses and a lead-in shorter than the pause between stories. */
  public Pauses {
    if (afterHeadline < 0 || betweenSentences < 0 || betweenParagraphs < 0 || betweenStories < 0 || leadIn < 0) {
      throw new IllegalArgumentException("pauses cannot be negative");
    }
    if (leadIn >= betweenStories) {
      throw new IllegalArgumentException("the lead-in must be shorter than the pause between stories");
    }
  }
}
