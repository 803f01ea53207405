package org.editionaudio.speech;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer.Form;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.editionaudio.edition.TextCleaner;

/**
 * The first step of normalization: one spelling for quotes, apostrophes and spaces, and Latin
 * letters for everything MaryTTS would otherwise drop (Łódź, Erdoğan, Москва).
 */
final class LatinFolding {
  // Private-use characters are the normalizer's own placeholders: input may not forge them.
  private static final Pattern UNSPOKEN = Pattern.compile("[\\uE000-\\uF8FF" + TextCleaner.INVISIBLE_CHARACTERS + "]");
  // A word with a letter outside ASCII; MaryTTS's English letter-to-sound rules skip such letters.
  private static final Pattern FOREIGN_WORD = Pattern.compile("[\\p{L}\\p{M}]*[\\p{L}\\p{M}&&[^\\p{ASCII}]][\\p{L}\\p{M}]*");

  private LatinFolding() {}

  /** The text with typographic marks made plain and every letter a Latin ASCII letter. */
  static String fold(String text) {
    String folded = UNSPOKEN.matcher(java.text.Normalizer.normalize(text, Form.NFC)).replaceAll("")
        .replaceAll("[\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000\\t\\r\\n]", " ")
        .replaceAll("[\\u2018\\u2019\\u201A\\u201B\\u2032\\u02BC\\u02BB\\u0060\\u00B4]", "'")
        .replaceAll("[\\u201C\\u201D\\u201E\\u201F\\u2033\\u00AB\\u00BB]", "\"")
        .replace('\u2212', '-')
        .replace('\u2011', '-')
        .replace('\u2010', '-')
        .replace('º', '°');
    Matcher foreign = FOREIGN_WORD.matcher(folded);
    if (!foreign.find()) {
      return folded;
    }
    StringBuilder out = new StringBuilder();
    do {
      foreign.appendReplacement(out, Matcher.quoteReplacement(latin(foreign.group())));
    } while (foreign.find());
    foreign.appendTail(out);
    return out.toString();
  }

  private static String latin(String word) {
    String latin;
    synchronized (Holder.TO_LATIN) {
      latin = Holder.TO_LATIN.transliterate(word);
    }
    // Letters that no rule can write in ASCII are kept, so that they stay visible in word lists.
    return latin.isBlank() ? word : latin;
  }

  /** ICU's transliterator, built on first use: it takes a while to load. */
  private static final class Holder {
    static final Transliterator TO_LATIN = Transliterator.getInstance("Any-Latin; Latin-ASCII; [^\\p{ASCII}] Remove");
  }
}
