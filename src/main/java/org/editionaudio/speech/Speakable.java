package org.editionaudio.speech;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.editionaudio.edition.Edition;
import org.editionaudio.edition.EditionException;
import org.editionaudio.edition.Section;

/**
 * Whether an edition holds something the English voice can read: a paragraph with a letter or a
 * digit, in Latin script for the most part. Checked before synthesis, so that an edition of emoji
 * or symbols is not turned into silence and one in Russian or Chinese is not read out
 * transliterated letter by letter without a word.
 */
public final class Speakable {
  // A section with at least this share of its letters in another script is named in a warning;
  // an edition with more than half of them is refused. A name or a quotation in another script
  // inside an English story stays well below the first.
  private static final double WARN_SHARE = 0.2;
  private static final double REFUSE_SHARE = 0.5;

  private Speakable() {}

  /** Refuses an edition with no paragraph to say, or with most of its letters in a script other than Latin. */
  public static void require(Edition edition) throws EditionException {
    boolean anything = edition.sections().stream()
        .flatMap(section -> section.paragraphs().stream())
        .anyMatch(paragraph -> paragraph.codePoints().anyMatch(Character::isLetterOrDigit));
    if (!anything) {
      throw EditionException.nothingToRead(edition.source(), "no paragraph has a letter or a digit, only symbols");
    }
    LetterCount all = new LetterCount();
    edition.sections().forEach(all::count);
    if (all.otherShare() > REFUSE_SHARE) {
      throw new EditionException(edition.source(),
          "nothing to read aloud in English (" + percent(all.otherShare()) + " of its letters are "
              + all.mainOther() + ", not Latin script)",
          "the voice speaks English; give an edition in English");
    }
  }

  /** One line per section with much text in a script other than Latin, naming the section and the script. */
  public static List<String> warnings(Edition edition) {
    List<String> warnings = new ArrayList<>();
    for (Section section : edition.sections()) {
      LetterCount letters = new LetterCount();
      letters.count(section);
      if (letters.otherShare() >= WARN_SHARE) {
        warnings.add("story \"" + section.title() + "\": " + percent(letters.otherShare()) + " of its letters are "
            + letters.mainOther() + "; the English voice reads them transliterated");
      }
    }
    return warnings;
  }

  private static String percent(double share) {
    return Math.round(share * 100) + "%";
  }

  /** LetterCount counted by script. */
  private static final class LetterCount {
    private final Map<Character.UnicodeScript, Integer> others = new EnumMap<>(Character.UnicodeScript.class);
    private int latin;
    private int other;

    void count(Section section) {
      count(section.title());
      section.paragraphs().forEach(this::count);
    }

    private void count(String text) {
      text.codePoints().filter(Character::isLetter).forEach(c -> {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        if (script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.COMMON
            || script == Character.UnicodeScript.INHERITED) {
          latin++;
        } else {
          other++;
          others.merge(script, 1, Integer::sum);
        }
      });
    }

    double otherShare() {
      return latin + other == 0 ? 0 : other / (double) (latin + other);
    }

    /** The other script with the most letters, as a name: "Cyrillic", "Han", "Arabic". */
    String mainOther() {
      return others.entrySet().stream().max(Map.Entry.comparingByValue())
          .map(e -> {
            String name = e.getKey().name().toLowerCase(Locale.ROOT).replace('_', ' ');
            return Character.toUpperCase(name.charAt(0)) + name.substring(1);
          })
          .orElse("another script");
    }
  }
}
