package org.editionaudio.speech;

import static org.editionaudio.speech.NormalizationRule.END;
import static org.editionaudio.speech.NormalizationRule.INTEGER;
import static org.editionaudio.speech.NormalizationRule.NUMBER;
import static org.editionaudio.speech.NormalizationRule.START;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules for numbers in news English: money, dates, times, percentages, units, decades, fractions,
 * ranges and scores, compounds, ordinals, then years and plain numbers.
 */
final class NumberRules {
  private static final List<String> MONTHS = List.of(
      "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
      "November", "December");
  private static final Map<String, String> MONTH_ABBREVIATIONS = monthAbbreviations();
  private static final String MONTH = "(" + WordTable.alternation(MONTHS) + "|"
      + WordTable.alternation(MONTH_ABBREVIATIONS.keySet()) + "\\.?)";
  private static final String DAY = "([12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
  private static final String YEAR = "(1\\d{3}|20\\d{2})";

  private static final List<List<String>> CURRENCIES = WordTable.rows("currencies.tsv", 5);
  private static final Map<String, List<String>> UNITS = units();
  private static final Map<String, String> ZONES = WordTable.map("zones.tsv");
  private static final String ZONE = "(?:\\s+(ET|EST|EDT|PT|PST|PDT|CT|CST|CDT|MT|MST|MDT|GMT|UTC|BST|CET|CEST|WAT|EAT|CAT|IST|JST|AEST|AEDT|HKT|SGT|MSK))?";
  private static final Map<String, String> SCALES = Map.ofEntries(
      Map.entry("thousand", "thousand"), Map.entry("million", "million"), Map.entry("billion", "billion"),
      Map.entry("trillion", "trillion"), Map.entry("k", "thousand"), Map.entry("K", "thousand"),
      Map.entry("m", "million"), Map.entry("mn", "million"), Map.entry("M", "million"), Map.entry("bn", "billion"),
      Map.entry("b", "billion"), Map.entry("B", "billion"), Map.entry("BN", "billion"), Map.entry("tn", "trillion"),
      Map.entry("trn", "trillion"), Map.entry("mln", "million"), Map.entry("bln", "billion"), Map.entry("lakh", "lakh"),
      Map.entry("crore", "crore"));
  private static final Set<String> DETERMINERS = Set.of(
      "a", "an", "the", "its", "their", "his", "her", "this", "that", "our", "your", "A", "An", "The", "Its", "This");
  private static final Set<String> NOT_NOUNS = Set.of(
      "to", "in", "for", "of", "on", "at", "by", "from", "with", "and", "or", "was", "is", "are", "were", "will",
      "would", "has", "have", "had", "last", "this", "that", "per", "a", "an", "the", "over", "into", "than", "as",
      "but", "so", "since", "after", "before", "while", "which", "who", "when", "it", "they", "he", "she", "we",
      "each", "more", "less", "year", "month", "week", "day", "annually", "apiece", "between", "up",
      "down", "could", "should", "may", "might", "can", "be", "been", "being", "also", "already", "alone", "if");
  // Words before a four-digit number that make it a year whatever follows ("in 2024 farmers").
  private static final Set<String> YEAR_CUES = Set.of(
      "in", "since", "from", "until", "till", "by", "before", "after", "during", "year", "fiscal", "early",
      "late", "mid", "spring", "summer", "autumn", "fall", "winter", "through", "between", "circa", "In",
      "Since", "From", "Until", "By", "Before", "After", "During", "Between", "Through", "Christmas", "Easter");
  // "the 2024 elections" is a year, "the 2000 people" a count.
  private static final Set<String> YEAR_DETERMINERS = Set.of(
      "the", "its", "their", "his", "her", "this", "last", "next", "that", "The", "Its", "Their", "This", "That");
  // Words before a four-digit number that make it a count ("some 1500").
  private static final Set<String> QUANTITY_CUES = Set.of(
      "about", "nearly", "almost", "some", "over", "under", "than", "only", "just", "least", "total", "exactly",
      "roughly", "approximately", "estimated", "additional", "another", "extra", "remaining", "killed", "killing",
      "About", "Nearly", "Some", "Almost", "Only", "Just", "Over", "Roughly", "Approximately");
  private static final Set<String> NOT_PLURALS = Set.of(
      "was", "has", "is", "this", "thus", "plus", "less", "unless", "across", "its", "his", "hers", "ours",
      "yours", "as", "does", "versus", "series", "news", "always", "perhaps", "towards", "afterwards", "besides",
      "whereas", "nevertheless", "us", "bus", "gas", "yes", "tennis", "analysis", "crisis", "basis", "status",
      "campus", "census", "bonus", "virus", "chaos", "process", "congress", "access", "progress", "success",
      "address", "business", "illness", "press", "class", "mass", "loss", "boss", "cross", "pass", "miss");
  private static final Set<String> IRREGULAR_PLURALS = Set.of(
      "people", "men", "women", "children", "police", "feet", "teeth", "mice", "geese", "sheep", "cattle",
      "staff", "personnel", "fish", "deer", "livestock", "militia", "youth");
  // Capitalized words after which a number is a count or a date, not a model ("The 300", "Top 100").
  private static final Set<String> MODEL_NOT_AFTER = Set.of(
      "The", "A", "An", "And", "Or", "But", "Of", "In", "On", "At", "To", "For", "With", "By", "From", "Top", "All",
      "Only", "Some", "About", "Around", "Nearly", "Almost", "Over", "Under", "Than", "Just", "These", "Those", "Its",
      "Their", "His", "Her", "Our", "My", "Your", "This", "That", "Each", "Every", "Another", "Page", "Pages");
  // Words after a measure that are not the thing measured ("1.5°C above", "5km away").
  private static final Set<String> AFTER_QUANTITY = Set.of(
      "above", "below", "higher", "lower", "more", "less", "ago", "away", "long", "wide", "tall", "high", "deep", "old",
      "apart", "faster", "slower", "warmer", "colder", "further", "farther", "thick", "across", "later", "earlier");
  private static final Set<String> IDENTIFIER_CUES = Set.of(
      "bug", "issue", "ticket", "case", "no", "number", "id", "zip", "code", "account", "order", "patent", "box", "ref",
      "reference", "item", "serial", "flight", "model", "version", "build", "pr");
  private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}]+)[-\\s]+$");
  private static final Pattern WORD_AFTER = Pattern.compile("^[-\\s]*([\\p{L}]+)");

  private NumberRules() {}

  /** Numbers with a meaning of their own, before abbreviations and acronyms are expanded. */
  static List<NormalizationRule> specific() {
    String currency = WordTable.alternation(CURRENCIES.stream().map(r -> r.get(0)).toList());
    String scale = "(?:\\s?(thousand|million|billion|trillion|lakh|crore|bn|mn|mln|bln|trn|tn|BN)|(k|K|m|M|b|B))";
    String unit = WordTable.alternation(UNITS.keySet());
    return List.of(
        // "2,5" with a decimal comma, as written in much of the world (thousands take three digits).
        NormalizationRule.of("decimal comma", START + "(\\d{1,3}),(\\d{1,2})" + END + "(?!,\\d)", (m, d) -> m.group(1) + "." + m.group(2)),
        NormalizationRule.of("phone number", "(?<![\\p{N}\\p{L}.,-])(?:\\+?1[-. ])?(?:\\((\\d{3})\\)\\s?|(\\d{3})[-. ])(\\d{3})[-.](\\d{4})" + END,
            (m, d) -> phoneDigits(m.group(1) != null ? m.group(1) : m.group(2)) + ", " + phoneDigits(m.group(3)) + ", " + phoneDigits(m.group(4))),
        NormalizationRule.of("local phone number", "(?<![\\p{N}\\p{L}.,$-])(\\d{3})-(\\d{4})" + END, NumberRules::localPhone),
        NormalizationRule.of("currency code", "(?<![\\p{L}\\p{N}])(USD|EUR|GBP|JPY)\\s?(?=\\d)", (m, d) -> switch (m.group(1)) {
          case "USD" -> "$";
          case "EUR" -> "\u20AC";
          case "GBP" -> "\u00A3";
          default -> "\u00A5";
        }),
        NormalizationRule.of("currency in letters", "(?<![\\p{L}\\p{N}])(?:(Rs\\.?|INR)\\s?|(N|NGN\\s?)(?=\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?\\s?(?:bn|m|k|billion|million|trillion)\\b|\\d{4,}))(?=\\d)",
            (m, d) -> m.group(1) != null ? "\u20B9" : "\u20A6"),
        NormalizationRule.of("money", START + "(" + currency + ")\\s?(" + NUMBER + ")(?:\\s?[-–]\\s?(?:" + currency + ")?(" + NUMBER + "))?"
            + "(?:-?" + scale + ")?" + END, NumberRules::money),
        NormalizationRule.of("per", "(?<=[\\p{L}\\p{N}])\\s?/\\s?(?:((?i:day|week|month|year|night|hour|person|head|share|user|seat|serving|mo|yr|hr|wk))|("
            + unit + "))(?![\\p{L}\\p{N}])", NumberRules::per),
        NormalizationRule.of("scale after a number", START + "(" + NUMBER + ")\\s?(mln|bln|mn|bn|trn)" + END,
            (m, d) -> NumberWords.decimal(m.group(1).replace(",", "")) + " " + SCALES.get(m.group(2))),
        NormalizationRule.of("year possessive", START + "(1\\d{2}[1-9]|20\\d[1-9])'s" + END, (m, d) -> NumberWords.year(m.group(1)) + "'s"),
        NormalizationRule.of("season", START + "(1\\d{3}|20\\d{2})/(\\d{2}|\\d{4})" + END,
            (m, d) -> NumberWords.year(m.group(1)) + " to " + (m.group(2).length() == 4 ? NumberWords.year(m.group(2)) : twoDigits(m.group(2)))),
        NormalizationRule.of("video resolution", START + "(\\d{3,4})p" + END, (m, d) -> WordRules.modelNumber(m.group(1)) + " p"),
        NormalizationRule.of("numbered subsection", START + "(\\d{1,4})\\((\\p{Ll})\\)", (m, d) -> WordRules.modelNumber(m.group(1)) + " " + AcronymSpeller.spell(m.group(2), null, d)),
        NormalizationRule.of("house number", "(?<![\\p{L}\\p{N},.$-])(\\d{3,5})(?=\\s+(?:[NSEW]\\.?\\s+)?(?:\\p{Lu}\\p{Ll}+\\s+|\\d{1,3}(?:st|nd|rd|th)\\s+)+"
            + "(?:Street|St\\.?|Avenue|Ave\\.?|Road|Rd\\.?|Boulevard|Blvd\\.?|Drive|Dr\\.?|Lane|Ln\\.?|Way|Place|Pl\\.?|Court|Ct\\.?|Parkway|Pkwy\\.?|Highway|Hwy\\.?|Square|Terrace)(?![\\p{L}]))",
            (m, d) -> WordRules.modelNumber(m.group(1))),
        NormalizationRule.of("emergency number", START + "(911|999)" + END + "(?!\\s+(?:people|\\p{Ll}+s)\\b)", (m, d) -> NumberWords.digits(m.group(1))),
        NormalizationRule.of("model number", "(?<=(?<![\\p{L}\\p{N}])(?:[A-Z]{2,6}|[A-Z][a-z]{1,20}(?:['\u2019]s)?) )(\\d{3,4})(?:-(\\d{1,3})(?!\\d)|([A-Z]{1,2}))?(?![\\p{N}%]|[.,]\\d|\\s?-\\s?\\d|['\u2019]s)", NumberRules::model),
        NormalizationRule.of("time range", START + "(\\d{1,2}(?::[0-5]\\d)?\\s?(?:[aApP]\\.?[mM]\\.?)?)\\s?[-\u2013\u2014]\\s?(?=\\d{1,2}(?::[0-5]\\d)?\\s?[aApP]\\.?[mM]\\.?(?![\\p{L}]))",
            (m, d) -> m.group(1) + " to "),
        NormalizationRule.of("ISO date", START + "(\\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])" + END,
            (m, d) -> monthDay(m.group(2), m.group(3)) + ", " + NumberWords.year(m.group(1))),
        NormalizationRule.of("digit groups", "(?<![\\p{N}\\p{L}.,-])\\d{2,4}(?:-\\d{2,4}){2,}(?![\\p{N}-])",
            (m, d) -> String.join(", ", java.util.Arrays.stream(m.group().split("-")).map(NumberWords::digits).toList())),
        NormalizationRule.of("numeric date", START + "(0?[1-9]|1[0-2])/(0?[1-9]|[12]\\d|3[01])/(\\d{4}|\\d{2})" + END,
            (m, d) -> monthDay(m.group(1), m.group(2)) + ", " + shortYear(m.group(3))),
        NormalizationRule.of("day-first numeric date", START + "(0?[1-9]|[12]\\d|3[01])\\.(0?[1-9]|1[0-2])\\.(\\d{4})" + END,
            (m, d) -> "the " + NumberWords.ordinal(m.group(1)) + " of " + MONTHS.get(Integer.parseInt(m.group(2)) - 1)
                + " " + NumberWords.year(m.group(3))),
        NormalizationRule.of("month day", START + MONTH + "\\s+" + DAY + "(?:\\s?[-–]\\s?" + DAY + ")?(,?\\s+" + YEAR + ")?" + END,
            NumberRules::monthFirst),
        NormalizationRule.of("day month", START + DAY + "(?:\\s?[-–]\\s?" + DAY + ")?\\s+" + MONTH + "(,?\\s+" + YEAR + ")?" + END,
            NumberRules::dayFirst),
        NormalizationRule.of("month year", START + MONTH + ",?\\s+" + YEAR + END,
            (m, d) -> month(m.group(1)) + " " + NumberWords.year(m.group(2))),
        NormalizationRule.of("duration", START + "(\\d{1,2}):([0-5]\\d):([0-5]\\d)" + END, NumberRules::duration),
        NormalizationRule.of("clock time", START + "(\\d{1,2})(?::([0-5]\\d))?\\s?([aApP])\\.?\\s?[mM]\\.?(?![\\p{L}\\p{N}])" + ZONE + END,
            NumberRules::clockTime),
        NormalizationRule.of("24-hour time", START + "([01]?\\d|2[0-3]):([0-5]\\d)" + ZONE + END, NumberRules::hourMinute),
        NormalizationRule.of("military time", START + "([01]\\d|2[0-3])([0-5]\\d)\\s+(GMT|UTC)" + END,
            (m, d) -> hour24(m.group(1)) + " " + minutesOrHundred(m.group(2)) + " " + AcronymSpeller.spell(m.group(3), null, d)),
        NormalizationRule.of("feet and inches", START + "(\\d)'\\s?(\\d{1,2})(?:\"|'')",
            (m, d) -> NumberWords.cardinal(m.group(1)) + " foot " + NumberWords.cardinal(m.group(2))),
        NormalizationRule.of("inches", START + "(" + NUMBER + ")(?:\"|'')(?=[\\s,.;:)+-]|$)", NumberRules::inches),
        NormalizationRule.of("percent", START + "([-−]?)(" + NUMBER + ")(?:\\s?%?\\s?[-–]\\s?(" + NUMBER + "))?\\s?(%|percent\\b|per cent\\b)",
            (m, d) -> (m.group(1).isEmpty() ? "" : "minus ") + NumberWords.decimal(m.group(2))
                + (m.group(3) == null ? "" : " to " + NumberWords.decimal(m.group(3))) + " percent"),
        NormalizationRule.of("by", START + "(\\d+)\\s?[x×]\\s?(\\d+)(?:\\s?(" + unit + "))?" + END, NumberRules::by),
        NormalizationRule.of("fraction before a noun", START + "(?<!\\d[\\s-])1/([234])\\s(?:(" + unit + ")\\.?|(?!of\\b|and\\b|or\\b|to\\b|in\\b)(\\p{Ll}+(?<!s)))(?![\\p{L}\\p{N}])",
            NumberRules::fractionBeforeNoun),
        NormalizationRule.of("unit", START + "([-−]?)(" + NUMBER + ")(?:\\s?[-–]\\s?(" + NUMBER + "))?( (?:thousand|million|billion))?(\\s?-?\\s?)(" + unit + ")(?![\\p{L}\\p{N}/²])",
            NumberRules::unit),
        NormalizationRule.of("temperature", START + "([-−]?\\d{1,3})(C|F)" + END,
            (m, d) -> signed(m.group(1)) + (m.group(1).matches("[-−]?0*1") ? " degree " : " degrees ")
                + (m.group(2).equals("C") ? "Celsius" : "Fahrenheit")),
        NormalizationRule.of("decade", START + "(1[0-9]\\d0|20[0-9]0)'?s" + END, (m, d) -> NumberWords.pluralOf(NumberWords.year(m.group(1)))),
        NormalizationRule.of("short decade", "(?<![\\p{L}\\p{N}])'?([1-9]0)'?s" + END, (m, d) -> NumberWords.pluralOf(NumberWords.cardinal(m.group(1)))),
        NormalizationRule.of("fraction sign", "(?<![\\p{L}])(\\d+)?\\s?([½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])", NumberRules::fractionSign),
        NormalizationRule.of("mixed fraction", START + "(\\d+)(?:\\s+|-)(\\d)/(\\d{1,2})" + END,
            (m, d) -> NumberWords.cardinal(m.group(1)) + " and " + fraction(m.group(2), m.group(3), true)),
        NormalizationRule.of("slashed number", START + "(\\d{1,3})/(\\d{1,4})" + END, NumberRules::slashed),
        NormalizationRule.of("range", START + "(" + NUMBER + ")\\s?[-–—]\\s?(" + NUMBER + ")" + END + "(?!-\\p{L})", NumberRules::range),
        NormalizationRule.of("ordinal", START + "(" + INTEGER + ")(st|nd|rd|th|ST|ND|RD|TH)" + END,
            (m, d) -> NumberWords.ordinal(m.group(1).replace(",", ""))),
        NormalizationRule.of("number compound", START + "(" + NUMBER + ")-(?=\\p{L})", (m, d) -> quantityOrYear(m, d, m.group(1)) + " "),
        NormalizationRule.of("number and k", START + "(\\d{1,2})k" + END, (m, d) -> d.text().substring(m.end()).matches("(?s)^\\s+(?:people|\\p{Ll}+s)\\b.*")
            ? NumberWords.cardinal(m.group(1)) + " thousand" : NumberWords.cardinal(m.group(1)) + " K"),
        NormalizationRule.of("number and word", START + "(\\d{1,2})(\\p{Lu}{3,}|\\p{Lu}\\p{Ll}{2,})" + END, (m, d) -> NumberWords.cardinal(m.group(1)) + " " + m.group(2)),
        NormalizationRule.of("number and letters", START + "(\\d+)([A-Z]{1,2})" + END,
            (m, d) -> (m.group(1).length() == 3 ? WordRules.modelNumber(m.group(1)) : NumberWords.cardinal(m.group(1))) + " " + AcronymSpeller.spell(m.group(2), null, d)),
        NormalizationRule.of("plural number", START + "(\\d+)'?s" + END, (m, d) -> afterName(d.text(), m.start()) && m.group(1).length() <= 2
            ? NumberWords.cardinal(m.group(1)) + " " + AcronymSpeller.spell("S", null, d)
            : NumberWords.pluralOf(NumberWords.cardinal(m.group(1)))));
  }

  /** Every number left: years, quantities, decimals and negative numbers. */
  static List<NormalizationRule> remaining() {
    return List.of(
        NormalizationRule.of("number", "(?<![\\p{L}\\p{N}.,\\uE000-\\uF8FF])((?<![\\S&&[^(\"]])[-−])?(" + INTEGER + ")(\\.\\d+)?(?![\\p{N}]|[.,]\\d)",
            NumberRules::number));
  }

  private static String money(Matcher m, NormalizingLine draft) {
    List<String> currency = CURRENCIES.stream().filter(r -> r.get(0).equals(m.group(1))).findFirst().orElseThrow();
    String amount = m.group(2).replace(",", "");
    String upper = m.group(3) == null ? null : m.group(3).replace(",", "");
    String scaleWord = m.group(4) != null ? m.group(4) : m.group(5);
    String scale = scaleWord == null ? null : SCALES.get(scaleWord);
    boolean adjective = isAdjective(draft.text(), m.start(), m.end());
    // "a $3.2 billion dollar budget": the currency is written out after the amount already.
    Matcher written = Pattern.compile("^[-\\s]\\s?(\\p{L}+)").matcher(draft.text().substring(m.end()));
    if (written.find() && (written.group(1).equalsIgnoreCase(currency.get(1)) || written.group(1).equalsIgnoreCase(currency.get(2)))) {
      String number = NumberWords.decimal(amount) + (upper == null ? "" : " to " + NumberWords.decimal(upper));
      return number + (scale == null ? "" : " " + scale);
    }
    String text;
    if (scale != null || upper != null) {
      String number = NumberWords.decimal(amount) + (upper == null ? "" : " to " + NumberWords.decimal(upper));
      boolean one = scale == null && NumberWords.isOne(upper == null ? amount : upper);
      text = number + (scale == null ? "" : " " + scale) + " " + (adjective || one ? currency.get(1) : currency.get(2));
    } else {
      text = amount(amount, currency, adjective);
    }
    return text;
  }

  private static String amount(String amount, List<String> currency, boolean adjective) {
    int dot = amount.indexOf('.');
    String whole = dot < 0 ? amount : amount.substring(0, dot);
    String fraction = dot < 0 ? "" : amount.substring(dot + 1);
    if (whole.isEmpty()) {
      whole = "0";
    }
    String units = adjective || NumberWords.isOne(whole) ? currency.get(1) : currency.get(2);
    if (fraction.isEmpty() || fraction.matches("0+")) {
      return NumberWords.cardinal(whole) + " " + units;
    }
    if (currency.get(3).isEmpty() || fraction.length() != 2) {
      return NumberWords.decimal(amount) + " " + currency.get(2);
    }
    String cents = NumberWords.cardinal(fraction) + " " + (fraction.equals("01") ? currency.get(3) : currency.get(4));
    return whole.matches("0+") ? cents : NumberWords.cardinal(whole) + " " + units + " and " + cents;
  }

  /** "a $5 million contract": the amount describes the noun after it, so the currency stays singular. */
  private static boolean isAdjective(String text, int start, int end) {
    Matcher before = WORD_BEFORE.matcher(text.substring(0, start));
    Matcher after = Pattern.compile("^-?\\s+([\\p{Ll}]+)").matcher(text.substring(end));
    return before.find() && DETERMINERS.contains(before.group(1)) && after.find() && !NOT_NOUNS.contains(after.group(1))
        && !after.group(1).endsWith("ed");
  }

  private static String phoneDigits(String digits) {
    return NumberWords.digits(digits).replace("zero", "oh");
  }

  /** "555-0199" is a telephone number where the words before say so or the number starts with 0; otherwise a range. */
  private static String localPhone(Matcher m, NormalizingLine d) {
    String before = d.text().substring(0, m.start()).toLowerCase(Locale.ROOT);
    boolean phone = m.group(2).startsWith("0")
        || before.matches("(?s).*\\b(call|calls|calling|phone|telephone|tel|fax|hotline|helpline|dial|text|number|line|contact|reach)\\b[\\s:.,]*(?:at\\s+|on\\s+)?$");
    return phone ? phoneDigits(m.group(1)) + ", " + phoneDigits(m.group(2)) : null;
  }

  /** "1/2 tsp" → "half a teaspoon", "1/4 cup" → "a quarter cup". */
  private static String fractionBeforeNoun(Matcher m, NormalizingLine d) {
    String noun = m.group(2) != null ? UNITS.get(m.group(2)).get(0) : m.group(3);
    return switch (m.group(1)) {
      case "2" -> "half a " + noun;
      case "3" -> "a third of a " + noun;
      default -> "a quarter " + noun;
    };
  }

  /** True when a capitalized word that starts no sentence stands just before ("iPhone 5s"). */
  private static boolean afterName(String text, int at) {
    Matcher before = Pattern.compile("(\\p{L}*\\p{Lu}\\p{L}*)\\s+$").matcher(text.substring(0, at));
    return before.find() && before.start() > 0 && !text.substring(0, before.start()).matches("(?s).*[.!?]\\s*$")
        && !YEAR_CUES.contains(before.group(1)) && !QUANTITY_CUES.contains(before.group(1));
  }

  private static String twoDigits(String digits) {
    return digits.startsWith("0") ? "oh " + NumberWords.cardinal(digits) : NumberWords.cardinal(digits);
  }

  /** "$4.99/week" → "… a week", "$0.12/kWh" → "… per kilowatt hour". */
  private static String per(Matcher m, NormalizingLine d) {
    if (m.group(1) != null) {
      String word = switch (m.group(1).toLowerCase(Locale.ROOT)) {
        case "mo" -> "month";
        case "yr" -> "year";
        case "hr" -> "hour";
        case "wk" -> "week";
        default -> m.group(1).toLowerCase(Locale.ROOT);
      };
      return " a " + word;
    }
    return " per " + UNITS.get(m.group(2)).get(0);
  }

  /** 27" is twenty-seven inches, unless the mark closes a quotation. */
  private static String inches(Matcher m, NormalizingLine d) {
    String before = d.text().substring(0, m.start());
    // Quotation marks pair up; an inch mark stands right after a number and is not one of them.
    if (before.replaceAll("\\d\"", "").chars().filter(c -> c == '"').count() % 2 == 1) {
      return null;
    }
    boolean adjective = d.text().substring(m.end()).matches("(?s)^\\+?\\s\\p{Lu}{2,}\\b.*") || d.text().substring(m.end()).matches("(?s)^[\\s-]+\\p{Ll}+.*") && !d.text().substring(m.end()).matches("(?s)^\\s+(?:of|and|or|in|on|to|by|for|with|tall|long|wide|high|deep)\\b.*");
    String number = NumberWords.decimal(m.group(1).replace(",", ""));
    return number + (adjective || NumberWords.isOne(m.group(1)) ? " inch" : " inches");
  }

  /** "Airbus 320", "GTX 1080", "Section 230": after a name a number of three or four digits names a model or a section. */
  private static String model(Matcher m, NormalizingLine d) {
    String text = d.text();
    Matcher before = WORD_BEFORE.matcher(text.substring(0, m.start()));
    Matcher possessive = Pattern.compile("(\\p{L}+)['\u2019]s\\s+$").matcher(text.substring(0, m.start()));
    boolean found = possessive.find();
    Matcher word = found ? possessive : before;
    if (!found && !before.find()) {
      return null;
    }
    String name = word.group(1);
    Matcher after = WORD_AFTER.matcher(text.substring(m.end()));
    String next = after.find() ? after.group(1) : "";
    Matcher following = Pattern.compile("^(?:\\s+[\\p{Ll}-]+){0,3}").matcher(text.substring(m.end()));
    if (following.find()) {
      for (String later : following.group().strip().split("\\s+")) {
        if (isCounted(later) || SCALES.containsKey(later)) {
          return null;
        }
      }
    }
    boolean sentenceStart = word.start(1) == 0 || text.substring(0, word.start(1)).matches("(?s).*[.!?:\"]\\s*$");
    if (MODEL_NOT_AFTER.contains(name) || QUANTITY_CUES.contains(name) || YEAR_CUES.contains(name) || MONTHS.contains(name)
        || MONTH_ABBREVIATIONS.containsKey(name) || (sentenceStart && !name.matches("[A-Z]{2,6}")) || isCounted(next)
        || UNITS.containsKey(next)) {
      return null;
    }
    if (m.group(1).length() == 4 && (m.group(1).matches("1[5-9]\\d\\d|20\\d\\d") || m.group(1).startsWith("0"))) {
      return null;
    }
    String spoken = WordRules.modelNumber(m.group(1));
    if (m.group(2) != null) {
      spoken += " " + WordRules.modelNumber(m.group(2));
    } else if (m.group(3) != null) {
      spoken += " " + AcronymSpeller.spell(m.group(3), null, d);
    }
    return spoken;
  }

  private static String monthFirst(Matcher m, NormalizingLine d) {
    String spoken = month(m.group(1)) + " " + NumberWords.ordinal(m.group(2));
    if (m.group(3) != null) {
      spoken += " to " + NumberWords.ordinal(m.group(3));
    }
    if (m.group(4) != null) {
      spoken += (m.group(4).startsWith(",") ? ", " : " ") + NumberWords.year(m.group(5));
    }
    return spoken;
  }

  private static String dayFirst(Matcher m, NormalizingLine d) {
    String spoken = "the " + NumberWords.ordinal(m.group(1));
    if (m.group(2) != null) {
      spoken += " to the " + NumberWords.ordinal(m.group(2));
    }
    spoken += " of " + month(m.group(3));
    if (m.group(4) != null) {
      spoken += " " + NumberWords.year(m.group(5));
    }
    return spoken;
  }

  private static String monthDay(String month, String day) {
    return MONTHS.get(Integer.parseInt(month) - 1) + " " + NumberWords.ordinal(day);
  }

  private static String month(String written) {
    String plain = written.endsWith(".") ? written.substring(0, written.length() - 1) : written;
    return MONTH_ABBREVIATIONS.getOrDefault(plain, plain);
  }

  private static String shortYear(String year) {
    return year.length() == 4 ? NumberWords.year(year) : NumberWords.year("20" + year);
  }

  private static String duration(Matcher m, NormalizingLine d) {
    return count(m.group(1), "hour") + ", " + count(m.group(2), "minute") + " and " + count(m.group(3), "second");
  }

  private static String count(String number, String noun) {
    return NumberWords.cardinal(number) + " " + noun + (NumberWords.isOne(number) ? "" : "s");
  }

  private static String clockTime(Matcher m, NormalizingLine d) {
    String spoken = NumberWords.cardinal(m.group(1));
    String minutes = m.group(2);
    if (minutes != null && !minutes.equals("00")) {
      spoken += " " + minutes(minutes);
    }
    spoken += " " + AcronymSpeller.spell(m.group(3).toUpperCase(Locale.ROOT) + "M", null, d);
    return spoken + zone(m.group(4), d) + (m.group(4) == null ? SentenceBreaks.periodIfEnd(d.text(), m.end()) : "");
  }

  private static String hourMinute(Matcher m, NormalizingLine d) {
    String hour = m.group(1);
    String minutes = m.group(2);
    int h = Integer.parseInt(hour);
    String spoken;
    if (minutes.equals("00") && h > 0 && (h > 12 || hour.startsWith("0"))) {
      // On the hour a 24-hour time is said as the clock is read: "17:00 BST" is "five P M B S T".
      spoken = NumberWords.cardinal(String.valueOf(h > 12 ? h - 12 : h)) + " " + AcronymSpeller.spell(h >= 12 ? "PM" : "AM", null, d);
    } else if (hour.startsWith("0") || h > 12 || h == 0) {
      spoken = hour24(hour) + " " + minutesOrHundred(minutes);
    } else {
      spoken = NumberWords.cardinal(hour) + (minutes.equals("00") ? " o'clock" : " " + minutes(minutes));
    }
    return spoken + zone(m.group(3), d);
  }

  /** "09" → "oh nine", "14" → "fourteen". */
  private static String hour24(String hour) {
    return (hour.length() == 2 && hour.startsWith("0") && !hour.equals("00") ? "oh " : "") + NumberWords.cardinal(hour);
  }

  private static String minutes(String minutes) {
    return minutes.startsWith("0") ? "oh " + NumberWords.cardinal(minutes) : NumberWords.cardinal(minutes);
  }

  private static String minutesOrHundred(String minutes) {
    return minutes.equals("00") ? "hundred" : minutes(minutes);
  }

  private static String zone(String zone, NormalizingLine d) {
    if (zone == null) {
      return "";
    }
    return " " + ZONES.getOrDefault(zone, AcronymSpeller.spell(zone, null, d));
  }

  private static String unit(Matcher m, NormalizingLine d) {
    String unit = m.group(6);
    String number = m.group(2);
    String upper = m.group(3);
    String scale = m.group(4) == null ? "" : m.group(4);
    String joiner = m.group(5);
    List<String> forms = UNITS.get(unit);
    String text = d.text();
    // "65W", "5x": a one-letter unit only when glued to its number ("450 W. Main" is a street).
    if (unit.length() == 1 && !joiner.isEmpty() && !unit.equals("m")) {
      return null;
    }
    String after = text.substring(m.end());
    if (unit.equals("m") && after.matches("(?s)^\\s+(people|[\\p{Ll}]+s)\\b.*")) {
      return signed(m.group(1) + number) + (upper == null ? "" : " to " + NumberWords.decimal(upper)) + " million";
    }
    boolean adjective = joiner.contains("-") || (joiner.equals(" ") && !unit.startsWith("°") && after.matches("(?s)^\\s\\p{Lu}{2,}\\b.*"))
        || (joiner.isEmpty() && !unit.endsWith(".") && !forms.get(0).contains(" per ")
        && !unit.equals("x") && !unit.startsWith("°") && (after.matches("(?s)^\\+?\\s\\p{Lu}{2,}\\b.*")
            || after.matches("(?s)^\\s(\\p{Ll}+)\\b.*") && !isCounted(after.strip().split("\\W")[0])
            && !NOT_NOUNS.contains(after.strip().split("\\W")[0]) && !AFTER_QUANTITY.contains(after.strip().split("\\W")[0])));
    // "the 777x": a number of three digits or more before an x names a model.
    if (unit.equals("x") && joiner.isEmpty() && number.matches("\\d{3,4}") && !number.endsWith("00")) {
      return WordRules.modelNumber(number) + " x";
    }
    boolean one = upper == null && scale.isEmpty() && NumberWords.isOne(number);
    String spoken = signed(m.group(1) + number) + (upper == null ? "" : " to " + NumberWords.decimal(upper)) + scale;
    String form = adjective || one ? forms.get(0) : forms.get(1);
    if (unit.endsWith(".") || unit.equals("ft.")) {
      return spoken + " " + form + SentenceBreaks.periodIfEnd(text, m.end());
    }
    return spoken + " " + form;
  }

  /** "4x4" → "four by four", "4x100m" → "four by one hundred meter". */
  private static String by(Matcher m, NormalizingLine d) {
    String spoken = NumberWords.cardinal(m.group(1)) + " by " + NumberWords.cardinal(m.group(2));
    return m.group(3) == null ? spoken : spoken + " " + UNITS.get(m.group(3)).get(0);
  }

  private static String signed(String number) {
    boolean negative = number.startsWith("-") || number.startsWith("−");
    String plain = negative ? number.substring(1) : number;
    return (negative ? "minus " : "") + NumberWords.decimal(plain);
  }

  private static String fractionSign(Matcher m, NormalizingLine d) {
    String sign = m.group(2);
    String[] parts = switch (sign) {
      case "½" -> new String[] {"1", "2"};
      case "⅓" -> new String[] {"1", "3"};
      case "⅔" -> new String[] {"2", "3"};
      case "¼" -> new String[] {"1", "4"};
      case "¾" -> new String[] {"3", "4"};
      case "⅕" -> new String[] {"1", "5"};
      case "⅖" -> new String[] {"2", "5"};
      case "⅗" -> new String[] {"3", "5"};
      case "⅘" -> new String[] {"4", "5"};
      case "⅙" -> new String[] {"1", "6"};
      case "⅚" -> new String[] {"5", "6"};
      case "⅛" -> new String[] {"1", "8"};
      case "⅜" -> new String[] {"3", "8"};
      case "⅝" -> new String[] {"5", "8"};
      default -> new String[] {"7", "8"};
    };
    if (m.group(1) == null) {
      return fraction(parts[0], parts[1], false);
    }
    return NumberWords.cardinal(m.group(1)) + " and " + fraction(parts[0], parts[1], true);
  }

  /** "3/4" → "three quarters"; after a whole number "and a half". */
  private static String fraction(String numerator, String denominator, boolean afterWhole) {
    int n = Integer.parseInt(numerator);
    int den = Integer.parseInt(denominator);
    String name = switch (den) {
      case 2 -> n == 1 ? "half" : "halves";
      case 4 -> n == 1 ? "quarter" : "quarters";
      default -> {
        String ordinal = NumberWords.ordinal(denominator);
        yield n == 1 ? ordinal : ordinal + "s";
      }
    };
    String count = n == 1 && afterWhole ? "a" : NumberWords.cardinal(numerator);
    return count + " " + name;
  }

  private static final Set<Integer> DENOMINATORS = Set.of(2, 3, 4, 5, 6, 8, 10, 16, 100, 1000);

  private static String slashed(Matcher m, NormalizingLine d) {
    int a = Integer.parseInt(m.group(1));
    int b = Integer.parseInt(m.group(2));
    if (a < b && DENOMINATORS.contains(b)) {
      return fraction(m.group(1), m.group(2), false);
    }
    if (a >= 1 && a <= 12 && b >= 1 && b <= 31) {
      return monthDay(m.group(1), m.group(2));
    }
    return NumberWords.cardinal(m.group(1)) + " " + NumberWords.cardinal(m.group(2));
  }

  private static String range(Matcher m, NormalizingLine d) {
    String first = m.group(1);
    String second = m.group(2);
    if (first.matches("1\\d{3}|20\\d{2}") && second.matches("1\\d{3}|20\\d{2}")) {
      return NumberWords.year(first) + " to " + NumberWords.year(second);
    }
    if (first.matches("1\\d{3}|20\\d{2}") && second.matches("\\d{2}")) {
      return NumberWords.year(first) + " to " + (second.startsWith("0") ? "oh " + NumberWords.cardinal(second) : NumberWords.cardinal(second));
    }
    if (first.matches("\\d{3,4}") && second.matches("\\d") && !first.endsWith("00")) {
      // "787-9": a model and its variant, not a range that runs backwards.
      return WordRules.modelNumber(first) + " " + NumberWords.cardinal(second);
    }
    if (first.equals(second) && first.matches("\\d{1,2}")) {
      // A tie ("a 1-1 draw", "50-50") is said as the two numbers.
      return NumberWords.cardinal(first) + " " + NumberWords.cardinal(second);
    }
    String to = second.matches("0+") ? "nothing" : NumberWords.decimal(second);
    return NumberWords.decimal(first) + " to " + to;
  }

  private static String number(Matcher m, NormalizingLine d) {
    String sign = m.group(1);
    String integer = m.group(2);
    String decimals = m.group(3);
    String spoken;
    if (sign == null && decimals == null && integer.matches("1\\d{3}|20\\d{2}")) {
      spoken = quantityOrYear(m, d, integer);
    } else if (decimals == null && integer.length() > 1 && integer.startsWith("0")) {
      spoken = NumberWords.digits(integer);
    } else if (decimals == null && !integer.contains(",") && (integer.length() >= 6 || integer.length() == 5 && isIdentifier(m, d))) {
      spoken = NumberWords.digits(integer);
    } else {
      spoken = NumberWords.decimal(integer + (decimals == null ? "" : decimals));
    }
    return (sign == null ? "" : "minus ") + spoken;
  }

  /** True when the word before names what the number identifies ("bug 49964", "ZIP 10001"). */
  private static boolean isIdentifier(Matcher m, NormalizingLine d) {
    Matcher before = WORD_BEFORE.matcher(d.text().substring(0, m.start()));
    return before.find() && IDENTIFIER_CUES.contains(before.group(1).toLowerCase(Locale.ROOT));
  }

  /** A four-digit number is a year unless the words around it say it counts something. */
  private static String quantityOrYear(Matcher m, NormalizingLine d, String number) {
    if (!number.matches("1\\d{3}|20\\d{2}")) {
      return NumberWords.decimal(number);
    }
    String text = d.text();
    Matcher before = WORD_BEFORE.matcher(text.substring(0, m.start()));
    Matcher after = WORD_AFTER.matcher(text.substring(m.end()));
    String previous = before.find() ? before.group(1) : "";
    String next = after.find() ? after.group(1) : "";
    boolean hyphenated = text.startsWith("-", m.end()) || m.group().endsWith("-");
    if (number.startsWith("10") && !YEAR_CUES.contains(previous)) {
      return NumberWords.cardinal(number);
    }
    boolean afterName = previous.matches("\\p{Lu}\\p{Ll}+") && !QUANTITY_CUES.contains(previous) && afterName(text, m.start());
    if (number.matches("20[1-3]\\d") && (afterName || !isCounted(next)) && !hyphenated && !UNITS.containsKey(next)) {
      return NumberWords.year(number);
    }
    if (YEAR_CUES.contains(previous)
        || (YEAR_DETERMINERS.contains(previous) && !IRREGULAR_PLURALS.contains(next) && !UNITS.containsKey(next))) {
      return NumberWords.year(number);
    }
    if (hyphenated && !next.matches("year|month|day|hour|week|mile|meter|metre|kilometer|km|foot|strong|member|seat|page|point|man|person|acre|ton|tonne|pound")) {
      return NumberWords.year(number);
    }
    if (isCounted(next) || QUANTITY_CUES.contains(previous) || hyphenated) {
      return NumberWords.cardinal(number);
    }
    return NumberWords.year(number);
  }

  private static boolean isCounted(String next) {
    if (next.isEmpty()) {
      return false;
    }
    String lower = next.toLowerCase(Locale.ROOT);
    if (!Character.isLowerCase(next.charAt(0))) {
      return false;
    }
    return IRREGULAR_PLURALS.contains(lower) || UNITS.containsKey(next)
        || (lower.length() >= 4 && lower.endsWith("s") && !lower.endsWith("ss") && !NOT_PLURALS.contains(lower));
  }

  private static Map<String, String> monthAbbreviations() {
    Map<String, String> map = new LinkedHashMap<>();
    for (String month : MONTHS) {
      if (!month.equals("May")) {
        map.put(month.substring(0, 3), month);
      }
    }
    map.put("Sept", "September");
    return map;
  }

  private static Map<String, List<String>> units() {
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (List<String> row : WordTable.rows("units.tsv", 3)) {
      map.put(row.get(0), List.of(row.get(1), row.get(2)));
    }
    return map;
  }
}
