package org.editionaudio.speech;

import java.util.List;
import java.util.Objects;

/**
 * A line as it will be spoken: normalized text and words with a pronunciation of their own, in order.
 *
 * @param parts what is said, in order
 */
public record SpokenText(List<Part> parts) {

  /** A piece of spoken text. */
  public sealed interface Part permits Text, Word {}

  /**
   * Text that MaryTTS reads with its own lexicon and rules.
   *
   * @param text normalized text
   */
  public record Text(String text) implements Part {
    /** Requires text. */
    public Text {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * One word with its phonemes in MaryTTS's en_US phone set.
   *
   * @param text the word as written, shown in word lists
   * @param phonemes syllables separated by " - ", stress marked with ' before a syllable
   */
  public record Word(String text, String phonemes) implements Part {
    /** Requires a word and its phonemes. */
    public Word {
      if (text == null || text.isBlank() || phonemes == null || phonemes.isBlank()) {
        throw new IllegalArgumentException("a pronounced word needs text and phonemes");
      }
    }
  }

  /** Copies the parts. */
  public SpokenText {
    parts = List.copyOf(parts);
  }

  /** The spoken text as plain text, with pronounced words as written. */
  public String text() {
    StringBuilder text = new StringBuilder();
    for (Part part : parts) {
      if (part instanceof Text t) {
        text.append(t.text());
      } else if (part instanceof Word w) {
        text.append(w.text());
      }
    }
    return text.toString().replaceAll("\\s+", " ").replaceAll(" ([,.;:!?])", "$1").strip();
  }
}
