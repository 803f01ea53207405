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
  record Rule(String name, int maxWords, Predicate<String> matches) {}


  // A player widget: its label ("Listen to this article", "Listen to Today's Edition:"),
  // its clock ("0:00 0:00", "12:45 / 30:00") and volume or speed readouts ("100", "1.5x").
  private static final Pattern PLAYER_LABEL =
      Pattern.compile("(?i)^(listen|play|hear)( now| to| this| today['’]?s| the| our| article| story| edition|"
          + " episode| audio| podcast| version| on| all| \\(?\\d+ min(ute)?s?\\)?)*\\s*[:.!]?$");
  private static final int PLAYER_MAX_WORDS = 16;
  private static final Pattern PLAYER_READOUT = Pattern.compile(
      "(?i)\\b\\d{1,2}:\\d{2}(:\\d{2})?\\b|\\b\\d+(\\.\\d+)?\\s?[x×](?![\\p{L}\\p{N}])|\\b\\d+\\s?%|\\b\\d+\\s?(min|mins|minutes?|sec|secs|seconds?)\\b");
  private static final Pattern PLAYER_GLYPH = Pattern.compile("[\\u25B6\\u25B8\\u25BA\\u23F4-\\u23FA\\u23EA-\\u23EF]|\\x{1F50A}|\\x{1F509}|\\x{1F508}|\\x{1F507}|\\x{1F3A7}");
  private static final java.util.Set<String> PLAYER_WORDS = java.util.Set.of(
      "listen", "listening", "play", "pause", "resume", "stop", "mute", "unmute", "volume", "speed", "audio", "to",
      "this", "the", "article", "story", "episode", "podcast", "now", "read", "aloud", "by", "voice", "hear", "version",
      "min", "mins", "minute", "minutes", "sec", "seconds", "listen's", "narrated", "playback", "rate", "skip", "back",
      "forward", "rewind", "x", "of", "our", "today's", "today’s", "edition", "length", "duration");
  // A player's label: a verb of listening and a few words, beside the player's clock ("Listen to this brief 0:00 / 6:42").
  private static final Pattern LISTEN_LABEL = Pattern.compile("(?i)^\\W*(listen|play|hear)\\b");
  private static final Pattern CLOCK = Pattern.compile("\\b\\d{1,2}:\\d{2}\\b");
  private static final int LISTEN_LABEL_MAX_WORDS = 6;
  private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");
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
  private static final Pattern DATELINE_WORDS = Pattern.compile(
      "(?i)\\b(updated|published|posted|modified|last|on|at|am|pm|a\\.m\\.|p\\.m\\.|et|edt|est|pt|pdt|pst|ct|cdt|cst|gmt|utc|bst"
          + "|cet|ist|today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
          + "|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\b\\.?|\\b\\d{1,2}(st|nd|rd|th)?\\b");

  // "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Written by …", "Reporting by …; Editing by …".
  private static final Pattern BYLINE = Pattern.compile(
      "^[^\\p{L}\\p{N}]{0,3}(?i:by|written by|words by|reporting by|reported by|story by|text by|posted by|published by)\\s+"
          + "(\\p{Lu}|@)");
  private static final int BYLINE_MAX_WORDS = 14;

  // A picture's caption or credit line.
  private static final Pattern CREDIT = Pattern.compile(
      "(^[—–-]?\\s*(\\S+\\s+){0,2}(photo|photos|photograph|picture|image|file photo)$"
          + "|^\\(?(photo|photos|photograph|picture|image|images|illustration|graphic|video|credit|source|caption)"
          + "( by| credit| courtesy)?\\s*[:/]|\\b(getty images|ap photo|afp photo|reuters/|shutterstock|istock"
          + "|file photo|photo courtesy|courtesy of|image courtesy)\\b)");
  private static final int CREDIT_MAX_WORDS = 30;

  // A pointer to other pages: "Read more: …", "Related: …", "See also …".
  private static final Pattern POINTER = Pattern.compile(
      "(?i)^((read more|read next|read also|also read|related stories|related articles|related coverage|see also"
          + "|more on this|more from|don't miss|must read|most popular|most read|editor's picks?|top stories"
          + "|you may also like|you might also like|more stories|latest news|further reading)\\b"
          + "|(related|recommended|watch|listen|more|trending|video|photos)\\s*([:\\-–—|»>]|$))");
  private static final int POINTER_MAX_WORDS = 25;

  // Page machinery that speaks to the browser, not the listener.
  private static final Pattern FOLLOW = Pattern.compile("^(?i:follow) (?i:us|\\p{Lu}\\S*|@\\S+) (?i:on)\\b");
  // Matched against the lowercased paragraph: case-insensitive alternations are slow on long text.
  private static final Pattern PAGE_NOTICE = Pattern.compile(
      "(requires javascript|enable javascript|javascript (is )?(disabled|required)|your browser does not support"
          + "|(story|article|content) continues (below|after)|continue reading (below|after|the main story)"
          + "|click here|tap here|(leave|post|add|write) a (comment|reply)|\\b\\d+ comments?\\b|comments are closed"
          + "|this (article|story|post) (was )?(originally|first) (appeared|published)|^(tags|topics|filed under|categories)\\s*:"
          + "|we use cookies|this site uses cookies|by continuing to (browse|use)"
          + "|terms of (use|service)|privacy policy|affiliate (links?|commission|partnerships?)"
          + "|unsubscribe|update your (email )?preferences|view (this|it) (email )?in (your|a) (web )?browser"
          + "|you (are|were) receiving this|you received this (email|message|newsletter)"
          + "|forward this (email|newsletter) to a friend"
          + "|^(have|got) a (news )?tip\\b|^(email|call|contact|message) (us|the newsroom)\\b|send us (a tip|your (tips?|news|story)))");
  private static final int NOTICE_MAX_WORDS = 45;

  // A short line that is only a date and a time, in any language: "05/10/2018 14:32", "22 de janeiro de 2018 às 0:13".
  private static final Pattern NUMERIC_DATE = Pattern.compile(
      "\\b\\d{1,4}[./-]\\d{1,2}[./-]\\d{2,4}\\b|\\b\\d{1,2}:\\d{2}\\b|\\b(19|20)\\d{2}\\b");
  private static final Pattern TIME_AGO = Pattern.compile(
      "(?i)^(updated|posted|published|last updated|modified)?:?\\s*\\d+\\s+(second|minute|min|hour|hr|day|week|month|year)s?\\s+ago\\b");

  private static final int UI_LABELS_MAX_WORDS = 12;

  // A clock time on a line of its own, maybe with the usual label and a zone: "Updated 14.52 GMT", "3:40pm".
  private static final Pattern CLOCK_TIME = Pattern.compile("(?i)\\b\\d{1,2}[:.]\\d{2}\\s*(am|pm|a\\.m\\.|p\\.m\\.)?(?!\\d)");
  private static final Pattern ZONE = Pattern.compile("\\b\\p{Lu}{2,4}\\b");
  private static final int TIME_STAMP_MAX_WORDS = 6;

  // How to reach someone, on a line that is not a sentence: an e-mail address or a phone number.
  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
  private static final Pattern PHONE = Pattern.compile("\\+?\\(?\\d[\\d ().-]{7,}\\d");
  private static final int MIN_PHONE_DIGITS = 9;
  private static final int CONTACT_MAX_WORDS = 20;

  // A signature: a dash and a name, nothing else ("– Marta", "— Jo Reyes").
  private static final Pattern SIGNATURE = Pattern.compile("^[—–-]\\s*\\p{Lu}[\\p{L}'’.-]*(\\s+\\p{Lu}[\\p{L}'’.-]*){0,2}$");
  private static final int SIGNATURE_MAX_WORDS = 4;

  // An e-mail platform's unfilled merge tag: *|FNAME|*, {{ name }}, %%unsubscribe%%, [[link]].
  private static final Pattern MERGE_TAG =
      Pattern.compile("\\*\\|[^|*\\s]{1,40}\\|\\*|\\{\\{[^{}]{1,40}\\}\\}|%%[^%\\s]{1,40}%%|\\[\\[[^\\[\\]]{1,40}\\]\\]");

  // A label that says the block after it is paid for: "Presented by", "A message from our sponsor".
  private static final Pattern SPONSOR_LABEL = Pattern.compile(
      "(?i)^[^\\p{L}\\p{N}]*(presented by|sponsored by|brought to you by|in partnership with|in association with|together with"
          + "|paid (for )?by|a (word|message) from( our)?( sponsors?)?|(today's |our )?sponsors?|sponsored( content| post)?"
          + "|partner content|promoted( post| content)?|advertisement|paid (post|content|message|promotion))\\b.{0,60}$");
  // A sentence that discloses that its story is paid for or promoted.
  private static final Pattern SPONSOR_DISCLOSURE = Pattern.compile(
      "(?i)\\b(this is a (promoted|sponsored|paid) (post|message|story)|(is|are) (a )?paid (messages?|posts?|promotions?)"
          + "|made possible by (the )?(support|sponsorship) of)\\b");
  private static final int SPONSOR_MAX_WORDS = 40;

  // Each rule says how long a paragraph it can match, so a story's long paragraphs skip the regexes.
  private static final List<Rule> RULES =
      List.of(
          new Rule("player widget", Integer.MAX_VALUE, Boilerplate::isPlayerWidget),
          new Rule("template merge tag", 60, text -> MERGE_TAG.matcher(text).find()),
          new Rule("dateline", DATELINE_MAX_WORDS, Boilerplate::isDateline),
          new Rule("time stamp", TIME_STAMP_MAX_WORDS, Boilerplate::isTimeStamp),
          new Rule("contact details (an address or number, no sentence)", CONTACT_MAX_WORDS, Boilerplate::isContactLine),
          new Rule("signature", SIGNATURE_MAX_WORDS, text -> SIGNATURE.matcher(text).matches()),
          new Rule("subscription pitch", PITCH_MAX_WORDS, Boilerplate::isPitch),
          new Rule("copyright line", 40, text -> COPYRIGHT.matcher(text).find()),
          new Rule("sharing or page label", UI_LABELS_MAX_WORDS, Boilerplate::isUiLabels),
          new Rule("byline", BYLINE_MAX_WORDS, text -> BYLINE.matcher(text).find()),
          new Rule("contributor line", 10, Boilerplate::isContributorLine),
          new Rule("caption or credit", CREDIT_MAX_WORDS, text -> CREDIT.matcher(lower(text)).find()),
          new Rule("related or read-more pointer", POINTER_MAX_WORDS, text -> POINTER.matcher(text).find()),
          new Rule("page notice", NOTICE_MAX_WORDS,
              text -> PAGE_NOTICE.matcher(lower(text)).find() || FOLLOW.matcher(text).find()));

  private Boilerplate() {}

  /** The name of the first rule that marks this paragraph as boilerplate, if any. */
  public static Optional<String> rule(String paragraph) {
    String text = TextCleaner.clean(paragraph);
    if (text.isEmpty()) {
      return Optional.of("empty");
    }
    int words = words(text);
    for (Rule rule : RULES) {
      if (words <= rule.maxWords() && rule.matches().test(text)) {
        return Optional.of(rule.name());
      }
    }
    return Optional.empty();
  }

  // A contributor's role on a line of its own, or "Name / role": "Senior climate reporter".
  private static final Pattern CONTRIBUTOR = Pattern.compile(
      "^(\\p{Lu}[\\p{L}'’.-]*\\s+){1,3}\\p{Lu}[\\p{L}'’.-]*\\s*[/|,–—]\\s*\\S.*$|^(\\p{Lu}[\\p{L}'’-]*)(\\s+[\\p{L}'’&-]+){0,7}$");
  private static final Pattern CONTRIBUTOR_ROLE = Pattern.compile(
      "(?i)\\b(reporter|editor|correspondent|writer|columnist|producer|photographer|contributor|analyst|presenter"
          + "|journalist|staff writer|bureau chief)s?\\s*$");

  /** True when the line only names a contributor's role ("Name / Senior reporter", "Health correspondent"). */
  static boolean isContributorLine(String text) {
    String clean = TextCleaner.clean(text);
    return words(clean) <= 10 && CONTRIBUTOR_ROLE.matcher(clean).find() && CONTRIBUTOR.matcher(clean).matches();
  }

  /** True when the line is a sponsor label: what follows it, up to the next headline, is promoted. */
  static boolean isSponsorLabel(String text) {
    return words(text) <= 10 && SPONSOR_LABEL.matcher(TextCleaner.clean(text)).matches();
  }

  /** True when the paragraph says that the story it stands in is paid for or promoted. */
  static boolean isSponsorDisclosure(String text) {
    return words(text) <= SPONSOR_MAX_WORDS && SPONSOR_DISCLOSURE.matcher(text).find();
  }

  /** True when the paragraph should not be read. */
  public static boolean isBoilerplate(String paragraph) {
    return rule(paragraph).isPresent();
  }

  private static boolean isPlayerWidget(String text) {
    if (PLAYER_LABEL.matcher(text).matches()) {
      return true;
    }
    if (words(text) <= PLAYER_MAX_WORDS) {
      // A widget's label, glyphs, clock and readouts run together: take away the readouts and the
      // glyphs, and only the player's own words may be left.
      boolean readout = PLAYER_READOUT.matcher(text).find() || PLAYER_GLYPH.matcher(text).find();
      String rest = PLAYER_READOUT.matcher(text).replaceAll(" ").toLowerCase(Locale.ROOT);
      boolean any = false;
      boolean others = false;
      for (String word : rest.split("[^\\p{L}'’]+")) {
        if (!word.isEmpty()) {
          any = true;
          others |= !PLAYER_WORDS.contains(word);
        }
      }
      if (readout && any && !others) {
        return true;
      }
      String bare = PLAYER_GLYPH.matcher(PLAYER_READOUT.matcher(text).replaceAll(" ")).replaceAll(" ");
      // Only glyphs, clocks and readouts between separators ("▶ 12:31 · 1.5×"): a player's line.
      if (readout && !LETTER_OR_DIGIT.matcher(bare).find()) {
        return true;
      }
      // A listening verb and a few words beside a clock, with no sentence: the player's own label.
      if (LISTEN_LABEL.matcher(text).find() && CLOCK.matcher(text).find()
          && words(bare) <= LISTEN_LABEL_MAX_WORDS && !bare.strip().matches("(?s).*[.!?][\"”’)]?$")) {
        return true;
      }
    }
    return CLOCKS_AND_NUMBERS.matcher(text).matches() && HAS_DIGIT.matcher(text).find();
  }

  private static boolean isDateline(String text) {
    if (words(text) > DATELINE_MAX_WORDS || text.matches("(?s)^[—–-].*") || text.matches("(?s).*[.!?][\"”’]?$")) {
      return false;
    }
    if (TIME_AGO.matcher(text).find()) {
      return true;
    }
    boolean date = MONTH.matcher(text).find() || hasDateAndTime(text);
    // What is left once dates, times and the usual labels are gone: a dateline leaves almost nothing.
    String rest = DATELINE_WORDS.matcher(MONTH.matcher(text).replaceAll(" ")).replaceAll(" ");
    rest = NUMERIC_DATE.matcher(rest).replaceAll(" ");
    return date && words(rest) <= 3;
  }

  /** A clock time with at most a label and a zone: "Updated 14.52 GMT", "Posted at 3:40pm". */
  private static boolean isTimeStamp(String text) {
    if (!CLOCK_TIME.matcher(text).find() || text.matches("(?s).*[.!?][\"”’]?$")) {
      return false;
    }
    String rest = DATELINE_WORDS.matcher(CLOCK_TIME.matcher(text).replaceAll(" ")).replaceAll(" ");
    return words(ZONE.matcher(rest).replaceAll(" ")) == 0;
  }

  /** A line that gives an e-mail address or a phone number and does not end as a sentence. */
  private static boolean isContactLine(String text) {
    if (text.matches("(?s).*[!?][\"”’)]?$") || text.matches("(?s).*\\p{Ll}{2,}[.][\"”’)]?$")) {
      return false;
    }
    if (EMAIL.matcher(text).find()) {
      return true;
    }
    java.util.regex.Matcher phone = PHONE.matcher(text);
    while (phone.find()) {
      if (phone.group().replaceAll("\\D", "").length() >= MIN_PHONE_DIGITS) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a line names something and then its date ("Open Day: April 5 & 12"): as a headline it
   * is an event's title, not a dateline. A label before the date ("Updated: May 5") names nothing.
   */
  static boolean isDatedTitle(String text) {
    int colon = text.indexOf(':');
    if (colon <= 0) {
      return isNamedThenDated(text);
    }
    String name = NUMERIC_DATE.matcher(DATELINE_WORDS.matcher(MONTH.matcher(text.substring(0, colon)).replaceAll(" "))
        .replaceAll(" ")).replaceAll(" ");
    String date = text.substring(colon + 1);
    return words(name) >= 1 && (MONTH.matcher(date).find() || NUMERIC_DATE.matcher(date).find());
  }

  /**
   * "Planning committee 27 March": two or more words that name something, then straight on, with no
   * comma or label between, a date that ends the line. A place before a comma ("New Delhi, August
   * 30") is a dateline's, and a label ("Issued 12 March") names one word at most.
   */
  private static boolean isNamedThenDated(String text) {
    java.util.regex.Matcher month = MONTH.matcher(text);
    if (!month.find() || month.start() == 0) {
      return false;
    }
    String name = text.substring(0, month.start()).strip();
    String date = text.substring(month.start());
    if (!Character.isLetter(name.charAt(name.length() - 1))) {
      return false;
    }
    String rest = DATELINE_WORDS.matcher(MONTH.matcher(date).replaceAll(" ")).replaceAll(" ");
    rest = NUMERIC_DATE.matcher(rest).replaceAll(" ").replaceAll("(?i)\\b(and|to|until|till)\\b", " ");
    String named = NUMERIC_DATE.matcher(DATELINE_WORDS.matcher(name).replaceAll(" ")).replaceAll(" ");
    return words(named) >= 2 && words(rest) == 0;
  }

  private static boolean hasDateAndTime(String text) {
    long numbers = NUMERIC_DATE.matcher(text).results().count();
    return numbers >= 2;
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

  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  static int words(String text) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean wordChar = Character.isLetterOrDigit(c) || c == '\'';
      if (wordChar && !inWord) {
        count++;
      }
      inWord = wordChar;
    }
    return count;
  }
}
