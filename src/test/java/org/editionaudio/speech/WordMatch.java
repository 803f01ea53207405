package org.editionaudio.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How tests and the benchmark compare spoken words: case-insensitive, punctuation ignored. Both
 * texts are split at white space and hyphens; each word loses every character that is not a letter
 * or a digit (so "Mali's" is "malis" and "U.S." is "us"); empty words are dropped; the two word
 * sequences must then be equal.
 */
public final class WordMatch {
  private WordMatch() {}

  /** The words of {@code text} as compared. */
  public static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String word : text.toLowerCase(Locale.ROOT).split("[\\s\\-–—]+")) {
      String plain = word.replaceAll("[^\\p{L}\\p{N}]", "");
      if (!plain.isEmpty()) {
        words.add(plain);
      }
    }
    return words;
  }

  /** True when the two texts say the same words. */
  public static boolean same(String expected, String actual) {
    return words(expected).equals(words(actual));
  }
}
