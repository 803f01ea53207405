package org.editionaudio.edition;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads the parts of a headline element as a browser shows them: separate elements whose words
 * would run together are kept apart, a kicker badge drawn as its own element before the headline
 * ("Breaking") is told from the headline, and a heading that holds a bold title followed by a
 * sentence ("**Title**: blurb.") is a digest item, not a long headline.
 */
final class HeadlineParts {
  private static final Pattern DISPLAY_BLOCK = Pattern.compile("(?i)display\\s*:\\s*(block|flex|grid|list-item|table)");
  private static final int MAX_BADGE_WORDS = 3;
  private static final int MIN_BADGE_CHARS = 2;
  private static final int MIN_HEADLINE_WORDS = 2;
  private static final int MIN_BLURB_WORDS = 5;
  private static final Pattern RUN_IN = Pattern.compile("^[ \\t\\u00A0]?[:—–][ \\t\\u00A0]+(\\S.*)$", Pattern.DOTALL);
  private static final Pattern SENTENCE_END = Pattern.compile("(?s).*[.!?][\"”’)]?$");

  private HeadlineParts() {}

  /**
   * True when two pieces of text from different elements would run two words together: a lower-case
   * letter right before an upper-case one ("Breaking" + "Storm"), or a word in capitals before a
   * capitalized word ("NEW" + "Tide"). Authors never type that; a style (a badge, a block, a margin)
   * keeps the pieces apart on the page.
   */
  static boolean glued(CharSequence before, String after) {
    int n = before.length();
    if (n == 0 || after.isEmpty() || !Character.isUpperCase(after.charAt(0))) {
      return false;
    }
    char last = before.charAt(n - 1);
    if (Character.isLowerCase(last)) {
      return true;
    }
    return n >= 2 && Character.isUpperCase(last) && Character.isUpperCase(before.charAt(n - 2))
        && after.length() >= 2 && Character.isLowerCase(after.charAt(1));
  }

  /** The visible text of a headline element, with the pieces that a browser shows apart kept apart. */
  static String text(Element headline) {
    StringBuilder out = new StringBuilder();
    Node[] lastText = new Node[1];
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
          String value = text.getWholeText();
          if (lastText[0] != null && lastText[0].parent() != text.parent() && glued(out, value)) {
            out.append(' ');
          }
          if (!value.isBlank()) {
            lastText[0] = text;
          }
          out.append(value);
        } else if (node instanceof Element element && node != headline && (apart(element))) {
          out.append(' ');
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element element && node != headline && apart(element)) {
          out.append(' ');
        }
      }
    }, headline);
    return TextCleaner.clean(out.toString());
  }

  private static boolean apart(Element element) {
    return element.isBlock() || element.normalName().equals("br")
        || element.hasAttr("style") && DISPLAY_BLOCK.matcher(element.attr("style")).find();
  }

  /**
   * The kicker badge that opens a headline, or null: a short label in an element of its own, with the
   * headline's next element right after it and no space between ("Breaking" then "Storm closes…").
   */
  static String badge(Element headline) {
    TextNode first = firstText(headline);
    if (first == null || !(first.parent() instanceof Element label) || label == headline) {
      return null;
    }
    // The label may sit in wrappers that hold nothing else.
    while (label.parent() != null && label.parent() != headline && label.parent().text().equals(label.text())) {
      label = label.parent();
    }
    String text = TextCleaner.clean(label.text());
    int words = Boilerplate.words(text);
    if (words < 1 || words > MAX_BADGE_WORDS || text.length() < MIN_BADGE_CHARS
        || !Character.isLetterOrDigit(text.charAt(text.length() - 1))) {
      return null;
    }
    if (!(label.nextSibling() instanceof Element next)) {
      return null;
    }
    String rest = TextCleaner.clean(next.text());
    if (rest.isEmpty() || !(Character.isUpperCase(rest.charAt(0)) || Character.isDigit(rest.charAt(0)))) {
      return null;
    }
    String whole = text(headline);
    if (!whole.startsWith(text) || Boilerplate.words(whole.substring(text.length())) < MIN_HEADLINE_WORDS) {
      return null;
    }
    return text;
  }

  /**
   * The run-in title of a heading that is a digest item ("**Title**: a sentence."), with its
   * punctuation, or null: the heading opens with a bold element, then a colon or dash and a sentence.
   */
  static String runInLead(Element heading, String headingText) {
    TextNode first = firstText(heading);
    if (first == null) {
      return null;
    }
    Element bold = null;
    for (Node n = first.parent(); n instanceof Element e && e != heading; n = e.parent()) {
      if (BlockWalker.isBold(e)) {
        bold = e;
      }
    }
    if (bold == null) {
      return null;
    }
    String lead = TextCleaner.clean(bold.text());
    if (Boilerplate.words(lead) < MIN_HEADLINE_WORDS || !headingText.startsWith(lead)) {
      return null;
    }
    Matcher runIn = RUN_IN.matcher(headingText.substring(lead.length()));
    if (!runIn.matches()) {
      return null;
    }
    String blurb = runIn.group(1);
    if (Boilerplate.words(blurb) < MIN_BLURB_WORDS || !SENTENCE_END.matcher(blurb).matches()) {
      return null;
    }
    return headingText.substring(0, headingText.length() - blurb.length()).strip();
  }

  private static TextNode firstText(Element element) {
    TextNode[] found = new TextNode[1];
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (found[0] == null && node instanceof TextNode text && !text.isBlank()) {
          found[0] = text;
        }
      }
    }, element);
    return found[0];
  }
}
