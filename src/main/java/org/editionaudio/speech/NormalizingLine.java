package org.editionaudio.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line while it is being normalized. Words that carry their own phonemes stand in the text as a
 * two-character placeholder from Unicode's private use area, which no rule reads as letters, digits
 * or punctuation, so later rules cannot rewrite them.
 */
final class NormalizingLine {
  /** Starts a placeholder for a pronounced word; the next character is its index. */
  static final char WORD = '\uE000';
  /** A regular expression matching one placeholder for a pronounced word. */
  static final String PLACEHOLDER = "\uE000[\uE100-\uF8FF]";

  private static final char FIRST_INDEX = '\uE100';
  private static final int MAX_WORDS = '\uF8FF' - FIRST_INDEX + 1;
  private static final Pattern PARTS = Pattern.compile(PLACEHOLDER);
  private static final Pattern CAPITAL_WORD = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}{2,}(?![\\p{L}\\p{N}])");

  private final List<SpokenText.Word> words = new ArrayList<>();
  private final boolean shouting;
  private String text;

  NormalizingLine(String text) {
    this.text = text;
    this.shouting = isShouting(text);
  }

  String text() {
    return text;
  }

  void text(String text) {
    this.text = text;
  }

  /** True when the line is written in capitals, so that capitals alone do not make an acronym. */
  boolean shouting() {
    return shouting;
  }

  /** A placeholder for {@code word} said with {@code phonemes}. */
  String protect(String word, String phonemes) {
    if (words.size() == MAX_WORDS) {
      throw new IllegalStateException("more than " + MAX_WORDS + " pronounced words in one line");
    }
    words.add(new SpokenText.Word(word, phonemes));
    return new String(new char[] {WORD, (char) (FIRST_INDEX + words.size() - 1)});
  }

  /** The word a placeholder stands for. */
  SpokenText.Word word(String placeholder) {
    return words.get(placeholder.charAt(1) - FIRST_INDEX);
  }

  /** The finished line: text between placeholders and the pronounced words. */
  SpokenText finish() {
    List<SpokenText.Part> parts = new ArrayList<>();
    Matcher matcher = PARTS.matcher(text);
    int last = 0;
    while (matcher.find()) {
      if (matcher.start() > last) {
        parts.add(new SpokenText.Text(text.substring(last, matcher.start())));
      }
      parts.add(word(matcher.group()));
      last = matcher.end();
    }
    if (last < text.length()) {
      parts.add(new SpokenText.Text(text.substring(last)));
    }
    return new SpokenText(parts);
  }

  /** A line in capitals: two words of capitals or more, and over three capitals for each lower-case letter. */
  private static boolean isShouting(String text) {
    long upper = text.codePoints().filter(Character::isUpperCase).count();
    long lower = text.codePoints().filter(Character::isLowerCase).count();
    long words = CAPITAL_WORD.matcher(text).results().count();
    return words >= 2 && upper >= 6 && upper > 3 * lower;
  }
}
