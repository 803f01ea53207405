package org.editionaudio.edition;

import java.util.List;
import java.util.function.IntPredicate;
import org.jsoup.nodes.Element;

/**
 * Finds the blocks that trail the edition outside the element holding its stories: where every
 * story headline sits inside one element (an issue's {@code <article>}) and the content area is
 * wider, and the last story's text begins inside it, the blocks after the last story that lie
 * outside that element are the page's, not the last story's (a join or donate box under the issue).
 */
final class StoriesElement {
  static final String RULE = "after the last story, outside the element that holds every story";
  private static final int MIN_HEADLINES = 3;
  private static final int MAX_TRAILING = 2;

  private StoriesElement() {}

  /**
   * Marks the trailing blocks outside the stories' element.
   *
   * @param headline whether block i starts a story when nothing says otherwise
   */
  static boolean[] trailing(List<Block> blocks, List<String> rules, IntPredicate headline) {
    boolean[] trailing = new boolean[blocks.size()];
    Element holder = null;
    int count = 0;
    int last = -1;
    for (int i = 0; i < blocks.size(); i++) {
      if (rules.get(i) != null || !headline.test(i) || blocks.get(i).container() == null) {
        continue;
      }
      holder = holder == null ? blocks.get(i).container() : common(holder, blocks.get(i).container());
      count++;
      last = i;
    }
    if (count < MIN_HEADLINES || holder == null) {
      return trailing;
    }
    int headlines = count;
    // The last story's own text comes first, inside the holder; a page whose bodies sit outside
    // their headlines' element (old table layouts) has none there, and nothing is cut.
    boolean lastHasText = false;
    for (int i = last + 1; i < blocks.size(); i++) {
      Element box = blocks.get(i).container();
      if (rules.get(i) != null || box == null) {
        continue;
      }
      boolean outside = !ContentFinder.isInside(box, holder);
      if (!outside && !lastHasText) {
        lastHasText = true;
      }
      trailing[i] = outside && lastHasText;
      if (outside && !lastHasText) {
        return new boolean[blocks.size()];
      }
      count += trailing[i] ? 1 : 0;
    }
    // A box under the issue holds a line or two; more is the rest of a body that spills out of its element.
    return count - headlines <= MAX_TRAILING ? trailing : new boolean[blocks.size()];
  }

  private static Element common(Element a, Element b) {
    for (Element e = b; e != null; e = e.parent()) {
      if (ContentFinder.isInside(a, e)) {
        return e;
      }
    }
    return a;
  }
}
