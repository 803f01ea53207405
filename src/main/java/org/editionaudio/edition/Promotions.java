package org.editionaudio.edition;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells the edition's own asks from its stories: calls to action addressed to the reader (share,
 * subscribe, donate, vote, join), job ads, e-mail footers and links back to the site, and the
 * headlines that introduce such a block. Judged from the form of the sentences, never from a site.
 */
final class Promotions {
  static final String CALL_TO_ACTION = "call to action (addressed to the reader)";
  static final String JOB_AD = "job ad (hiring)";
  static final String FOOTER = "e-mail footer (sent-to notice, postal address, legal status)";
  static final String SITE_LINK = "link to the site itself (home, mirror, web version)";
  static final String ABOUT_THE_EDITION = "about the edition itself (its list, its next issue, its website)";

  private static final int MAX_CTA_WORDS = 80;
  private static final int MAX_ABOUT_WORDS = 120;
  private static final int MAX_LABEL_WORDS = 8;
  private static final int MAX_FOOTER_WORDS = 30;
  private static final int MAX_SITE_LINK_WORDS = 8;
  private static final int NEUTRAL_QUESTION_WORDS = 8;
  private static final int MAX_BUTTON_WORDS = 3;
  private static final int MAX_STATED_ASK_WORDS = 25;
  private static final int MAX_SOLICITATION_WORDS = 15;

  // Imperatives that only an ask uses: they open a sentence addressed to the reader.
  private static final String STRONG =
      "subscribe|share|join|donate|support|sign up|signup|register|refer|vote|tag|follow|become|contact|e-?mail us"
          + "|forward|upgrade|pledge|chip in|rsvp|advertise|apply|volunteer|give";
  // Imperatives that stories use too: an ask only when it also speaks to the reader.
  private static final String WEAK =
      "find|get|try|visit|discover|surf|copy|earn|fill out|click|tap|download|attend|email|e-mail|reply|tell|invite|send";
  private static final Pattern LEAD = Pattern.compile("(?i)^[^\\p{L}]*((please|simply|just|so|and|or|then)\\s+)?");
  private static final Pattern STRONG_START = Pattern.compile("(?i)^(" + STRONG + ")\\b");
  private static final Pattern WEAK_START = Pattern.compile("(?i)^(" + WEAK + ")\\b");
  private static final Pattern READER = Pattern.compile("(?i)\\b(you|your|yours|you'll|you're|you've|us|our)\\b");
  // A question to the reader with its "do you" left out: "Want to …?", "Interested in …?", "Looking to …?".
  private static final Pattern ELIDED_ASK = Pattern.compile("(?i)^(want|wish|like|care|interested|looking|keen|ready)\\b");
  private static final Pattern YOU = Pattern.compile("(?i)\\b(you|your|yours|you'll|you're|you've)\\b");
  private static final Pattern ADDRESS = Pattern.compile("(?i)\\S+@\\S+\\.\\p{L}{2,}|\\b(https?://|www\\.)\\S+|\\b[\\w-]+\\.(com|org|net|de|uk|io|co)\\b");
  // What an ask for the edition itself wants: a subscription, a gift, a referral, a sign-up, a tag.
  private static final Pattern SELF_ASK = Pattern.compile(
      "(?i)\\b(subscribe|subscribers?|donate|donations?|donating|refer|referrals?|referring|sign(ed)? up|members?hip|advertis(e|ing)"
          + "|supporters?|receive (\\w+ )?(e-?mails?|updates|newsletters?)|newsletters?"
          + "|mailing list|inbox|notified|this (issue|e-?mail|edition))\\b|(^|\\s)[@#]\\w+");
  // "X is hiring a developer", "we are looking for volunteers", "now recruiting part-time drivers".
  private static final Pattern HIRING = Pattern.compile(
      "(?i)\\b(is|are|we're|we are|now|currently)\\s+(now\\s+)?(hiring|recruiting|seeking|looking for|in need of)\\b"
          + ".{0,40}\\b(full[- ]time|part[- ]time|developers?|engineers?|teachers?|designers?|contributors?|volunteers?"
          + "|leads?|managers?|editors?|reporters?|interns?|staff|applicants?|candidates?|positions?|hires?)\\b"
          + "|^(need|needed|wanted):?\\s+(a|an)\\s+.{0,40}\\b(lead|manager|coordinator|volunteer|developer|editor)\\b");
  // A headline that labels a job board or a job ad.
  private static final Pattern JOB_LABEL = Pattern.compile(
      "(?i)^[^\\p{L}]*(jobs?|job (board|listings?|openings?|ads?)|(featured|latest|new) jobs?|jobs? of the (week|month)"
          + "|help wanted|now hiring|we('re| are) hiring|open (positions|roles)|classifieds?)\\s*([:\\-–—|].*)?$");
  // A headline that is itself an ask: "Join us today!", "Donate", "Share this newsletter", "Volunteer".
  private static final Pattern CTA_HEADLINE = Pattern.compile(
      "(?i)^(" + STRONG + ")(\\s+(the|our|us|your|now|today|this|a|an|it|with)\\b.*|\\s*[!.]?)$");
  private static final Pattern FOOTER_LINE = Pattern.compile(
      "(?i)\\bthis (e-?mail|message|newsletter) (has been|was) sent to\\b|\\bsent to \\S+@|^p\\.?\\s?o\\.?\\s+box\\s+\\d+"
          + "|^[\\p{L} .'-]{2,40},\\s*\\p{Lu}{2}\\.?\\s+\\d{5}(-\\d{4})?$|\\b501\\s?\\(c\\)\\s?\\(?\\d|\\b(not |tax[- ])deductible\\b"
          + "|\\bregistered charity\\b|\\bcharity (no|number)\\b|\\bmailing address\\b");
  private static final Pattern SITE_LINK_LINE = Pattern.compile(
      "(?i)^[^\\p{L}]*(back to|return to|go to|link to|view|open|see)\\s+(the\\s+|our\\s+|this\\s+)?"
          + "(home\\s?page|home|top|index|mirror( page| site)?|web version|online version|archives?|main page|front page)"
          + "[^\\p{L}]*$");
  // A sentence about the edition or its sender rather than the news: its list, its next issue, its website.
  private static final Pattern SELF_REFERENCE = Pattern.compile(
      "(?i)\\b(newsletters?|mailing list|subscri(be|bers?|ption)|our (web ?site|site|office)|contact us"
          + "|this (issue|e-?mail|edition)|next (issue|edition))\\b");
  private static final Pattern SENDER = Pattern.compile(
      "(?i)\\b(our (web ?site|site|office)|contact us|mailing list|(this|our|the next) newsletter)\\b");
  // A run-in label that promotes the site's other pages: "Today on The Daily Site:", "Elsewhere on Radio Nine:".
  private static final Pattern CROSS_PROMOTION = Pattern.compile(
      "^(?i:today|tonight|tomorrow|this week|elsewhere|also|now|coming up|next week|new)\\s+(?i:on)\\s+\\p{Lu}.{0,40}:$");
  private static final int MAX_CROSS_PROMOTION_WORDS = 7;
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])[\"”’)]?\\s+");

  private Promotions() {}

  /** The rule that marks this paragraph as the edition's own ask, footer or site link, if any. */
  static Optional<String> rule(String paragraph) {
    String text = TextCleaner.clean(paragraph);
    int words = Boilerplate.words(text);
    if (words == 0) {
      return Optional.empty();
    }
    if (words <= MAX_SITE_LINK_WORDS && SITE_LINK_LINE.matcher(text).matches()) {
      return Optional.of(SITE_LINK);
    }
    if (words <= MAX_FOOTER_WORDS && FOOTER_LINE.matcher(text).find()) {
      return Optional.of(FOOTER);
    }
    if (words > MAX_ABOUT_WORDS) {
      return Optional.empty();
    }
    int counted = 0;
    int asks = 0;
    int selfAsks = 0;
    int selfReferences = 0;
    int jobs = 0;
    boolean readerQuestion = false;
    boolean selfQuestion = false;
    for (String sentence : SENTENCE_END.split(text)) {
      String s = sentence.strip();
      if (Boilerplate.words(s) == 0) {
        continue;
      }
      if (HIRING.matcher(s).find()) {
        jobs++;
        counted++;
        continue;
      }
      // "Are you new here?", "Enjoying this newsletter?": a short question opens an ask and counts for nothing.
      if (s.endsWith("?") && Boilerplate.words(s) <= NEUTRAL_QUESTION_WORDS) {
        readerQuestion |= YOU.matcher(s).find();
        // "Want to advertise in this newsletter?": the ask that follows is made for the edition itself.
        if (SELF_ASK.matcher(s).find() && ELIDED_ASK.matcher(stripLead(s)).find()) {
          readerQuestion = true;
          selfQuestion = true;
        }
        continue;
      }
      counted++;
      selfReferences += SELF_REFERENCE.matcher(s).find() ? 1 : 0;
      // After a question put to the reader ("Were you there?"), an imperative speaks to the reader too.
      if (isAsk(s) || readerQuestion && WEAK_START.matcher(stripLead(s)).find()) {
        asks++;
        selfAsks += SELF_ASK.matcher(s).find() ? 1 : 0;
      }
    }
    if (counted == 0) {
      return Optional.empty();
    }
    if (selfQuestion && asks > 0) {
      selfAsks++;
    }
    if (jobs > 0 && (jobs + asks) * 2 >= counted) {
      return Optional.of(JOB_AD);
    }
    // An ask for the edition itself (subscribe, give, refer) may share its block with one plain sentence;
    // asks of any other kind ("Join …", "Find …") must be most of a block of several, or a button's few words.
    boolean forTheEdition = selfAsks > 0 && asks * 2 >= counted && counted - asks <= 2;
    boolean mostlyAsks = asks >= 2 && asks * 2 > counted && counted - asks <= 2;
    boolean button = counted == 1 && asks == 1 && words <= MAX_BUTTON_WORDS;
    // "Were you there? Send us your pictures": a question to the reader and one ask, nothing else.
    boolean solicitation = readerQuestion && counted == 1 && asks == 1 && words <= MAX_SOLICITATION_WORDS;
    if (words <= MAX_CTA_WORDS && (forTheEdition || mostlyAsks || button || solicitation)) {
      return Optional.of(CALL_TO_ACTION);
    }
    // One sentence must name the sender itself; in a longer block, most sentences speak of the edition.
    boolean aboutTheSender = counted == 1 && words <= MAX_FOOTER_WORDS && SENDER.matcher(text).find();
    if (aboutTheSender || counted >= 2 && selfReferences * 3 >= counted * 2 && counted - selfReferences <= 1) {
      return Optional.of(ABOUT_THE_EDITION);
    }
    return Optional.empty();
  }

  /** The rule when a headline introduces a promoted block (a job board, an ask), or empty. */
  static Optional<String> label(String headline) {
    String text = TextCleaner.clean(headline);
    if (Boilerplate.words(text) == 0) {
      return Optional.empty();
    }
    if (JOB_LABEL.matcher(text).matches() || HIRING.matcher(text).find()) {
      return Optional.of("job board or job ad label");
    }
    // A question ("Share this, please?") heads a story that asks; an ask's own headline does not ask.
    if (Boilerplate.words(text) <= MAX_LABEL_WORDS && !text.endsWith("?") && CTA_HEADLINE.matcher(stripLead(text)).matches()) {
      return Optional.of("call-to-action headline");
    }
    return Optional.empty();
  }

  /** True when a paragraph of its own labels the list after it as the site's other pages. */
  static boolean isCrossPromotionLabel(String text) {
    String clean = TextCleaner.clean(text);
    return Boilerplate.words(clean) <= MAX_CROSS_PROMOTION_WORDS && CROSS_PROMOTION.matcher(clean).matches();
  }

  /** True when the text opens with an imperative that asks the reader to act ("Visit …", "Join …"). */
  static boolean opensWithAsk(String text) {
    String s = stripLead(text);
    return STRONG_START.matcher(s).find() || WEAK_START.matcher(s).find();
  }

  /** One sentence that asks the reader to act: an imperative ask, or an ask that names the reader. */
  private static boolean isAsk(String sentence) {
    String s = stripLead(sentence);
    if (STRONG_START.matcher(s).find()) {
      return true;
    }
    if (WEAK_START.matcher(s).find()
        && (READER.matcher(s).find() || s.endsWith("!") || ADDRESS.matcher(s).find())) {
      return true;
    }
    // Said to the reader without an imperative ("You'll receive our e-mails"): an ask only when short.
    return !s.endsWith("?") && Boilerplate.words(s) <= MAX_STATED_ASK_WORDS && YOU.matcher(s).find()
        && SELF_ASK.matcher(s).find();
  }

  private static String stripLead(String text) {
    return LEAD.matcher(text).replaceFirst("");
  }
}
