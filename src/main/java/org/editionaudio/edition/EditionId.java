package org.editionaudio.edition;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/** Makes and checks edition ids: the date and a slug of the title, usable as one folder name. */
public final class EditionId {
  private static final Pattern VALID = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,118}[a-z0-9])?");
  private static final int MAX_SLUG = 80;

  private EditionId() {}

  /** True when the id is lowercase letters, digits and inner hyphens, so it can never leave a folder. */
  public static boolean isValid(String id) {
    return id != null && VALID.matcher(id).matches();
  }

  /** Builds "2024-09-18-bringing-the-fight-home" from a date (may be null) and a title. */
  public static String of(LocalDate date, String title, String fallback) {
    String slug = slug(title);
    if (slug.isEmpty()) {
      slug = slug(fileStem(fallback));
    }
    if (slug.isEmpty()) {
      slug = "edition";
    }
    return date == null ? slug : date + "-" + slug;
  }

  // Latin letters that do not decompose into a base letter and a mark.
  private static final String[][] LETTERS = {
    {"Ł", "L"}, {"ł", "l"}, {"Ø", "O"}, {"ø", "o"}, {"Đ", "D"}, {"đ", "d"}, {"ß", "ss"}, {"Æ", "AE"},
    {"æ", "ae"}, {"Œ", "OE"}, {"œ", "oe"}, {"Þ", "Th"}, {"þ", "th"}, {"ı", "i"}, {"Ħ", "H"}, {"ħ", "h"}
  };

  private static String transliterate(String text) {
    String out = text;
    for (String[] letter : LETTERS) {
      out = out.replace(letter[0], letter[1]);
    }
    return out;
  }

  private static String fileStem(String path) {
    if (path == null) {
      return "";
    }
    String name = path.replaceAll(".*[/\\\\]", "");
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** Lowercase ASCII words joined by hyphens; accents are dropped, other letters are left out. */
  public static String slug(String text) {
    if (text == null) {
      return "";
    }
    String ascii = Normalizer.normalize(transliterate(text), Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > MAX_SLUG) {
      slug = slug.substring(0, MAX_SLUG).replaceAll("-[^-]*$", "");
    }
    return slug.replaceAll("-+$", "");
  }
}
