package org.editionaudio.edition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds the boxes that a class hint or a header tag would remove but that hold the page's teaser
 * unit: a line that is one link (a linked headline) followed by a prose blurb. On a page where that
 * unit recurs outside such boxes, a box holding it is one more teaser, whatever its class says
 * ("widget"); a box whose class names an ad, a sponsor or a promotion still goes.
 */
final class TeaserBoxes {
  private static final int MIN_UNITS = 3;
  private static final int MIN_HEADLINE_WORDS = 2;
  private static final int MAX_HEADLINE_WORDS = 15;
  private static final int MIN_BLURB_WORDS = 10;
  private static final double MAX_BLURB_LINKS = 0.2;
  // Hints that name a box's form, not its purpose: a template may call every box so.
  private static final Set<String> FORM_HINTS = Set.of("widget");

  private TeaserBoxes() {}

  /**
   * The elements among {@code junk} to keep: each holds a teaser unit, its rule is a class hint or a
   * site header, and the page has at least three teaser units outside every junk element.
   */
  static Set<Element> spared(Element body, List<Element> junk, List<String> rules, String classRule) {
    Set<Element> spared = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Element> headlines = headlines(body);
    Set<Element> junkSet = Collections.newSetFromMap(new IdentityHashMap<>());
    junkSet.addAll(junk);
    long outside = headlines.stream().filter(h -> !PageCleaner.isInsideAny(h, junkSet)).count();
    if (outside < MIN_UNITS) {
      return spared;
    }
    Set<String> outsideTitles = new java.util.HashSet<>();
    for (Element line : headlines) {
      if (!PageCleaner.isInsideAny(line, junkSet)) {
        outsideTitles.add(TextCleaner.clean(line.text()).toLowerCase(java.util.Locale.ROOT));
      }
    }
    for (int i = 0; i < junk.size(); i++) {
      String rule = rules.get(i);
      Element box = junk.get(i);
      // A header tag inside the content with no heading of its own is taken for the site's; holding a teaser, it is not.
      boolean soft = rule.equals("site header") && box.closest("article, main") != null
          || rule.startsWith(classRule) && FORM_HINTS.contains(rule.substring(classRule.length(), rule.length() - 1));
      if (!soft) {
        continue;
      }
      // The box is a teaser when its own teasers are new to the page (a sidebar repeats the listing's)
      // and make most of its words (a sidebar of several boxes holds lists, search and archives too).
      List<Element> own = headlines.stream().filter(h -> isWithin(h, box)).toList();
      boolean fresh = !own.isEmpty()
          && own.stream().noneMatch(h -> outsideTitles.contains(TextCleaner.clean(h.text()).toLowerCase(java.util.Locale.ROOT)));
      int unitWords = own.stream().mapToInt(h -> Boilerplate.words(TextCleaner.clean(h.text()))
          + Boilerplate.words(TextCleaner.clean(blurbAfter(h).text()))).sum();
      if (fresh && unitWords * 2 >= Boilerplate.words(TextCleaner.clean(box.text()))) {
        spared.add(box);
      }
    }
    String tag = usualHeading(headlines, junkSet);
    if (tag != null) {
      for (Element line : headlines) {
        if (!line.normalName().matches("h[1-6]") && spared.stream().anyMatch(box -> isWithin(line, box))) {
          line.tagName(tag);
        }
      }
    }
    return spared;
  }

  /** The headline lines of the page's teaser units: one link's text alone, then a prose blurb. */
  static List<Element> headlines(Element body) {
    List<Element> lines = new ArrayList<>();
    Set<Element> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element link : body.select("a[href]")) {
      String text = TextCleaner.clean(link.text());
      int words = Boilerplate.words(text);
      if (words < MIN_HEADLINE_WORDS || words > MAX_HEADLINE_WORDS) {
        continue;
      }
      Element line = link;
      while (line.parent() != null && line.parent() != body && TextCleaner.clean(line.parent().text()).equals(text)) {
        line = line.parent();
      }
      Element next = blurbAfter(line);
      if (next != null && isBlurb(next) && seen.add(line)) {
        lines.add(line);
      }
    }
    return lines;
  }

  /** The first element after the line that has text: a teaser's blurb when it is prose. */
  private static Element blurbAfter(Element line) {
    Element next = line.nextElementSibling();
    while (next != null && TextCleaner.clean(next.text()).isEmpty()) {
      next = next.nextElementSibling();
    }
    return next;
  }

  /** The heading tag that most teaser headlines outside the junk carry, or null when most are no heading. */
  private static String usualHeading(List<Element> headlines, Set<Element> junk) {
    java.util.Map<String, Integer> tags = new java.util.HashMap<>();
    int outside = 0;
    for (Element line : headlines) {
      if (!PageCleaner.isInsideAny(line, junk)) {
        outside++;
        tags.merge(line.normalName(), 1, Integer::sum);
      }
    }
    int total = outside;
    return tags.entrySet().stream().filter(e -> e.getKey().matches("h[1-6]") && e.getValue() * 2 > total)
        .map(java.util.Map.Entry::getKey).findFirst().orElse(null);
  }

  private static boolean isBlurb(Element element) {
    String text = TextCleaner.clean(element.text());
    if (Boilerplate.words(text) < MIN_BLURB_WORDS || !text.matches("(?s).*[.!?][\"”’)]?$")) {
      return false;
    }
    int linked = element.select("a[href]").stream().mapToInt(a -> TextCleaner.clean(a.text()).length()).sum();
    return linked <= text.length() * MAX_BLURB_LINKS;
  }

  private static boolean isWithin(Element element, Element box) {
    for (Element e = element; e != null; e = e.parent()) {
      if (e == box) {
        return true;
      }
    }
    return false;
  }
}
