package org.editionaudio.edition;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * Tells the edition's repeating story unit apart from group headings and in-story subheads:
 * linked headline lines over a blurb (a digest's units, which are stories even under a group
 * heading), headings nested below the page's story level, and the emphatic lines under a heading
 * that the edition's own contents names (which stay inside that story).
 */
final class StoryUnits {
  private static final int MAX_HEADLINE_WORDS = 20;
  private static final int MAX_TAIL_WORDS = 5;
  private static final int MIN_UNITS = 3;
  private static final int MIN_TEASER_UNITS = 2;
  private static final int PROSE_WORDS = 10;
  private static final int MAX_CONTENTS_WORDS = 12;
  private static final int MIN_STORY_LEVEL_HEADINGS = 3;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{3,}");
  // Words that name nothing: a contents entry and a heading must share words that carry meaning.
  private static final Set<String> FUNCTION_WORDS = Set.of(
      "the", "and", "for", "from", "with", "this", "that", "our", "your", "its", "about", "into", "are", "was",
      "new", "all", "how", "why", "what", "who", "out", "not", "but", "has", "have");

  private StoryUnits() {}

  /**
   * Marks the linked headline lines, the one rule for "a linked headline over a blurb": a link (bold
   * or plain) that opens its own line, alone or followed by a short tail ("(from @name)",
   * "(example.org)"), with a prose blurb as the next read block. A line with a tail is a digest's
   * unit once the page repeats it three times. A line that is all link is a teaser's headline on a
   * page that holds no story body of its own (fewer than three prose paragraphs that are no unit's
   * blurb), from two on; beside a story's body, such lines are its related links.
   */
  static boolean[] linkedHeadlines(List<Block> blocks, List<String> rules) {
    boolean[] unit = new boolean[blocks.size()];
    boolean[] tailed = new boolean[blocks.size()];
    Set<Block> blurbs = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    int withTail = 0;
    int allLink = 0;
    for (int i = 0; i < blocks.size(); i++) {
      Block block = blocks.get(i);
      String rule = rules.get(i);
      if (!isLinkedHeadlineLine(block)
          || !(rule == null || "mostly links".equals(rule) || rule.startsWith("caption (repeats"))) {
        continue;
      }
      Block next = nextRead(blocks, rules, i);
      if (next != null && !next.isHeading() && next.leadIn() == null && !next.bold() && TeaserListing.isBlurb(next)) {
        unit[i] = true;
        blurbs.add(next);
        tailed[i] = !tailOf(block).isEmpty();
        withTail += tailed[i] ? 1 : 0;
        allLink += tailed[i] ? 0 : 1;
      }
    }
    long body = blocks.stream().filter(b -> TeaserListing.isBlurb(b) && !blurbs.contains(b)).count();
    boolean digest = withTail >= MIN_UNITS;
    boolean teasers = allLink >= MIN_TEASER_UNITS && body < MIN_UNITS;
    for (int i = 0; i < blocks.size(); i++) {
      unit[i] &= tailed[i] ? digest : teasers;
    }
    return unit;
  }

  /**
   * Marks the linked list items that are entries of a story's list, not navigation: most other items
   * of their list are read as text, or their list hangs under a list item that is read ("Still
   * open:" over linked ticket titles). A list of links alone stays a list of links.
   */
  static boolean[] linkedListEntries(List<Block> blocks, List<String> rules) {
    boolean[] entry = new boolean[blocks.size()];
    java.util.Map<org.jsoup.nodes.Element, int[]> lists = new java.util.IdentityHashMap<>();
    java.util.Map<org.jsoup.nodes.Element, Boolean> readItems = new java.util.IdentityHashMap<>();
    for (int i = 0; i < blocks.size(); i++) {
      org.jsoup.nodes.Element item = blocks.get(i).container();
      if (item == null || !item.normalName().equals("li") || item.parent() == null) {
        continue;
      }
      int[] counts = lists.computeIfAbsent(item.parent(), l -> new int[2]);
      counts[0]++;
      if (rules.get(i) == null) {
        counts[1]++;
        readItems.put(item, true);
      }
    }
    for (int i = 0; i < blocks.size(); i++) {
      Block block = blocks.get(i);
      org.jsoup.nodes.Element item = block.container();
      if (!"mostly links".equals(rules.get(i)) || item == null || !item.normalName().equals("li")
          || item.parent() == null || Boilerplate.words(block.text()) < 2) {
        continue;
      }
      int[] counts = lists.get(item.parent());
      boolean mostlyRead = counts[0] >= 3 && counts[1] * 2 > counts[0];
      org.jsoup.nodes.Element parentItem = item.parent().parent();
      boolean underReadItem = parentItem != null && parentItem.normalName().equals("li")
          && readItems.containsKey(parentItem);
      entry[i] = mostlyRead || underReadItem;
    }
    return entry;
  }

  /**
   * Marks the linked lines that continue the headline line right above them inside the same link
   * ("<a><b>Title</b><br>One line on it</a>"): the teaser's deck, read as its text, not a link list.
   *
   * @param headline whether block i is a bold headline line
   */
  static boolean[] decksInHeadlineLinks(List<Block> blocks, List<String> rules, IntPredicate headline) {
    boolean[] deck = new boolean[blocks.size()];
    for (int i = 1; i < blocks.size(); i++) {
      Block line = blocks.get(i);
      Block above = blocks.get(i - 1);
      if (!"mostly links".equals(rules.get(i)) || rules.get(i - 1) != null || !headline.test(i - 1)
          || line.bold() || line.textElement() == null || above.textElement() == null) {
        continue;
      }
      org.jsoup.nodes.Element link = line.textElement().closest("a[href]");
      deck[i] = link != null && link == above.textElement().closest("a[href]")
          && !line.text().matches("(?s).*[,;:]$");
    }
    return deck;
  }

  /**
   * Marks the lead-ins that are one more entry of a listing: they come right after a run of at
   * least two bold lines with no text of their own (an events list), so they are that run's entries,
   * not digest stories.
   */
  static boolean[] listingLeadIns(List<Block> blocks, List<String> rules, IntPredicate boldLine,
      IntPredicate leadIn) {
    boolean[] entry = new boolean[blocks.size()];
    int run = 0;
    for (int i = 0; i < blocks.size(); i++) {
      if (rules.get(i) != null) {
        continue;
      }
      if (leadIn.test(i) && run >= 2) {
        entry[i] = true;
      }
      run = boldLine.test(i) ? run + 1 : 0;
    }
    return entry;
  }

  /** The headline's words of a linked headline line, without its tail. */
  static String headlineOf(Block block) {
    return openingHeadline(block).replaceAll("[\\s:—–]+$", "");
  }

  /** The tail after a linked headline ("(from @name)", "(example.org)"), empty when there is none. */
  static String tailOf(Block block) {
    return tailAfter(block, openingHeadline(block));
  }

  private static String tailAfter(Block block, String headline) {
    return TextCleaner.clean(block.text().substring(Math.min(block.text().length(), headline.length())));
  }

  /**
   * The linked words that open a line: its bold linked lead, or (drawn plain) the words of the link
   * the line starts with; null when the line does not open with a link.
   */
  private static String openingHeadline(Block block) {
    if (block.leadIn() != null && block.url() != null) {
      return block.leadIn();
    }
    org.jsoup.nodes.Element link = block.textElement() == null ? null : block.textElement().closest("a[href]");
    if (link == null && block.container() != null) {
      link = block.container().selectFirst("a[href]");
    }
    if (link == null) {
      return null;
    }
    String words = TextCleaner.clean(link.text());
    return !words.isEmpty() && block.text().startsWith(words) && !words.matches("(?s).*[.,;:]$") ? words : null;
  }

  private static boolean isLinkedHeadlineLine(Block block) {
    String headline = openingHeadline(block);
    if (block.isHeading() || headline == null) {
      return false;
    }
    int words = Boilerplate.words(headline);
    String tail = tailAfter(block, headline);
    return words >= 2 && words <= MAX_HEADLINE_WORDS && Boilerplate.words(tail) <= MAX_TAIL_WORDS
        && !tail.matches("(?s).*[.!?][\"”’)]?$");
  }

  /**
   * Marks the h-tag headings nested below the page's story level: the level whose headings most
   * often open straight onto text, when it has at least three such and twice as many as there are
   * deeper headings. A deeper heading under a story-level heading is a subhead of that story.
   */
  static boolean[] nestedSubheadings(List<Block> blocks, List<String> rules) {
    boolean[] subhead = new boolean[blocks.size()];
    int[] withText = new int[8];
    int[] all = new int[8];
    for (int i = 0; i < blocks.size(); i++) {
      Block block = blocks.get(i);
      if (!block.isHeading() || rules.get(i) != null) {
        continue;
      }
      all[block.headingLevel()]++;
      Block next = nextRead(blocks, rules, i);
      if (next != null && !next.isHeading()) {
        withText[block.headingLevel()]++;
      }
    }
    int level = 0;
    for (int l = 1; l <= 6; l++) {
      if (withText[l] > withText[level]) {
        level = l;
      }
    }
    if (level == 0 || withText[level] < MIN_STORY_LEVEL_HEADINGS) {
      return subhead;
    }
    int deeper = 0;
    for (int l = level + 1; l <= 6; l++) {
      deeper += all[l];
    }
    if (deeper == 0 || withText[level] < 2 * deeper) {
      return subhead;
    }
    int current = NOT_IN_STORY;
    for (int i = 0; i < blocks.size(); i++) {
      Block block = blocks.get(i);
      if (!block.isHeading() || rules.get(i) != null) {
        continue;
      }
      if (block.headingLevel() <= level) {
        current = block.headingLevel();
      } else if (current == level && Boilerplate.words(block.text()) <= MAX_HEADLINE_WORDS
          && !isProse(block.text())) {
        subhead[i] = true;
      }
    }
    return subhead;
  }

  private static final int NOT_IN_STORY = 0;

  /**
   * Marks the emphatic lines (bold lines, bold lead-ins) that sit inside a story the edition's own
   * contents names: a short line before the first story that shares most of a headline's words
   * names that headline's story, and the emphatic lines under it, up to the next heading tag, the
   * next named headline or the next line drawn like it, are its subheads and labels.
   *
   * @param headline which blocks open a story today (heading tags, bold or larger lines)
   * @param emphatic which blocks would split a story today (bold lines and bold lead-ins)
   */
  static boolean[] insideNamedStories(List<Block> blocks, List<String> rules, IntPredicate headline,
      IntPredicate emphatic) {
    boolean[] inside = new boolean[blocks.size()];
    int firstStory = blocks.size();
    for (int i = 0; i < blocks.size(); i++) {
      if (rules.get(i) != null || !(headline.test(i) || isLeadInStory(blocks.get(i)))
          || Boilerplate.isSponsorLabel(blocks.get(i).text()) || Promotions.label(blocks.get(i).text()).isPresent()) {
        // A sponsor's or an ask's label opens a promoted block, not the first story.
        continue;
      }
      Block next = isLeadInStory(blocks.get(i)) ? blocks.get(i) : nextRead(blocks, rules, i);
      if (next != null && isProse(next.text())) {
        firstStory = i;
        break;
      }
    }
    List<Set<String>> entries = new java.util.ArrayList<>();
    int afterContents = 0;
    for (int i = 0; i < firstStory; i++) {
      Block block = blocks.get(i);
      if (!block.isHeading() && !headline.test(i) && Boilerplate.words(block.text()) <= MAX_CONTENTS_WORDS
          && !isProse(block.text())) {
        entries.add(contentWords(block.text()));
        afterContents = i + 1;
      }
    }
    if (entries.isEmpty()) {
      return inside;
    }
    boolean[] named = new boolean[blocks.size()];
    for (int i = afterContents; i < blocks.size(); i++) {
      if (rules.get(i) == null && headline.test(i)) {
        named[i] = isNamed(blocks.get(i).text(), entries);
      }
    }
    int owner = -1;
    for (int i = afterContents; i < blocks.size(); i++) {
      Block block = blocks.get(i);
      if (rules.get(i) != null) {
        continue;
      }
      if (named[i]) {
        owner = i;
      } else if (owner >= 0 && (block.isHeading() || sameDrawing(blocks.get(owner), block))) {
        owner = -1;
      } else if (owner >= 0 && emphatic.test(i)) {
        inside[i] = true;
      }
    }
    return inside;
  }

  /** True when the contents line {@code entry} names the story headed {@code headline}. */
  static boolean names(String entry, String headline) {
    return isNamed(headline, List.of(contentWords(entry)));
  }

  /** True for every heading the contents names, so `--explain` can say why a story held together. */
  private static boolean isNamed(String headline, List<Set<String>> entries) {
    Set<String> words = contentWords(headline);
    if (words.size() < 2) {
      return false;
    }
    for (Set<String> entry : entries) {
      long shared = words.stream().filter(entry::contains).count();
      if (shared >= 2 && shared * 3 >= words.size() * 2) {
        return true;
      }
    }
    return false;
  }

  static Set<String> contentWords(String text) {
    Set<String> words = new HashSet<>();
    var matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (matcher.find()) {
      if (!FUNCTION_WORDS.contains(matcher.group())) {
        words.add(matcher.group());
      }
    }
    return words;
  }

  /** Two lines drawn alike: the same chain of elements from the text up to its block. */
  private static boolean sameDrawing(Block a, Block b) {
    return a.bold() == b.bold() && drawing(a).equals(drawing(b));
  }

  private static String drawing(Block block) {
    StringBuilder path = new StringBuilder();
    org.jsoup.nodes.Element element = block.textElement();
    while (element != null && element != block.container()) {
      path.append(element.normalName()).append('<');
      element = element.parent();
    }
    return path.append(block.container() == null ? "" : block.container().normalName()).toString();
  }

  private static boolean isLeadInStory(Block block) {
    return block.leadIn() != null && !block.isHeading() && Boilerplate.words(block.afterLeadIn()) >= PROSE_WORDS;
  }

  private static Block nextRead(List<Block> blocks, List<String> rules, int i) {
    for (int j = i + 1; j < blocks.size(); j++) {
      if (rules.get(j) == null) {
        return blocks.get(j);
      }
    }
    return null;
  }

  private static boolean isProse(String text) {
    return Boilerplate.words(text) >= PROSE_WORDS && text.matches("(?s).*[.!?][\"”’)]?$");
  }
}
