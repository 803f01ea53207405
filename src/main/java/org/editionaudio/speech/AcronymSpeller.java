package org.editionaudio.speech;

import java.util.Locale;

/** Spells acronyms letter by letter, the way MaryTTS says single capitals, with help where it needs it. */
final class AcronymSpeller {
  // MaryTTS says the capitals B to Z right from its lexicon, but a lone "A" becomes the article
  // or "ah", and "P's" or "I's" go to its letter-to-sound rules: those get phonemes of their own.
  private static final String[] PHONEMES = {
    "' EI", "' b i", "' s i", "' d i", "' i", "' E f", "' dZ i", "' EI tS", "' AI", "' dZ EI", "' k EI",
    "' E l", "' E m", "' E n", "' @U", "' p i", "' k j u", "' A r", "' E s", "' t i", "' j u", "' v i",
    "' d V - b @ l - j u", "' E k s", "' w AI", "' z i"
  };

  private AcronymSpeller() {}

  /**
   * "FBI" → "F B I". A {@code suffix} of "s" or "'s" (MPs, FBI's) is said on the last letter.
   * AcronymSpeller may come in either case or with dots ("U.S."); they are spoken as capitals.
   */
  static String spell(String letters, String suffix, NormalizingLine draft) {
    String plain = letters.replaceAll("[^\\p{L}]", "").toUpperCase(Locale.ROOT);
    StringBuilder spoken = new StringBuilder();
    for (int i = 0; i < plain.length(); i++) {
      char letter = plain.charAt(i);
      boolean last = i == plain.length() - 1;
      if (spoken.length() > 0) {
        spoken.append(' ');
      }
      if (letter < 'A' || letter > 'Z') {
        spoken.append(letter);
      } else if (last && suffix != null && !suffix.isEmpty()) {
        spoken.append(draft.protect(letter + suffix, plural(letter)));
      } else if (letter == 'A') {
        spoken.append(draft.protect("A", PHONEMES[0]));
      } else {
        spoken.append(letter);
      }
    }
    return spoken.toString();
  }

  /** A letter's name in the plural or possessive: "Ps", "Xes". */
  private static String plural(char letter) {
    String phonemes = PHONEMES[letter - 'A'];
    return switch (letter) {
      case 'S' -> "' E - s @ z";
      case 'X' -> "' E k - s @ z";
      case 'H' -> "' EI - tS @ z";
      case 'F' -> phonemes + " s";
      default -> phonemes + " z";
    };
  }
}
