package org.editionaudio.edition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
  // Bounds that keep the search linear on huge or deeply nested pages: a headline and a blurb are short.
  private static final int MAX_HEADLINE_CHARS = 200;
  private static final int MAX_BLURB_CHARS = 2000;
  // Hints that name a box's form, not its purpose: a template may call every box so.
  private static final Set<String> FORM_HINTS = Set.of("widget");

  private TeaserBoxes() {}

  /**
   * The elements among {@code junk} to keep: each holds a teaser unit, its rule is a class hint or a
   * site header, and the page has at least three teaser units outside every junk element.
   */
  static Set<Element> spared(Element body, TextLengths lengths, List<Element> junk, List<String> rules, String classRule) {
    Set<Element> spared = Collections.newSetFromMap(new IdentityHashMap<>());
    Set<Element> soft = Collections.newSetFromMap(new IdentityHashMap<>());
    for (int i = 0; i < junk.size(); i++) {
      String rule = rules.get(i);
      Element box = junk.get(i);
      // A header tag inside the content with no heading of its own is taken for the site's; holding a teaser, it is not.
      if (rule.equals("site header") && box.closest("article, main") != null
          || rule.startsWith(classRule) && FORM_HINTS.contains(rule.substring(classRule.length(), rule.length() - 1))) {
        soft.add(box);
      }
    }
    if (soft.isEmpty()) {
      return spared;
    }
    List<Element> headlines = headlines(body, lengths);
    Set<Element> junkSet = Collections.newSetFromMap(new IdentityHashMap<>());
    junkSet.addAll(junk);
    Set<String> outsideTitles = new HashSet<>();
    for (Element line : headlines) {
      if (!PageCleaner.isInsideAny(line, junkSet)) {
        outsideTitles.add(key(line));
      }
    }
    if (outsideTitles.size() < MIN_UNITS) {
      return spared;
    }
    // Each soft box's own teasers, found by walking up from each headline once.
    Map<Element, List<Element>> own = new IdentityHashMap<>();
    for (Element line : headlines) {
      for (Element e = line; e != null; e = e.parent()) {
        if (soft.contains(e)) {
          own.computeIfAbsent(e, k -> new ArrayList<>()).add(line);
        }
      }
    }
    // The box is a teaser when its own teasers are new to the page (a sidebar repeats the listing's)
    // and make at least half its text (a sidebar of several boxes holds lists, search and archives too).
    own.forEach((box, lines) -> {
      boolean fresh = lines.stream().noneMatch(line -> outsideTitles.contains(key(line)));
      int unitChars = lines.stream().mapToInt(line -> lengths.text(line) + lengths.text(blurbAfter(line, lengths))).sum();
      if (fresh && unitChars * 2 >= lengths.text(box)) {
        spared.add(box);
      }
    });
    String tag = usualHeading(headlines, junkSet);
    if (tag != null) {
      for (Element line : headlines) {
        if (!line.normalName().matches("h[1-6]") && PageCleaner.isInsideAny(line, spared)) {
          line.tagName(tag);
        }
      }
    }
    return spared;
  }

  /** The headline lines of the page's teaser units: one link's text alone, then a prose blurb. */
  static List<Element> headlines(Element body, TextLengths lengths) {
    List<Element> lines = new ArrayList<>();
    Set<Element> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element link : body.select("a[href]")) {
      int chars = lengths.text(link);
      if (chars == 0 || chars > MAX_HEADLINE_CHARS) {
        continue;
      }
      int words = Boilerplate.words(TextCleaner.clean(link.text()));
      if (words < MIN_HEADLINE_WORDS || words > MAX_HEADLINE_WORDS) {
        continue;
      }
      // Up to the outermost element whose text is the link's alone: the headline line.
      Element line = link;
      while (line.parent() != null && line.parent() != body && lengths.text(line.parent()) == chars) {
        line = line.parent();
      }
      Element next = blurbAfter(line, lengths);
      if (next != null && lengths.text(next) <= MAX_BLURB_CHARS && isBlurb(next) && seen.add(line)) {
        lines.add(line);
      }
    }
    return lines;
  }

  /** The first element after the line that has text: a teaser's blurb when it is prose. */
  private static Element blurbAfter(Element line, TextLengths lengths) {
    Element next = line.nextElementSibling();
    while (next != null && lengths.text(next) == 0) {
      next = next.nextElementSibling();
    }
    return next;
  }

  private static String key(Element line) {
    return TextCleaner.clean(line.text()).toLowerCase(Locale.ROOT);
  }

  /** The heading tag that most teaser headlines outside the junk carry, or null when most are no heading. */
  private static String usualHeading(List<Element> headlines, Set<Element> junk) {
    Map<String, Integer> tags = new java.util.HashMap<>();
    int outside = 0;
    for (Element line : headlines) {
      if (!PageCleaner.isInsideAny(line, junk)) {
        outside++;
        tags.merge(line.normalName(), 1, Integer::sum);
      }
    }
    int total = outside;
    return tags.entrySet().stream().filter(e -> e.getKey().matches("h[1-6]") && e.getValue() * 2 > total)
        .map(Map.Entry::getKey).findFirst().orElse(null);
  }

  private static boolean isBlurb(Element element) {
    String text = TextCleaner.clean(element.text());
    if (Boilerplate.words(text) < MIN_BLURB_WORDS || !text.matches("(?s).*[.!?][\"”’)]?$")) {
      return false;
    }
    int linked = element.select("a[href]").stream().mapToInt(a -> TextCleaner.clean(a.text()).length()).sum();
    return linked <= text.length() * MAX_BLURB_LINKS;
  }
}
