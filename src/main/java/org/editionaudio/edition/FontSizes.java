package org.editionaudio.edition;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The rendered text size of blocks, from inline styles, {@code <font size>} and {@code <big>}:
 * newsletters and old pages mark their headlines by size, not by heading tags.
 */
final class FontSizes {
  private static final Pattern FONT_SIZE = Pattern.compile("(?i)font-size\\s*:\\s*([\\d.]+)\\s*(px|pt)");
  private static final double[] FONT_TAG_PX = {0, 10, 13, 16, 18, 24, 32, 48};
  private static final double DEFAULT_PX = 16;
  private static final int PROSE_WORDS = 15;

  private final Map<Element, Double> cache = new IdentityHashMap<>();
  private final double body;

  private FontSizes(List<Block> blocks) {
    List<double[]> sizes = new ArrayList<>();
    for (Block block : blocks) {
      if (!block.isHeading() && Boilerplate.words(block.text()) >= PROSE_WORDS) {
        sizes.add(new double[] {size(block), block.text().length()});
      }
    }
    body = weightedMedian(sizes);
  }

  /** Sizes for the blocks of one page; the body size is the median size of its prose, by characters. */
  static FontSizes of(List<Block> blocks) {
    return new FontSizes(blocks);
  }

  /** The body text's size in pixels. */
  double body() {
    return body;
  }

  /** How much larger than the body text the block is drawn (1 for the same size). */
  double ratio(Block block) {
    return size(block) / body;
  }

  private double size(Block block) {
    Element start = block.textElement() != null ? block.textElement() : block.container();
    if (start == null) {
      return DEFAULT_PX;
    }
    // The text may sit in a single styled child (a span or font inside the cell).
    Element inner = start;
    while (inner.childrenSize() == 1 && inner.child(0).text().length() * 10 >= inner.text().length() * 9) {
      inner = inner.child(0);
    }
    return size(inner);
  }

  // Iterative: a page may nest thousands of elements.
  private double size(Element element) {
    List<Element> path = new ArrayList<>();
    Element e = element;
    Double px = null;
    while (e != null) {
      px = cache.get(e);
      if (px == null) {
        px = declared(e);
        if (px != null) {
          cache.put(e, px);
        }
      }
      if (px != null) {
        break;
      }
      path.add(e);
      e = e.parent();
    }
    double size = px == null ? DEFAULT_PX : px;
    for (int i = path.size() - 1; i >= 0; i--) {
      String tag = path.get(i).normalName();
      size = tag.equals("big") ? size * 1.2 : tag.equals("small") ? size / 1.2 : size;
      cache.put(path.get(i), size);
    }
    return size;
  }

  /** The absolute size the element declares, or null when it inherits. */
  private static Double declared(Element element) {
    Matcher style = FONT_SIZE.matcher(element.attr("style"));
    if (style.find()) {
      double value = Double.parseDouble(style.group(1));
      return style.group(2).equalsIgnoreCase("pt") ? value * 4 / 3 : value;
    }
    if (element.normalName().equals("font") && element.attr("size").matches("[+-]?\\d")) {
      String size = element.attr("size");
      int n = size.startsWith("+") || size.startsWith("-") ? 3 + Integer.parseInt(size) : Integer.parseInt(size);
      return FONT_TAG_PX[Math.max(1, Math.min(7, n))];
    }
    return null;
  }

  private static double weightedMedian(List<double[]> sizes) {
    if (sizes.isEmpty()) {
      return DEFAULT_PX;
    }
    sizes.sort((a, b) -> Double.compare(a[0], b[0]));
    double total = sizes.stream().mapToDouble(s -> s[1]).sum();
    double seen = 0;
    for (double[] size : sizes) {
      seen += size[1];
      if (seen * 2 >= total) {
        return size[0];
      }
    }
    return sizes.get(sizes.size() - 1)[0];
  }
}
