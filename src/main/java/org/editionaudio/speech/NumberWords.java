package org.editionaudio.speech;

import java.math.BigInteger;

/** Numbers as an American broadcaster says them: cardinals, ordinals, years, decimals and digit strings. */
final class NumberWords {
  private static final String[] ONES = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"
  };
  private static final String[] TENS = {
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"
  };
  private static final String[] SCALES = {
    "", "thousand", "million", "billion", "trillion", "quadrillion", "quintillion"
  };

  private NumberWords() {}

  /** "1234" → "one thousand two hundred thirty four"; digits only, no separators. */
  static String cardinal(String digits) {
    String trimmed = digits.replaceFirst("^0+(?=\\d)", "");
    if (trimmed.length() > 3 * SCALES.length) {
      return digits(digits);
    }
    return cardinal(new BigInteger(trimmed));
  }

  /** A whole number in words. */
  static String cardinal(long number) {
    return cardinal(BigInteger.valueOf(number));
  }

  private static String cardinal(BigInteger number) {
    if (number.signum() == 0) {
      return "zero";
    }
    StringBuilder words = new StringBuilder();
    String text = number.toString();
    int groups = (text.length() + 2) / 3;
    int first = text.length() - (groups - 1) * 3;
    for (int g = 0; g < groups; g++) {
      int start = g == 0 ? 0 : first + (g - 1) * 3;
      int end = g == 0 ? first : start + 3;
      int value = Integer.parseInt(text.substring(start, end));
      if (value == 0) {
        continue;
      }
      append(words, belowThousand(value));
      append(words, SCALES[groups - 1 - g]);
    }
    return words.toString();
  }

  /** 0..999 in words. */
  static String belowThousand(int n) {
    StringBuilder words = new StringBuilder();
    if (n >= 100) {
      append(words, ONES[n / 100]);
      append(words, "hundred");
      n %= 100;
    }
    if (n > 0 || words.length() == 0) {
      append(words, belowHundred(n));
    }
    return words.toString();
  }

  private static String belowHundred(int n) {
    if (n < 20) {
      return ONES[n];
    }
    return n % 10 == 0 ? TENS[n / 10] : TENS[n / 10] + " " + ONES[n % 10];
  }

  /** "21" → "twenty first". */
  static String ordinal(String digits) {
    return ordinalOf(cardinal(digits));
  }

  /** The ordinal of a spelled cardinal: its last word becomes ordinal. */
  static String ordinalOf(String cardinal) {
    int space = cardinal.lastIndexOf(' ');
    String head = space < 0 ? "" : cardinal.substring(0, space + 1);
    String last = cardinal.substring(space + 1);
    String ordinal = switch (last) {
      case "one" -> "first";
      case "two" -> "second";
      case "three" -> "third";
      case "five" -> "fifth";
      case "eight" -> "eighth";
      case "nine" -> "ninth";
      case "twelve" -> "twelfth";
      default -> last.endsWith("y") ? last.substring(0, last.length() - 1) + "ieth" : last + "th";
    };
    return head + ordinal;
  }

  /** The plural of a spelled number, as in "the nineties" or "sixes". */
  static String pluralOf(String cardinal) {
    if (cardinal.endsWith("y")) {
      return cardinal.substring(0, cardinal.length() - 1) + "ies";
    }
    return cardinal.endsWith("x") ? cardinal + "es" : cardinal + "s";
  }

  /**
   * A year as said on air: 1847 "eighteen forty seven", 1900 "nineteen hundred", 1905 "nineteen oh
   * five", 2000 "two thousand", 2009 "two thousand nine", 2024 "twenty twenty four".
   */
  static String year(String digits) {
    int year = Integer.parseInt(digits);
    if (year < 1000 || year > 9999) {
      return cardinal(digits);
    }
    int high = year / 100;
    int low = year % 100;
    if (year % 1000 < 10 && (high % 10 == 0)) {
      return cardinal(year);
    }
    if (low == 0) {
      return belowHundred(high) + " hundred";
    }
    return belowHundred(high) + (low < 10 ? " oh " : " ") + belowHundred(low);
  }

  /** Digit by digit: "0" → "zero"; a leading "0" in times and codes is "oh" where the caller says so. */
  static String digits(String digits) {
    StringBuilder words = new StringBuilder();
    for (char c : digits.toCharArray()) {
      if (Character.isDigit(c)) {
        append(words, ONES[c - '0']);
      }
    }
    return words.toString();
  }

  /** "3.14" → "three point one four", "0.5" → "zero point five", ".5" → "point five". */
  static String decimal(String number) {
    String plain = number.replace(",", "");
    int dot = plain.indexOf('.');
    if (dot < 0) {
      return cardinal(plain);
    }
    String whole = plain.substring(0, dot);
    String fraction = plain.substring(dot + 1);
    String spoken = whole.isEmpty() ? "point" : cardinal(whole) + " point";
    return fraction.isEmpty() ? cardinal(whole) : spoken + " " + digits(fraction);
  }

  /** Whether a written whole number is 1, for "one kilometer" but "two kilometers". */
  static boolean isOne(String number) {
    return number.replace(",", "").matches("0*1(\\.0*)?");
  }

  private static void append(StringBuilder words, String word) {
    if (word.isEmpty()) {
      return;
    }
    if (words.length() > 0) {
      words.append(' ');
    }
    words.append(word);
  }
}
