package org.editionaudio.edition;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds a calendar date in text: ISO 8601, or a written date such as "Thursday, October 3, 2024" or "3 Oct 2024". */
final class Dates {
  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})");
  private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("(?i)\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+" + MONTH + ",?\\s+(\\d{4})\\b");
  private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

  private Dates() {}

  /** The first date in the text, or null. */
  static LocalDate find(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    Matcher iso = ISO.matcher(text);
    if (iso.find()) {
      LocalDate date = date(iso.group(1), iso.group(2), iso.group(3));
      if (date != null) {
        return date;
      }
    }
    Matcher mdy = MONTH_DAY_YEAR.matcher(text);
    if (mdy.find()) {
      return date(mdy.group(3), month(mdy.group(1)), mdy.group(2));
    }
    Matcher dmy = DAY_MONTH_YEAR.matcher(text);
    if (dmy.find()) {
      return date(dmy.group(3), month(dmy.group(2)), dmy.group(1));
    }
    return null;
  }

  private static String month(String name) {
    return String.valueOf(MONTHS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) / 3 + 1);
  }

  private static LocalDate date(String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}
