package org.editionaudio.edition;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * Decides which lines of an edition's opening are never read as a story: a short greeting before
 * the first story ("Good evening.", "Hi there,") and a contents label whose list links to the
 * page's own stories ("In this brief:", "In today's issue"), and a one-line summary whose parts
 * each name a later story. The spoken intro already opens the edition; a long letter from the
 * editor stays, as the first story.
 */
final class EditionOpening {
  static final String GREETING = "opening: greeting (a short salutation before the first story)";
  static final String CONTENTS = "opening: contents label (its list links to the page's own stories)";
  static final String CONTENTS_LIST = "opening: contents (short lines that name the stories after them)";
  static final String SUMMARY = "opening: summary line (each of its parts names a story after it)";
  private static final int MAX_CONTENTS_LINE_WORDS = 12;

  private static final Pattern SALUTATION = Pattern.compile(
      "(?i)^\\W*(good (morning|afternoon|evening|day)|hello|hi|hey|dear|greetings|welcome|happy \\p{L}+day)\\b");
  private static final int MAX_GREETING_WORDS = 20;
  private static final int MAX_GREETING_SENTENCES = 2;
  private static final int MAX_LABEL_WORDS = 8;
  private static final int MIN_ENTRIES = 2;
  // A label ends in a colon or in nothing; a sentence or a clause ends otherwise.
  private static final Pattern NOT_A_LABEL = Pattern.compile("[.!?,;][\"”’)]?$");
  private static final Pattern SENTENCE_STOP = Pattern.compile("[.!?](\\s|$)");

  private EditionOpening() {}

  /** True when the paragraph is a short salutation, with at most a sentence after it. */
  static boolean isGreeting(String text) {
    String clean = TextCleaner.clean(text);
    if (!SALUTATION.matcher(clean).find() || Boilerplate.words(clean) > MAX_GREETING_WORDS) {
      return false;
    }
    return SENTENCE_STOP.matcher(clean).results().count() <= MAX_GREETING_SENTENCES;
  }

  /**
   * Marks the contents labels: a short line ending in a colon or in no stop, followed by at least two lines that
   * were left out as links, most of which link within the page or repeat a later headline's words.
   */
  static boolean[] contentsLabels(List<Block> blocks, List<String> rules, IntPredicate headline) {
    boolean[] label = new boolean[blocks.size()];
    Set<String> headlines = new HashSet<>();
    for (int i = 0; i < blocks.size(); i++) {
      if (headline.test(i)) {
        headlines.add(key(blocks.get(i).text()));
      }
    }
    for (int i = 0; i < blocks.size(); i++) {
      Block block = blocks.get(i);
      String text = block.text().strip();
      if (rules.get(i) != null || block.isHeading() || NOT_A_LABEL.matcher(text).find()
          || Boilerplate.words(text) > MAX_LABEL_WORDS) {
        continue;
      }
      int entries = 0;
      int own = 0;
      for (int j = i + 1; j < blocks.size() && rules.get(j) != null && blocks.get(j).linkDensity() > 0.5; j++) {
        entries++;
        Block entry = blocks.get(j);
        boolean anchor = entry.container() != null && entry.container().selectFirst("a[href^=#]") != null;
        if (anchor || headlines.contains(key(entry.text()))) {
          own++;
        }
      }
      label[i] = own >= MIN_ENTRIES && own * 2 >= entries;
    }
    return label;
  }

  /**
   * True when {@code first}, the edition's first section, is its table of contents: two or more short
   * lines that are no sentences, at least half of which name a story that follows.
   */
  static boolean isContents(Section first, List<Section> later) {
    List<String> lines = first.paragraphs();
    if (lines.size() < MIN_ENTRIES || lines.stream().anyMatch(
        p -> Boilerplate.words(p) > MAX_CONTENTS_LINE_WORDS || SENTENCE_STOP.matcher(p.strip()).find())) {
      return false;
    }
    long named = lines.stream()
        .filter(line -> later.stream().anyMatch(story -> StoryUnits.names(line, story.title())))
        .count();
    return named >= MIN_ENTRIES && named * 2 >= lines.size();
  }

  /**
   * True when {@code line}, in the edition's opening, is its one-line summary ("Water meters, a seed
   * swap and new hives"): a short line that is no sentence, made of two or more parts, each of whose
   * words all stand in the headline of a story after it.
   */
  static boolean isSummaryLine(String line, List<Section> later) {
    String text = TextCleaner.clean(line);
    if (Boilerplate.words(text) > MAX_CONTENTS_LINE_WORDS || SENTENCE_STOP.matcher(text).find()
        || text.endsWith(":")) {
      return false;
    }
    String[] parts = text.split("\\s*(,|;|·|\\||&|\\band\\b|\\bplus\\b)\\s*");
    int named = 0;
    for (String part : parts) {
      Set<String> words = StoryUnits.contentWords(part);
      if (words.isEmpty()) {
        continue;
      }
      if (later.stream().noneMatch(story -> StoryUnits.contentWords(story.title()).containsAll(words))) {
        return false;
      }
      named++;
    }
    return named >= MIN_ENTRIES;
  }

  private static String key(String text) {
    return TextCleaner.clean(text).toLowerCase(Locale.ROOT);
  }
}
