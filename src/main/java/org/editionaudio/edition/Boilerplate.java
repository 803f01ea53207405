package org.editionaudio.edition;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Paragraph-level rules for text that belongs to the page, not to the story: player widgets,
 * subscription pitches, copyright lines and sharing buttons. Each rule has a name so that a
 * dropped paragraph can be explained.
 */
public final class Boilerplate {

  /** A named rule that recognizes one kind of boilerplate paragraph. */
  record Rule(String name, Predicate<String> matches) {}

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");

  // A player widget: its label ("Listen to this article", "Listen to Today's Edition:"),
  // its clock ("0:00 0:00", "12:45 / 30:00") and volume or speed readouts ("100", "1.5x").
  private static final Pattern PLAYER_LABEL =
      Pattern.compile("(?i)^(listen|play|hear)( now| to| this| today['’]?s| the| our| article| story| edition|"
          + " episode| audio| podcast| version| on| all| \\(?\\d+ min(ute)?s?\\)?)*\\s*[:.!]?$");
  private static final Pattern CLOCKS_AND_NUMBERS = Pattern.compile("^[\\d\\s:./|%x×-]+$");
  private static final Pattern HAS_DIGIT = Pattern.compile("\\d");

  // A call to subscribe, join, sign up or start a trial, addressed to the reader.
  private static final Pattern PITCH_WORDS =
      Pattern.compile(
          "(?i)\\b(subscribe|subscription|subscribers?|sign[ -]?up|join us|become a (member|subscriber|supporter)"
              + "|free (\\S+[ -])?trial|(day|week|month)[ -]trial|no obligation|in your inbox|newsletter"
              + "|support (our|independent) journalism|donate|unlock (full|unlimited) access|already a subscriber)\\b");
  private static final Pattern ADDRESSES_READER =
      Pattern.compile("(?i)(\\b(you|your|you're|yours)\\b|^(subscribe|sign up|join|get|try|start|support|donate|become"
          + "|unlock|register|click|tap|don't miss|never miss)\\b)");
  private static final int PITCH_MAX_WORDS = 80;

  private static final Pattern COPYRIGHT =
      Pattern.compile("(?i)(^\\s*(copyright|©|\\(c\\))\\s*(©\\s*)?(\\d{4}|[\\p{L}])|\\ball rights reserved\\b)");

  // Sharing and page-furniture labels that stand alone in a paragraph.
  private static final List<String> UI_LABELS =
      List.of("copy link", "copy url", "link copied", "share", "share this", "share this article",
          "share this story", "share on facebook", "share on twitter", "share on x", "tweet", "email", "e-mail",
          "print", "save", "save article", "comments", "comment", "facebook", "twitter", "x", "linkedin",
          "whatsapp", "reddit", "pinterest", "telegram", "advertisement", "advert", "ad", "sponsored",
          "sponsored content", "read more", "continue reading", "skip to content", "skip to main content",
          "back to top", "menu", "close", "more", "gift this article", "follow", "follow us", "show comments",
          "hide caption", "toggle caption", "enlarge this image", "image", "photo", "video", "audio", "listen",
          "download", "subscribe", "sign in", "log in", "sign up", "register");

  // A dateline or kicker: a date, maybe with a weekday, a time and a short label, and no sentence.
  private static final Pattern MONTH =
      Pattern.compile("(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}\\b|\\b\\d{1,2}\\s+"
          + "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b");
  private static final int DATELINE_MAX_WORDS = 12;

  private static final List<Rule> RULES =
      List.of(
          new Rule("player widget", Boilerplate::isPlayerWidget),
          new Rule("dateline", Boilerplate::isDateline),
          new Rule("subscription pitch", Boilerplate::isPitch),
          new Rule("copyright line", text -> COPYRIGHT.matcher(text).find() && words(text) <= 40),
          new Rule("sharing or page label", Boilerplate::isUiLabels));

  private Boilerplate() {}

  /** The name of the first rule that marks this paragraph as boilerplate, if any. */
  public static Optional<String> rule(String paragraph) {
    String text = Text.clean(paragraph);
    if (text.isEmpty()) {
      return Optional.of("empty");
    }
    for (Rule rule : RULES) {
      if (rule.matches().test(text)) {
        return Optional.of(rule.name());
      }
    }
    return Optional.empty();
  }

  /** True when the paragraph should not be read. */
  public static boolean isBoilerplate(String paragraph) {
    return rule(paragraph).isPresent();
  }

  private static boolean isPlayerWidget(String text) {
    if (PLAYER_LABEL.matcher(text).matches()) {
      return true;
    }
    return CLOCKS_AND_NUMBERS.matcher(text).matches() && HAS_DIGIT.matcher(text).find();
  }

  private static boolean isDateline(String text) {
    return words(text) <= DATELINE_MAX_WORDS && MONTH.matcher(text).find() && !text.matches("(?s).*[.!?][\"”’]?$");
  }

  private static boolean isPitch(String text) {
    return words(text) <= PITCH_MAX_WORDS
        && PITCH_WORDS.matcher(text).find()
        && ADDRESSES_READER.matcher(text).find();
  }

  private static boolean isUiLabels(String text) {
    String bare = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}' -]+", "|");
    boolean any = false;
    for (String part : bare.split("\\|")) {
      String label = part.strip();
      if (label.isEmpty()) {
        continue;
      }
      if (!UI_LABELS.contains(label)) {
        return false;
      }
      any = true;
    }
    return any;
  }

  static int words(String text) {
    return (int) WORD.matcher(text).results().count();
  }
}
