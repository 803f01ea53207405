package org.editionaudio.edition;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Finds a template's end marks: the same short plain line ("ENDS", "###", "— 30 —") closing three or
 * more stories and at least half of the page's, each time as the last line before the next headline
 * or the end of the content. A line that recurs inside stories (a plan's "Eat every two hours"), or
 * closes a few sections of one, is their text.
 */
final class EndMarks {
  static final String RULE = "end mark (the same short line closes every story)";
  private static final int MAX_WORDS = 3;
  private static final int MIN_REPEATS = 3;

  private EndMarks() {}

  /**
   * Marks the end-mark lines.
   *
   * @param candidate whether block i is a plain short line that may be a mark (no link, not bold)
   * @param headline whether block i starts a story when nothing says otherwise
   */
  static boolean[] find(List<Block> blocks, IntPredicate candidate, IntPredicate headline) {
    Map<String, int[]> seen = new HashMap<>();
    for (int i = 0; i < blocks.size(); i++) {
      String text = blocks.get(i).text();
      if (!candidate.test(i) || Boilerplate.words(text) > MAX_WORDS || text.matches("(?s).*[.!?][\"”’)]?$")) {
        continue;
      }
      int[] counts = seen.computeIfAbsent(key(text), k -> new int[2]);
      counts[0]++;
      if (i + 1 == blocks.size() || headline.test(i + 1)) {
        counts[1]++;
      }
    }
    long headlines = java.util.stream.IntStream.range(0, blocks.size()).filter(headline).count();
    boolean[] mark = new boolean[blocks.size()];
    for (int i = 0; i < blocks.size(); i++) {
      int[] counts = seen.get(key(blocks.get(i).text()));
      // A mark closes most of the page's stories, not a few sections of one.
      mark[i] = candidate.test(i) && counts != null && counts[0] >= MIN_REPEATS && counts[1] == counts[0]
          && counts[0] * 2 >= headlines;
    }
    return mark;
  }

  private static String key(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
