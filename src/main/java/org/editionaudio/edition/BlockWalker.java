package org.editionaudio.edition;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Flattens an element into headings and paragraphs in reading order. Block-level elements and
 * double line breaks end a paragraph; inline markup is joined. Iterative, so deeply nested markup
 * cannot overflow the stack.
 */
final class BlockWalker implements NodeFilter {
  private static final Set<String> BLOCKS = Set.of(
      "p", "div", "section", "article", "main", "header", "footer", "aside", "li", "ul", "ol", "dl", "dt",
      "dd", "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "address",
      "center", "details", "summary", "hr", "body", "figure", "form", "fieldset", "hgroup", "nav");
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t\\u00A0]*\\n");

  private final List<Block> blocks = new ArrayList<>();
  private final StringBuilder buffer = new StringBuilder();
  private int linkChars;
  private int linkDepth;

  private BlockWalker() {}

  /** The headings and paragraphs of {@code root}, in document order. */
  static List<Block> blocks(Element root) {
    BlockWalker walker = new BlockWalker();
    NodeTraversor.filter(walker, root);
    walker.flush();
    return List.copyOf(walker.blocks);
  }

  @Override
  public FilterResult head(Node node, int depth) {
    if (node instanceof TextNode text) {
      String value = text.getWholeText();
      buffer.append(value);
      if (linkDepth > 0) {
        linkChars += Text.clean(value).length();
      }
      return FilterResult.CONTINUE;
    }
    if (!(node instanceof Element element)) {
      return FilterResult.CONTINUE;
    }
    String tag = element.normalName();
    int level = headingLevel(tag);
    if (level > 0) {
      flush();
      String text = Text.clean(element.text());
      if (!text.isEmpty()) {
        blocks.add(new Block(text, level, linkShare(element)));
      }
      return FilterResult.SKIP_ENTIRELY;
    }
    if (tag.equals("br")) {
      buffer.append('\n');
    } else if (tag.equals("a")) {
      linkDepth++;
    } else if (BLOCKS.contains(tag)) {
      flush();
    }
    return FilterResult.CONTINUE;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (node instanceof Element element) {
      String tag = element.normalName();
      if (tag.equals("a")) {
        linkDepth = Math.max(0, linkDepth - 1);
      } else if (BLOCKS.contains(tag)) {
        flush();
      }
    }
    return FilterResult.CONTINUE;
  }

  private void flush() {
    String text = buffer.toString();
    buffer.setLength(0);
    int links = linkChars;
    linkChars = 0;
    int total = Text.clean(text).length();
    double density = total == 0 ? 0 : Math.min(1.0, links / (double) total);
    for (String part : PARAGRAPH_BREAK.split(text)) {
      String clean = Text.clean(part);
      if (!clean.isEmpty()) {
        blocks.add(new Block(clean, 0, density));
      }
    }
  }

  private static double linkShare(Element element) {
    int total = element.text().length();
    if (total == 0) {
      return 0;
    }
    int links = element.select("a").stream().mapToInt(a -> a.text().length()).sum();
    return Math.min(1.0, links / (double) total);
  }

  static int headingLevel(String tag) {
    if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
      return tag.charAt(1) - '0';
    }
    return 0;
  }
}
