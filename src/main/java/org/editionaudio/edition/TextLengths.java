package org.editionaudio.edition;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Visible and linked characters under every element of a tree, counted in one iterative pass. */
final class TextLengths {
  private final Map<Element, int[]> lengths = new IdentityHashMap<>();

  private TextLengths() {}

  static TextLengths of(Element root) {
    TextLengths result = new TextLengths();
    NodeTraversor.traverse(new NodeVisitor() {
      private int linkDepth;

      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element element) {
          result.lengths.put(element, new int[2]);
          if (element.normalName().equals("a")) {
            linkDepth++;
          }
        } else if (node instanceof TextNode text && node.parent() instanceof Element parent) {
          int[] own = result.lengths.get(parent);
          if (own != null) {
            int chars = visibleChars(text.getWholeText());
            own[0] += chars;
            own[1] += linkDepth > 0 ? chars : 0;
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element element) {
          if (element.normalName().equals("a")) {
            linkDepth--;
          }
          int[] up = element == root || element.parent() == null ? null : result.lengths.get(element.parent());
          if (up != null) {
            int[] own = result.lengths.get(element);
            up[0] += own[0];
            up[1] += own[1];
          }
        }
      }
    }, root);
    return result;
  }

  /** Characters of visible text under the element (whitespace not counted). */
  int text(Element element) {
    int[] own = lengths.get(element);
    return own == null ? 0 : own[0];
  }

  /** Share of the element's text that sits inside links, 0–1. */
  double linkDensity(Element element) {
    int[] own = lengths.get(element);
    return own == null || own[0] == 0 ? 0 : Math.min(1.0, own[1] / (double) own[0]);
  }

  private static int visibleChars(String text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u00A0' && c != '\u00AD') {
        count++;
      }
    }
    return count;
  }
}
