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
  private static final Map<String, String> ROMAN_CONTEXTS = WordTable.map("roman.tsv");
  private static final Map<String, String> MONTHS = Map.of(
      "Jan.", "January", "Feb.", "February", "Apr.", "April", "Aug.", "August", "Sep.", "September",
      "Sept.", "September", "Oct.", "October", "Nov.", "November", "Dec.", "December");
  // Capitalized words that do not make the next word part of a name ("In St. Louis").
  private static final Set<String> FUNCTION_WORDS = Set.of(
      "The", "A", "An", "In", "On", "At", "To", "From", "Of", "And", "Or", "But", "By", "For", "With", "Near",
      "Outside", "Inside", "Into", "Across", "Along", "Via", "Visit", "Visiting", "Said", "Says", "Like", "Than",
      "Then", "When", "While", "As", "Mister", "Missus", "Miz", "President", "Minister", "Senator", "Governor");
  private static final Pattern NEXT_NAME = Pattern.compile("^\\s+(?:\\p{Lu}|" + NormalizingLine.PLACEHOLDER + ")");
  private static final Pattern PREVIOUS_WORD = Pattern.compile("([\\p{L}][\\p{L}'.-]*)\\s+$");
  // I to LXXXIX; C and D are left alone, so that "Section C" or "Washington DC" stay letters.
  private static final String ROMAN = "(?=[IVXL])(XL|L?X{0,3})(IX|IV|V?I{0,3})";

  private WordRules() {}

  /** The rules, in order. */
  static List<NormalizationRule> rules() {
    List<NormalizationRule> rules = new ArrayList<>();
    rules.add(NormalizationRule.of("party and state", "\\(([DRI])-([A-Z][\\p{L}.]*(?: [A-Z][\\p{L}.]*)?)\\)", WordRules::partyAndState));
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
        : m.group(2).replace(".", "");
    return ", " + party + " of " + name + ",";
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
    String spokenLetters = "word".equals(ACRONYMS.get(letters)) ? letters : AcronymSpeller.spell(letters, null, d);
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
  private static String modelNumber(String digits) {
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
    String kind = ACRONYMS.get(word);
    boolean spell;
    if (kind != null) {
      spell = kind.equals("letters") || (kind.equals("either") && !d.shouting());
    } else if (!word.matches(".*[AEIOUY].*")) {
      spell = true;
    } else {
      spell = !d.shouting() && word.length() <= 5;
    }
    if (!spell) {
      return null;
    }
    return AcronymSpeller.spell(word, suffix, d);
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
