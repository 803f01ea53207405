package org.editionaudio.edition;

import java.util.regex.Pattern;

/** Whitespace rules shared by every reader: what a paragraph looks like once it is clean. */
public final class TextCleaner {
  /**
   * The invisible characters, as the inside of a regex character class: soft hyphens, zero-width
   * spaces and joiners, word joiners and byte-order marks, which carry no sound.
   */
  public static final String INVISIBLE_CHARACTERS = "\\u00AD\\u200B-\\u200D\\u2060\\uFEFF";

  private static final Pattern INVISIBLE = Pattern.compile("[" + INVISIBLE_CHARACTERS + "]");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u2000-\\u200A\\u3000]+");

  private TextCleaner() {}

  /** Removes invisible characters and collapses every run of whitespace (newlines too) to one space. */
  public static String clean(String text) {
    String visible = INVISIBLE.matcher(text).replaceAll("");
    return SPACES.matcher(visible).replaceAll(" ").strip();
  }
}
