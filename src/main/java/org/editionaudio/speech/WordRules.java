package org.editionaudio.speech;

import static org.editionaudio.speech.NormalizationRule.END;
import static org.editionaudio.speech.NormalizationRule.START;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rules for written words said otherwise: abbreviations, months, Roman numerals and acronyms. */
final class WordRules {
  private record Abbreviation(String spoken, String when) {}

  private static final Map<String, Abbreviation> ABBREVIATIONS = abbreviations();
  private static final Map<String, String> ACRONYMS = WordTable.map("acronyms.tsv");
  private static final Map<String, String> STATES = WordTable.map("states.tsv");
  private static final Map<String, String> WEEKDAYS = Map.ofEntries(
      Map.entry("Mon", "Monday"), Map.entry("Tue", "Tuesday"), Map.entry("Tues", "Tuesday"), Map.entry("Wed", "Wednesday"),
      Map.entry("Thu", "Thursday"), Map.entry("Thur", "Thursday"), Map.entry("Thurs", "Thursday"), Map.entry("Fri", "Friday"),
      Map.entry("Sat", "Saturday"), Map.entry("Sun", "Sunday"), Map.entry("Monday", "Monday"), Map.entry("Tuesday", "Tuesday"),
      Map.entry("Wednesday", "Wednesday"), Map.entry("Thursday", "Thursday"), Map.entry("Friday", "Friday"),
      Map.entry("Saturday", "Saturday"), Map.entry("Sunday", "Sunday"));
  private static final String WEEKDAY = WordTable.alternation(WEEKDAYS.keySet());
  private static final Map<String, String> COMPASS = Map.of(
      "N", "North", "S", "South", "E", "East", "W", "West", "NE", "Northeast", "NW", "Northwest", "SE", "Southeast", "SW", "Southwest");
  private static final Map<String, String> ROMAN_CONTEXTS = WordTable.map("roman.tsv");
  private static final Map<String, String> MONTHS = Map.of(
      "Jan.", "January", "Feb.", "February", "Apr.", "April", "Aug.", "August", "Sep.", "September",
      "Sept.", "September", "Oct.", "October", "Nov.", "November", "Dec.", "December");
  // Capitalized words that do not make the next word part of a name ("In St. Louis").
  private static final Set<String> FUNCTION_WORDS = Set.of(
      "The", "A", "An", "In", "On", "At", "To", "From", "Of", "And", "Or", "But", "By", "For", "With", "Near",
      "Outside", "Inside", "Into", "Across", "Along", "Via", "Visit", "Visiting", "Said", "Says", "Like", "Than",
      "Then", "When", "While", "As", "Mister", "Missus", "Miz", "President", "Minister", "Senator", "Governor");
  // Short words written in capitals for emphasis in a lower-case sentence ("there WAS", "is NOT").
  private static final Set<String> EMPHASIZED = Set.of(
      "WAS", "NOT", "ARE", "HAS", "HAD", "DID", "CAN", "ALL", "ANY", "NOW", "NEW", "ONE", "TWO", "BUT", "AND", "THE",
      "YOU", "OUR", "OUT", "OFF", "YES", "HIS", "HER", "WHY", "HOW", "TOO", "BIG", "BAD", "FOR", "NOR", "YET", "GET",
      "GOT", "WON", "LOT", "MAY", "SHE", "HIM", "WHO", "ITS", "OWN", "FEW", "RED", "HOT", "TOP", "END", "DAY", "WAY");
  private static final Set<String> ARTICLES = Set.of("the", "a", "an", "of", "from", "by", "to", "at", "with");
  // A name or another rank after a rank written without its period ("Maj Gen Ann Lee"), not "Gen Z".
  private static final Pattern RANK_FOLLOWS = Pattern.compile("^\\s+\\p{Lu}[\\p{Ll}']");
  private static final Pattern NEXT_NAME = Pattern.compile("^\\s+(?:\\p{Lu}|" + NormalizingLine.PLACEHOLDER + ")");
  private static final Pattern PREVIOUS_WORD = Pattern.compile("([\\p{L}][\\p{L}'.-]*)\\s+$");
  // I to LXXXIX; C and D are left alone, so that "Section C" or "Washington DC" stay letters.
  private static final String ROMAN = "(?=[IVXL])(XL|L?X{0,3})(IX|IV|V?I{0,3})";

  private WordRules() {}

  /** The rules, in order. */
  static List<NormalizationRule> rules() {
    List<NormalizationRule> rules = new ArrayList<>();
    rules.add(NormalizationRule.of("party and state", "\\(([DRI])[-\u2013]([A-Z][\\p{L}.]*(?: [A-Z][\\p{L}.]*)?)\\)", WordRules::partyAndState));
    rules.add(NormalizationRule.of("state after a city", "(?<=\\p{L},\\s)" + WordTable.alternation(STATES.keySet()) + "(?:\\s+(\\d{5})(?:-(\\d{4}))?)?"
        + "(?![\\p{L}\\p{N}]|\\s\\p{Lu}\\p{Ll}*\\s\\d)", WordRules::stateAfterCity));
    rules.add(NormalizationRule.of("weekday span", START + "(" + WEEKDAY + ")\\.?\\s?([-\u2013\u2014&/]|to|through|thru)\\s?(" + WEEKDAY + ")\\.?" + END,
        (m, d) -> WEEKDAYS.get(m.group(1)) + (m.group(2).equals("&") ? " and " : " to ") + WEEKDAYS.get(m.group(3))));
    rules.add(NormalizationRule.of("compass point", "(?<=\\d\\s)(N|S|E|W|NE|NW|SE|SW)\\.?(?=\\s(?:\\p{Lu}\\p{Ll}|\\d+(?:st|nd|rd|th)\\b))",
        (m, d) -> COMPASS.get(m.group(1))));
    rules.add(NormalizationRule.of("abbreviation",
        "(?<![\\p{L}\\p{N}.'\\uE000-\\uF8FF])" + WordTable.alternation(ABBREVIATIONS.keySet()) + "(?![\\p{L}\\p{N}'])",
        WordRules::abbreviation));
    rules.add(NormalizationRule.of("month abbreviation", START + WordTable.alternation(MONTHS.keySet()) + "(?![\\p{L}\\p{N}])",
        (m, d) -> MONTHS.get(m.group()) + SentenceBreaks.periodIfEnd(d.text(), m.end())));
    rules.add(NormalizationRule.of("roman numeral", "(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{L}'-]*)\\s+" + ROMAN + "('s)?" + END, WordRules::roman));
    rules.add(NormalizationRule.of("dotted acronym", START + "((?:\\p{L}\\.){2,})('s)?(?![\\p{L}\\p{N}])", WordRules::dotted));
    rules.add(NormalizationRule.of("initial", "(?<![\\p{L}\\p{N}.])(\\p{Lu})\\.(?=\\s+\\p{Lu}[\\p{Ll}])",
        (m, d) -> AcronymSpeller.spell(m.group(1), null, d) + SentenceBreaks.periodIfEnd(d.text(), m.end())));
    rules.add(NormalizationRule.of("acronym with number",
        START + "([A-Z]{1,5})(-?)(\\d{1,4})(?:([A-Z]{1,2})(\\d{1,2})?)?(s)?" + END, WordRules::withNumber));
    rules.add(NormalizationRule.of("mixed-case acronym", START + WordTable.alternation(mixedCase()) + "('s|s)?" + END,
        (m, d) -> AcronymSpeller.spell(m.group().substring(0, m.end() - m.start() - (m.group(1) == null ? 0 : m.group(1).length())),
            m.group(1), d)));
    // "PostgreSQL", "MySQL": a word ending in an acronym is said as the word and the letters.
    rules.add(NormalizationRule.of("word and acronym", START + "(\\p{Lu}?\\p{Ll}{2,})(\\p{Lu}{2,4})('s)?" + END,
        (m, d) -> m.group(1) + " " + (spellsAcronym(m.group(2), "", 0, 0, false)
            ? AcronymSpeller.spell(m.group(2), m.group(3), d) : m.group(2) + (m.group(3) == null ? "" : m.group(3)))));
    rules.add(NormalizationRule.of("stars", START + "(\\p{Lu}{2,5})(\\*{1,5})(?![\\p{L}\\p{N}*])",
        (m, d) -> m.group(1) + " " + NumberWords.cardinal(m.group(2).length()) + " star"));
    // "Melbourne d. Space Coast": between two names a lower-case "d." is a result.
    rules.add(NormalizationRule.of("defeated", "(?<=\\p{Lu}\\p{Ll}{1,30} )d\\.(?= \\p{Lu})", (m, d) -> "defeated"));
    rules.add(NormalizationRule.of("letters with a slash", START + "(\\p{Lu})/(\\p{Lu})(s?)" + END,
        (m, d) -> AcronymSpeller.spell(m.group(1), null, d) + " " + AcronymSpeller.spell(m.group(2), m.group(3).isEmpty() ? null : "s", d)));
    rules.add(NormalizationRule.of("i and capitals", START + "i(\\p{Lu}{2,3})" + END, (m, d) -> AcronymSpeller.spell("i" + m.group(1), null, d)));
    // "SpaceX": a word and a capital letter.
    rules.add(NormalizationRule.of("word and letter", START + "(\\p{Lu}\\p{Ll}{2,})(\\p{Lu})" + END,
        (m, d) -> m.group(1) + " " + AcronymSpeller.spell(m.group(2), null, d)));
    rules.add(NormalizationRule.of("acronyms with a slash", START + "(\\p{Lu}{2,5})/(\\p{Lu}{2,5})" + END, (m, d) -> m.group(1) + " and " + m.group(2)));
    // Words of other languages written in Latin letters with "y" as their only vowel ("vy", "ryby"):
    // MaryTTS spells a word without a, e, i, o or u, so these get sounds of their own.
    rules.add(NormalizationRule.of("y-vowel word", "(?<![\\p{L}\\p{N}'\\uE000-\\uF8FF])([b-df-hj-np-tv-z]*y[b-df-hj-np-tv-z]*(?:y[b-df-hj-np-tv-z]*)*)(?![\\p{L}\\p{N}'])",
        (m, d) -> EnglishWords.isKnown(m.group(1)) ? null : d.protect(m.group(1), yVowelPhonemes(m.group(1)))));
    rules.add(NormalizationRule.of("acronym and letter", START + "(\\p{Lu}{2,5})-(\\p{Lu})" + END,
        (m, d) -> (spellsAcronym(m.group(1), d.text(), m.start(), m.start() + m.group(1).length(), d.shouting())
            ? AcronymSpeller.spell(m.group(1), null, d) : m.group(1)) + " " + AcronymSpeller.spell(m.group(2), null, d)));
    rules.add(NormalizationRule.of("acronym", START + "([A-Z][A-Z]+)('s|s|'S)?" + END, WordRules::acronym));
    return List.copyOf(rules);
  }

  private static String abbreviation(Matcher m, NormalizingLine d) {
    Abbreviation abbreviation = ABBREVIATIONS.get(m.group());
    String text = d.text();
    String after = text.substring(m.end());
    String before = text.substring(0, m.start());
    switch (abbreviation.when()) {
      case "title", "always":
        return abbreviation.spoken() + (abbreviation.when().equals("always") ? SentenceBreaks.periodIfEnd(text, m.end()) : "");
      case "suffix":
        return abbreviation.spoken() + SentenceBreaks.periodIfEnd(text, m.end());
      case "number":
        return after.matches("(?s)^\\s?\\d.*") ? abbreviation.spoken() + (after.startsWith(" ") ? "" : " ") : null;
      case "after-number":
        return before.matches("(?s).*\\d\\s?$") ? abbreviation.spoken() + SentenceBreaks.periodIfEnd(text, m.end()) : null;
      case "rank":
        return RANK_FOLLOWS.matcher(after).find() ? abbreviation.spoken() : null;
      case "day":
        return after.matches("(?s)^\\s?[,\\d].*") ? abbreviation.spoken() + (after.startsWith(",") ? "" : " ") : null;
      case "state":
        return before.matches("(?s).*\\p{L},\\s$") ? abbreviation.spoken() + SentenceBreaks.periodIfEnd(text, m.end()) : null;
      default:
        String[] forms = abbreviation.spoken().split("\\|");
        boolean afterName = isName(before);
        boolean beforeName = NEXT_NAME.matcher(after).find();
        if (afterName && (!beforeName || forms[0].equals("Saint"))) {
          return forms[1] + SentenceBreaks.periodIfEnd(text, m.end());
        }
        return forms[0];
    }
  }

  /** "(D-Calif.)", the American way of naming a lawmaker's party and state: ", Democrat of California,". */
  private static String partyAndState(Matcher m, NormalizingLine d) {
    String party = switch (m.group(1)) {
      case "D" -> "Democrat";
      case "R" -> "Republican";
      default -> "independent";
    };
    Abbreviation state = ABBREVIATIONS.get(m.group(2));
    String name = state != null && (state.when().equals("state") || state.when().equals("always"))
        ? state.spoken()
        : STATES.getOrDefault(m.group(2), m.group(2).replace(".", ""));
    return ", " + party + " of " + name + ",";
  }

  /** "Austin, TX 78701": the state's name, and a ZIP code digit by digit. */
  private static String stateAfterCity(Matcher m, NormalizingLine d) {
    Matcher city = PREVIOUS_WORD.matcher(d.text().substring(0, m.start() - 2) + " ");
    if (d.shouting() || !city.find() || !city.group(1).matches("\\p{Lu}\\p{Ll}.*")) {
      return null;
    }
    String state = m.group().replaceFirst("\\s.*", "");
    StringBuilder spoken = new StringBuilder(STATES.get(state));
    if (m.group(1) != null) {
      spoken.append(' ').append(NumberWords.digits(m.group(1)));
      if (m.group(2) != null) {
        spoken.append(' ').append(NumberWords.digits(m.group(2)));
      }
    }
    return spoken + SentenceBreaks.periodIfEnd(d.text(), m.end());
  }

  /** True when the text ends with a capitalized word that is part of a name, not a sentence start. */
  private static boolean isName(String before) {
    Matcher previous = PREVIOUS_WORD.matcher(before);
    if (!previous.find() || !Character.isUpperCase(previous.group(1).charAt(0))) {
      return false;
    }
    String word = previous.group(1).replaceAll("[.,]$", "");
    return !FUNCTION_WORDS.contains(word) && !SentenceBreaks.startsSentence(before, previous.start(1));
  }

  private static String roman(Matcher m, NormalizingLine d) {
    String name = m.group(1);
    String numeral = m.group(2) + m.group(3);
    int value = romanValue(m.group(2), m.group(3));
    // In a line written in capitals, "WAR II" is looked up as "War".
    String context = ROMAN_CONTEXTS.getOrDefault(name, ROMAN_CONTEXTS.get(capitalize(name.toLowerCase(Locale.ROOT))));
    String possessive = m.group(4) == null ? "" : "'s";
    if (value <= 0 || (context == null && (d.shouting() || numeral.length() < 2 || FUNCTION_WORDS.contains(name)))) {
      return null;
    }
    if ("cardinal".equals(context)) {
      return name + " " + capitalize(NumberWords.cardinal(value)) + possessive;
    }
    if (value > 39) {
      return null;
    }
    return name + " the " + capitalize(NumberWords.ordinalOf(NumberWords.cardinal(value))) + possessive;
  }

  private static int romanValue(String tens, String ones) {
    int value = switch (tens) {
      case "XL" -> 40;
      default -> (tens.startsWith("L") ? 50 : 0) + 10 * tens.replace("L", "").length();
    };
    value += switch (ones) {
      case "IX" -> 9;
      case "IV" -> 4;
      default -> (ones.startsWith("V") ? 5 : 0) + ones.replace("V", "").length();
    };
    return value;
  }

  private static String dotted(Matcher m, NormalizingLine d) {
    String letters = m.group(1);
    String spoken = AcronymSpeller.spell(letters, m.group(2), d);
    return spoken + SentenceBreaks.periodIfEnd(d.text(), m.end());
  }

  private static String withNumber(Matcher m, NormalizingLine d) {
    String letters = m.group(1);
    // "RAV4": three letters that read as a syllable and are no listed acronym are said as a word.
    boolean word = "word".equals(ACRONYMS.get(letters))
        || !ACRONYMS.containsKey(letters) && m.group(2).isEmpty() && letters.matches("[^AEIOU][AEIOU][^AEIOUHWY]") && !d.shouting();
    String spokenLetters = word ? capitalize(letters.toLowerCase(Locale.ROOT)) : AcronymSpeller.spell(letters, null, d);
    String number = modelNumber(m.group(3));
    StringBuilder spoken = new StringBuilder(spokenLetters).append(' ').append(number);
    if (m.group(4) != null) {
      spoken.append(' ').append(AcronymSpeller.spell(m.group(4), null, d));
      if (m.group(5) != null) {
        spoken.append(' ').append(NumberWords.cardinal(m.group(5)));
      }
    }
    String text = spoken.toString();
    return m.group(6) == null ? text : NumberWords.pluralOf(text);
  }

  /** A model number as said: 16 "sixteen", 320 "three twenty", 737 "seven thirty seven", 300 "three hundred". */
  static String modelNumber(String digits) {
    if (digits.length() == 3 && !digits.startsWith("0") && !digits.endsWith("00")) {
      String tail = digits.substring(1);
      return NumberWords.cardinal(digits.substring(0, 1)) + " "
          + (tail.startsWith("0") ? "oh " + NumberWords.cardinal(tail) : NumberWords.cardinal(tail));
    }
    if (digits.length() == 4 && !digits.startsWith("0")) {
      return NumberWords.year(digits);
    }
    return digits.startsWith("0") ? NumberWords.digits(digits) : NumberWords.cardinal(digits);
  }

  private static String acronym(Matcher m, NormalizingLine d) {
    String word = m.group(1);
    String suffix = m.group(2) == null ? null : m.group(2).toLowerCase(Locale.ROOT);
    return spellsAcronym(word, d.text(), m.start(), m.end(), d.shouting()) ? AcronymSpeller.spell(word, suffix, d) : null;
  }

  /**
   * Whether a word in capitals is said letter by letter: as the acronym table says; spelled when it
   * has no vowel or MaryTTS's lexicon spells it; in a line in capitals a word the lexicon knows is
   * a word; elsewhere a lexicon word is a word when it is long or stands among lower-case words
   * ("there WAS"), and an unknown word of up to five letters is spelled.
   */
  static boolean spellsAcronym(String word, String text, int start, int end, boolean shouting) {
    String kind = ACRONYMS.get(word);
    if (kind != null) {
      return kind.equals("letters") || (kind.equals("either") && !shouting);
    }
    if (!word.matches(".*[AEIOUY].*") || EnglishWords.isSpelledAcronym(word)) {
      return true;
    }
    boolean english = EnglishWords.isWord(word);
    if (shouting) {
      return !english && word.length() <= 3;
    }
    if (english) {
      if (word.length() >= 4 || inCapitalsRun(text, start, end)) {
        return false;
      }
      if (word.length() == 2) {
        return true;
      }
      Matcher previous = PREVIOUS_WORD.matcher(text.substring(0, start));
      String before = previous.find() ? previous.group(1) : "";
      return !(before.matches("\\p{Ll}+") && !ARTICLES.contains(before) && EMPHASIZED.contains(word));
    }
    return word.length() <= 5;
  }

  /** True when a word next to this one is also an English word in capitals ("GET OUT and vote"). */
  private static boolean inCapitalsRun(String text, int start, int end) {
    Matcher previous = Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{Lu}{2,})[\\s,]+$").matcher(text.substring(0, start));
    Matcher next = Pattern.compile("^[\\s,]+(\\p{Lu}{2,})(?![\\p{L}\\p{N}])").matcher(text.substring(end));
    return previous.find() && isCapitalWord(previous.group(1)) || next.find() && isCapitalWord(next.group(1));
  }

  private static boolean isCapitalWord(String word) {
    return !ACRONYMS.containsKey(word) && word.matches(".*[AEIOUY].*") && EnglishWords.isWord(word);
  }

  /** Sounds for a word whose vowels are all "y", letter by letter: "ryby" → "' r I - b I". */
  static String yVowelPhonemes(String word) {
    String spelled = word.replace("sh", "S ").replace("ch", "tS ").replace("zh", "Z ").replace("kh", "h ");
    StringBuilder phones = new StringBuilder();
    for (String piece : spelled.split("")) {
      String phone = switch (piece) {
        case "S", "Z", "h" -> piece;
        case "t" -> "t";
        case "c", "q" -> "k";
        case "j" -> "dZ";
        case "x" -> "k s";
        case "y" -> "I";
        case " " -> "";
        default -> piece;
      };
      if (!phone.isEmpty()) {
        phones.append(phones.length() == 0 ? "" : " ").append(phone);
      }
    }
    // One syllable per vowel: a consonant before a later "I" starts the next syllable.
    String[] sounds = phones.toString().split(" ");
    StringBuilder out = new StringBuilder("'");
    boolean vowelSeen = false;
    for (int i = 0; i < sounds.length; i++) {
      boolean startsSyllable = vowelSeen && !sounds[i].equals("I") && i + 1 < sounds.length && sounds[i + 1].equals("I");
      if (startsSyllable) {
        out.append(" -");
        vowelSeen = false;
      }
      out.append(' ').append(sounds[i]);
      vowelSeen |= sounds[i].equals("I");
    }
    return out.toString();
  }

  private static List<String> mixedCase() {
    return ACRONYMS.keySet().stream().filter(k -> !k.equals(k.toUpperCase(Locale.ROOT))).toList();
  }

  private static String capitalize(String words) {
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static Map<String, Abbreviation> abbreviations() {
    Map<String, Abbreviation> map = new LinkedHashMap<>();
    for (List<String> row : WordTable.rows("abbreviations.tsv", 3)) {
      map.put(row.get(0), new Abbreviation(row.get(1), row.get(2)));
    }
    return map;
  }
}
