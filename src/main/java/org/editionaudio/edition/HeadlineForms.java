package org.editionaudio.edition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.jsoup.nodes.Element;

/**
 * Tells a page's story headlines from the subheads inside its stories when both are bold lines of
 * body size. The stories' headlines share one markup (the template's); a bold line drawn with other
 * markup, that only ever comes after a story's prose under a headline of that one markup, is the
 * writer's subhead and starts no story, as long as it links nowhere. A form that differs only by a link is not another form: a
 * digest may link some headlines and not others. A line framed like the stories' headlines (the same
 * left-out furniture right before or after it: a dateline under it, an end mark above it) is one
 * more story's headline whatever its markup, since a subhead stands between a story's prose.
 */
final class HeadlineForms {
  static final String RULE = "no split: subhead (a bold line drawn unlike the stories' headlines, after their prose)";
  private static final int MIN_STORY_HEADLINES = 2;

  private HeadlineForms() {}

  /**
   * Marks the bold lines that are subheads.
   *
   * @param headline whether block i starts a story when nothing says otherwise
   * @param boldLine whether block i is a bold line of body size (not a heading, not drawn larger)
   */
  static boolean[] subheads(List<Block> blocks, List<String> rules, IntPredicate headline, IntPredicate boldLine) {
    int n = blocks.size();
    String[] forms = new String[n];
    Map<String, List<Integer>> byForm = new HashMap<>();
    for (int i = 0; i < n; i++) {
      if (rules.get(i) == null && headline.test(i) && boldLine.test(i)) {
        forms[i] = form(blocks.get(i));
        if (forms[i] != null) {
          byForm.computeIfAbsent(forms[i], f -> new ArrayList<>()).add(i);
        }
      }
    }
    boolean[] subhead = new boolean[n];
    if (byForm.size() < 2) {
      return subhead;
    }
    for (Map.Entry<String, List<Integer>> entry : byForm.entrySet()) {
      String storyForm = null;
      boolean all = true;
      for (int j : entry.getValue()) {
        // A subhead points nowhere; a line that links somewhere may be a story of its own.
        if (blocks.get(j).url() != null) {
          all = false;
          break;
        }
        String opener = openerForm(j, entry.getKey(), forms, rules, headline);
        if (opener == null || storyForm != null && !storyForm.equals(opener)) {
          all = false;
          break;
        }
        storyForm = opener;
      }
      if (all && byForm.get(storyForm).size() >= MIN_STORY_HEADLINES) {
        Set<String> frame = frame(blocks, rules, byForm.get(storyForm));
        for (int j : entry.getValue()) {
          // Framed like the stories' headlines (the same furniture right before or after): one more story.
          subhead[j] = !frame.contains("before " + rules.get(Math.max(0, j - 1)))
              && !frame.contains("after " + rules.get(Math.min(n - 1, j + 1)));
        }
      }
    }
    return subhead;
  }

  /**
   * The furniture that frames the stories' headlines: the rules of the left-out blocks right before
   * and right after them ("before dateline", "after byline"). A subhead stands between prose.
   */
  private static Set<String> frame(List<Block> blocks, List<String> rules, List<Integer> headlines) {
    Set<String> frame = new HashSet<>();
    for (int k : headlines) {
      if (k > 0 && rules.get(k - 1) != null) {
        frame.add("before " + rules.get(k - 1));
      }
      if (k + 1 < blocks.size() && rules.get(k + 1) != null) {
        frame.add("after " + rules.get(k + 1));
      }
    }
    return frame;
  }

  /**
   * The form of the bold headline that opened the story in which line j stands, when j comes after
   * that story's prose; null when j follows another headline directly or the story has no bold headline.
   */
  private static String openerForm(int j, String form, String[] forms, List<String> rules, IntPredicate headline) {
    boolean prose = false;
    for (int k = j - 1; k >= 0; k--) {
      if (rules.get(k) != null) {
        continue;
      }
      if (!headline.test(k)) {
        prose = true;
        continue;
      }
      if (!prose) {
        return null;
      }
      if (form.equals(forms[k])) {
        // An earlier subhead of the same story: the story's headline is further up.
        prose = false;
        continue;
      }
      return forms[k];
    }
    return null;
  }

  /** The markup that draws a bold line: its box and the elements down to its words, links left aside. */
  private static String form(Block block) {
    Element box = block.container();
    Element words = block.textElement();
    if (box == null || words == null) {
      return null;
    }
    StringBuilder path = new StringBuilder();
    for (Element e = words; e != null && e != box; e = e.parent()) {
      if (!e.normalName().equals("a")) {
        path.insert(0, ">" + e.normalName() + (e.className().isBlank() ? "" : "." + e.className().strip()));
      }
    }
    return box.normalName() + path;
  }
}
