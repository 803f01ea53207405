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

  // Not text at all: control characters (C0 but whitespace, DEL, C1 but NEL), bidirectional
  // marks, overrides and isolates, the noncharacters U+FFFE/U+FFFF, and a surrogate standing
  // alone (a JSON escape of U+D800, HTML's &#xD800;), half of nothing, which no UTF-8 writer
  // accepts. The regex engine reads a valid pair as one code point, so the class matches only
  // lone halves.
  private static final String NOT_TEXT = "\\x00-\\x08\\x0E-\\x1F\\x7F-\\x84\\x86-\\x9F"
      + "\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFFFE\\uFFFF\\uD800-\\uDFFF";
  private static final Pattern INVISIBLE = Pattern.compile("[" + INVISIBLE_CHARACTERS + NOT_TEXT + "]");
  private static final Pattern SPACES =
      Pattern.compile("[\\s\\u0085\\u00A0\\u2007\\u202F\\u2000-\\u200A\\u2028\\u2029\\u3000]+");

  private TextCleaner() {}

  /**
   * Removes invisible and control characters and lone surrogates, and collapses every run of
   * whitespace (newlines too) to one space.
   */
  public static String clean(String text) {
    String visible = INVISIBLE.matcher(text).replaceAll("");
    return SPACES.matcher(visible).replaceAll(" ").strip();
  }
}
