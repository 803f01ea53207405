package org.editionaudio.edition;

import java.util.regex.Pattern;

/**
 * Whitespace rules shared by every reader: what a paragraph looks like once it is clean. Every
 * title, paragraph and link of every reader passes through {@link #clean}, so what it removes
 * never reaches the speech engine, the chapter files, the audio file's tags or the manifest.
 */
public final class TextCleaner {
  /**
   * The invisible characters, as the inside of a regex character class: soft hyphens, zero-width
   * spaces and joiners, word joiners and byte-order marks, which carry no sound.
   */
  public static final String INVISIBLE_CHARACTERS = "\\u00AD\\u200B-\\u200D\\u2060\\uFEFF";

  private static final Pattern INVISIBLE = Pattern.compile("[" + INVISIBLE_CHARACTERS + "]");
  private static final Pattern SPACES =
      Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u2000-\\u200A\\u3000]+");

  private TextCleaner() {}

  /**
   * Removes invisible and control characters and lone surrogates, and collapses every run of
   * whitespace (newlines too) to one space.
   */
  public static String clean(String text) {
    String visible = INVISIBLE.matcher(withoutNonText(text)).replaceAll("");
    return SPACES.matcher(visible).replaceAll(" ").strip();
  }

  /**
   * The text without what is not text at all (line breaks that {@code \s} does not know become
   * spaces): control characters (C0 but whitespace, DEL, C1 but NEL), bidirectional marks,
   * overrides and isolates, the noncharacters U+FFFE/U+FFFF, and a surrogate standing alone (a
   * JSON escape of U+D800, HTML's &#xD800;), half of nothing, which no UTF-8 writer accepts. One pass over the chars: a regex class with surrogates in it makes the
   * regex engine walk by code point, which took 2.4 times the CPU on 15 MB of text.
   */
  private static String withoutNonText(String text) {
    StringBuilder kept = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7F) {
        if (kept != null) {
          kept.append(c);
        }
      } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        if (kept != null) {
          kept.append(c).append(text.charAt(i + 1));
        }
        i++;
      } else if (isNonText(c) || isLineBreak(c)) {
        if (kept == null) {
          kept = new StringBuilder(text.length()).append(text, 0, i);
        }
        if (isLineBreak(c)) {
          kept.append(' ');
        }
      } else if (kept != null) {
        kept.append(c);
      }
    }
    return kept == null ? text : kept.toString();
  }

  /** NEL, the line and the paragraph separator: breaks that {@code \s} does not know. */
  private static boolean isLineBreak(char c) {
    return c == 0x85 || c == 0x2028 || c == 0x2029;
  }

  private static boolean isNonText(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != 0x0B && c != '\f' && c != '\r')
        || (c >= 0x7F && c <= 0x9F && c != 0x85)
        || c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
        || c == 0xFFFE || c == 0xFFFF
        || Character.isSurrogate(c);
  }
}
