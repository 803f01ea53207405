package org.editionaudio.edition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the elements that hold the stories. Every paragraph of real text scores the elements above
 * it (its parent fully, higher ancestors less); an element's score is cut by the share of its text
 * that is links and moved by class and id hints (in full only where there is text to back them).
 * The best element wins, widened to a common ancestor when several strong candidates share one
 * (an edition of stories), with the siblings that score nearly as well; a listing of teasers that
 * the choice misses replaces it ({@link TeaserListing}).
 */
final class ContentFinder {
  private static final int MIN_PARAGRAPH_CHARS = 25;
  private static final int ANCESTOR_LEVELS = 5;
  private static final int MAX_HOPS = 16;
  private static final double HINT_EVIDENCE = 3;
  private static final Set<String> TABLE_PARTS = Set.of("table", "tbody", "thead", "tfoot", "tr", "td", "th", "center");
  private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "li", "dd", "dt", "td", "th", "address");
  private static final Pattern POSITIVE = Pattern.compile(
      "(?i)article|body|content|entry|hentry|main|page|post|text|blog|story|column|briefing|edition");
  private static final Pattern NEGATIVE = Pattern.compile(
      "(?i)comment|com-|contact|foot|masthead|media|meta|outbrain|taboola|promo|related|recommend|scroll|share"
          + "|social|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|banner|popup|modal|newsletter|signup"
          + "|subscribe|teaser|more-|trending|popular|nav|menu");

  private final Map<Element, Double> scores = new HashMap<>();
  private TextLengths lengths;

  private ContentFinder() {}

  /** The elements, in document order, whose blocks are the stories; {@code body} when nothing scores. */
  static List<Element> find(Element body, List<Block> blocks) {
    ContentFinder finder = new ContentFinder();
    finder.lengths = TextLengths.of(body);
    finder.score(blocks);
    return TeaserListing.area(body, blocks, finder.choose(body));
  }

  private void score(List<Block> blocks) {
    for (Block block : blocks) {
      if (block.isHeading() || block.text().length() < MIN_PARAGRAPH_CHARS || block.container() == null) {
        continue;
      }
      double points = 1 + commas(block.text()) + Math.min(block.text().length() / 100.0, 3);
      Element container = block.container();
      Element target = PARAGRAPH_TAGS.contains(container.normalName()) ? container.parent() : container;
      int level = 0;
      for (int hops = 0; target != null && level < ANCESTOR_LEVELS && hops < MAX_HOPS; hops++) {
        double share = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        scores.merge(target, points / share, Double::sum);
        Element parent = target.parent();
        // Layout tables nest a cell in a table in a row in a cell: a table part around one element is the same box.
        if (parent == null || parent.childrenSize() != 1 || !TABLE_PARTS.contains(parent.normalName())) {
          level++;
        }
        target = parent;
      }
    }
    // A class or id hint moves a score in full only once the element holds about a paragraph's points:
    // a hint alone ("post" in a promo box's class) must not make an element with one short line win.
    scores.replaceAll((element, raw) -> (raw + weight(element) * Math.min(1, raw / HINT_EVIDENCE))
        * (1 - lengths.linkDensity(element)));
  }

  private List<Element> choose(Element body) {
    if (scores.isEmpty()) {
      return List.of(body);
    }
    List<Map.Entry<Element, Double>> ranked = new ArrayList<>(scores.entrySet());
    ranked.sort(Map.Entry.<Element, Double>comparingByValue(Comparator.reverseOrder()));
    Element top = ranked.get(0).getKey();
    double topScore = ranked.get(0).getValue();

    // Several strong candidates under one ancestor: the stories of an edition, or one story cut in parts.
    List<Element> strong = new ArrayList<>();
    for (int i = 1; i < Math.min(ranked.size(), 6); i++) {
      if (ranked.get(i).getValue() >= topScore * 0.75) {
        strong.add(ranked.get(i).getKey());
      }
    }
    if (strong.size() >= 2) {
      for (Element ancestor = top.parent(); ancestor != null && ancestor != body.parent(); ancestor = ancestor.parent()) {
        Element candidate = ancestor;
        long inside = strong.stream().filter(e -> isInside(e, candidate)).count();
        if (inside >= 2) {
          top = ancestor;
          break;
        }
      }
    }
    // A parent that scores better than its best child holds more of the story.
    Element parent = top.parent();
    double score = scores.getOrDefault(top, 0.0);
    double threshold = score / 3;
    while (parent != null && parent != body.parent()) {
      Double parentScore = scores.get(parent);
      if (parentScore != null) {
        if (parentScore < threshold) {
          break;
        }
        if (parentScore > score) {
          top = parent;
          break;
        }
        score = parentScore;
      }
      parent = parent.parent();
    }
    return withSiblings(top, Math.max(scores.getOrDefault(top, 0.0), 0));
  }

  /** The winner and those of its siblings that score at least a fifth as well, in document order. */
  private List<Element> withSiblings(Element top, double topScore) {
    if (top.parent() == null) {
      return List.of(top);
    }
    double threshold = Math.max(10, topScore * 0.2);
    List<Element> chosen = new ArrayList<>();
    for (Element sibling : top.parent().children()) {
      if (sibling == top) {
        chosen.add(sibling);
        continue;
      }
      double bonus = !top.className().isEmpty() && sibling.className().equals(top.className()) ? topScore * 0.2 : 0;
      if (scores.getOrDefault(sibling, 0.0) + bonus >= threshold || isTextParagraph(sibling)) {
        chosen.add(sibling);
      }
    }
    // Templates that cut one story into parts around its pictures repeat the body's class on each part.
    if (!top.className().isBlank()) {
      for (Element part : scores.keySet()) {
        if (part != top && part.normalName().equals(top.normalName()) && part.className().equals(top.className())
            && lengths.linkDensity(part) < 0.5 && !isInside(part, top) && !isInside(top, part)) {
          chosen.add(part);
        }
      }
    }
    return Collections.unmodifiableList(chosen);
  }

  private boolean isTextParagraph(Element element) {
    if (!element.normalName().equals("p")) {
      return false;
    }
    int chars = lengths.text(element);
    double density = lengths.linkDensity(element);
    return (chars > 80 && density < 0.25) || (chars > 0 && density == 0 && element.text().matches(".*\\.( |$).*"));
  }

  private static double weight(Element element) {
    double weight = switch (element.normalName()) {
      case "div", "article", "main" -> 5;
      case "pre", "td", "blockquote", "section" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "th" -> -5;
      default -> 0;
    };
    if (element.attr("itemprop").toLowerCase(Locale.ROOT).contains("articlebody")) {
      weight += 25;
    }
    String hints = element.className() + " " + element.id();
    if (!hints.isBlank()) {
      if (NEGATIVE.matcher(hints).find()) {
        weight -= 25;
      }
      if (POSITIVE.matcher(hints).find()) {
        weight += 25;
      }
    }
    return weight;
  }

  static boolean isInside(Element element, Element ancestor) {
    for (Element e = element; e != null; e = e.parent()) {
      if (e == ancestor) {
        return true;
      }
    }
    return false;
  }

  private static int commas(String text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '\uFF0C' || c == '\u060C') {
        count++;
      }
    }
    return count;
  }
}
