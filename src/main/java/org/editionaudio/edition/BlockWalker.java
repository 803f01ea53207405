package org.editionaudio.edition;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
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
  // Every line break ends a paragraph: lines after a <br> are read (or left out) one by one.
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n");
  private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n]+");
  private static final Pattern BOLD_STYLE = Pattern.compile("(?i)font-weight\\s*:\\s*(bold|bolder|[6-9]00)");

  private static final int SHORT_LINE_WORDS = 6;
  private static final int MAX_HEADLINE_WORDS = 20;
  private static final String TAIL_SEPARATORS = "|·•»›/-–—";
  private static final int TAIL_MIN_SENTENCE_WORDS = 6;
  private static final Pattern POST_TOKEN = Pattern.compile("(^|\\s)[#@]\\w|://|www\\.|\\w\\.\\w+/");
  private static final double MAX_SENTENCE_LINKS = 0.5;
  private static final Pattern PROSE_END = Pattern.compile("(?s).*[.!?][\"”’)]?$");
  private static final Pattern BARE_ADDRESS = Pattern.compile("(?i)(https?://|www\\.)\\S+");
  private static final Pattern GLYPHS = Pattern.compile("[^\\p{L}\\p{N}]{0,8}");
  private static final Pattern LEAD_PUNCTUATION = Pattern.compile("[ \\t\\u00A0]?[:.!?—–]");

  private final List<Block> blocks = new ArrayList<>();
  private final StringBuilder buffer = new StringBuilder();
  private final Deque<Element> open = new ArrayDeque<>();
  // Bold runs of the buffer as [start, end) offsets, and the link of each (or null).
  private final List<int[]> boldRuns = new ArrayList<>();
  private final List<String> boldLinks = new ArrayList<>();
  private int boldDepth;
  private int boldStart;
  private Element boldElement;
  // Link runs of the buffer as [start, end) offsets, so each line has its own link density.
  private final List<int[]> linkRuns = new ArrayList<>();
  private int linkStart;
  // Where each text node starts in the buffer, and its element: a line's size is its first words'.
  private final List<Integer> textStarts = new ArrayList<>();
  private final List<Element> textParents = new ArrayList<>();
  private int linkDepth;
  private int preDepth;
  private Node lastTextParent;

  private final Set<Element> proseHeadings = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  private BlockWalker() {}

  /** The headings and paragraphs of {@code root}, in document order. */
  static List<Block> blocks(Element root) {
    BlockWalker walker = new BlockWalker();
    walker.open.push(root);
    NodeTraversor.filter(walker, root);
    walker.flush();
    return List.copyOf(walker.blocks);
  }

  @Override
  public FilterResult head(Node node, int depth) {
    if (node instanceof TextNode text) {
      // Line breaks in the source are spaces on the page; only <br> and blocks break lines.
      String value = preDepth > 0 ? text.getWholeText() : LINE_BREAKS.matcher(text.getWholeText()).replaceAll(" ");
      // Two elements whose words would run together ("Where" + "The …") are drawn apart on the page.
      if (lastTextParent != null && lastTextParent != text.parent() && HeadlineParts.glued(buffer, value)) {
        buffer.append(' ');
      }
      if (!value.isBlank()) {
        lastTextParent = text.parent();
      }
      if (!value.isBlank() && text.parent() instanceof Element parent) {
        textStarts.add(buffer.length() + (value.length() - value.stripLeading().length()));
        textParents.add(parent);
      }
      buffer.append(value);
      return FilterResult.CONTINUE;
    }
    if (!(node instanceof Element element)) {
      return FilterResult.CONTINUE;
    }
    String tag = element.normalName();
    int level = headingLevel(tag);
    if (level > 0 && isProse(element) && HeadlineParts.runInLead(element, HeadlineParts.text(element)) == null) {
      // A heading tag around a run of sentences is a paragraph drawn large, not a headline (unless a
      // bold title opens it: a digest item, read as its headline and blurb).
      proseHeadings.add(element);
      flush();
      open.push(element);
      return FilterResult.CONTINUE;
    }
    if (level > 0) {
      flush();
      String text = HeadlineParts.text(element);
      if (!text.isEmpty()) {
        blocks.add(new Block(text, level, linkShare(element), element, false, HeadlineParts.runInLead(element, text),
            link(element)));
      }
      return FilterResult.SKIP_ENTIRELY;
    }
    if (tag.equals("pre")) {
      preDepth++;
    }
    if (tag.equals("br")) {
      buffer.append('\n');
    } else if (tag.equals("a")) {
      if (linkDepth++ == 0) {
        linkStart = buffer.length();
      }
    } else if (BLOCKS.contains(tag)) {
      flush();
      open.push(element);
    }
    if (isBold(element)) {
      if (boldDepth++ == 0) {
        boldStart = buffer.length();
        boldElement = element;
      }
    }
    return FilterResult.CONTINUE;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (node instanceof Element element) {
      String tag = element.normalName();
      if (isBold(element) && boldDepth > 0 && --boldDepth == 0) {
        boldRuns.add(new int[] {boldStart, buffer.length()});
        boldLinks.add(link(boldElement));
      }
      if (tag.equals("pre")) {
        preDepth = Math.max(0, preDepth - 1);
      }
      if (tag.equals("a")) {
        if (linkDepth > 0 && --linkDepth == 0) {
          linkRuns.add(new int[] {linkStart, buffer.length()});
        }
      } else if (BLOCKS.contains(tag) || proseHeadings.contains(element)) {
        flush();
        if (!open.isEmpty() && open.peek() == element) {
          open.pop();
        }
      }
    }
    return FilterResult.CONTINUE;
  }

  private void flush() {
    String text = buffer.toString();
    if (boldDepth > 0) {
      // A bold run that spans a block boundary counts up to the boundary.
      boldRuns.add(new int[] {boldStart, text.length()});
      boldLinks.add(link(boldElement));
      boldStart = 0;
    }
    if (linkDepth > 0) {
      linkRuns.add(new int[] {linkStart, text.length()});
      linkStart = 0;
    }
    buffer.setLength(0);
    Element container = open.peek();
    double blockDensity = linkDensity(text, 0, text.length());
    Matcher breaks = PARAGRAPH_BREAK.matcher(text);
    int start = 0;
    while (start <= text.length()) {
      boolean found = breaks.find();
      int end = found ? breaks.start() : text.length();
      // A short line that is a link (a link tail, a media link) is judged on its own links, unless it
      // is a bare web address printed in the text; a line of prose on its block's.
      String line = TextCleaner.clean(text.substring(start, end));
      double density = Boilerplate.words(line) <= SHORT_LINE_WORDS && !BARE_ADDRESS.matcher(line).matches()
          ? linkDensity(text, start, end) : blockDensity;
      int tail = linkTail(text, start, end);
      if (tail > start) {
        // A sentence followed by links only ("… the board says. More | Video"): the links are
        // the template's tail, read (or left out) as a line of their own.
        addParagraph(text, start, tail, density, container);
        addParagraph(text, tail, end, linkDensity(text, tail, end), container);
      } else {
        addParagraph(text, start, end, density, container);
      }
      if (!found) {
        break;
      }
      start = breaks.end();
    }
    boldRuns.clear();
    boldLinks.clear();
    linkRuns.clear();
    textStarts.clear();
    textParents.clear();
  }

  /**
   * Where a line's link tail starts: after the line's last sentence end, only links and separators
   * follow, at most a short line's words of them, after a sentence of prose. {@code start} when there
   * is none.
   */
  private int linkTail(String text, int start, int end) {
    int at = end;
    boolean link = false;
    while (at > start) {
      char c = text.charAt(at - 1);
      if (inLink(at - 1)) {
        link = true;
      } else if (!Character.isWhitespace(c) && c != '\u00A0' && TAIL_SEPARATORS.indexOf(c) < 0) {
        break;
      }
      at--;
    }
    if (!link || at <= start) {
      return start;
    }
    // The tail is set apart from the sentence by a space or a separator; a link glued to the full
    // stop, a printed address, a hashtag or a handle is the sentence's own (a quoted post's).
    if (at >= end || !(Character.isWhitespace(text.charAt(at)) || text.charAt(at) == '\u00A0'
        || TAIL_SEPARATORS.indexOf(text.charAt(at)) >= 0)) {
      return start;
    }
    String before = TextCleaner.clean(text.substring(start, at));
    String tail = TextCleaner.clean(text.substring(at, end));
    if (POST_TOKEN.matcher(tail).find()) {
      return start;
    }
    boolean sentence = PROSE_END.matcher(before).matches() && Boilerplate.words(before) >= TAIL_MIN_SENTENCE_WORDS
        && linkDensity(text, start, at) < MAX_SENTENCE_LINKS;
    return sentence && Boilerplate.words(tail) <= SHORT_LINE_WORDS ? at : start;
  }

  private boolean inLink(int offset) {
    for (int[] run : linkRuns) {
      if (offset >= run[0] && offset < run[1]) {
        return true;
      }
    }
    return false;
  }

  private Element firstText(int start, int end) {
    for (int i = 0; i < textStarts.size(); i++) {
      int at = textStarts.get(i);
      if (at >= start && at < end) {
        return textParents.get(i);
      }
    }
    return null;
  }

  /** The share of the visible characters of text[start, end) that sit inside links. */
  private double linkDensity(String text, int start, int end) {
    int total = visible(text, start, end);
    if (total == 0) {
      return 0;
    }
    int links = 0;
    for (int[] run : linkRuns) {
      int from = Math.max(run[0], start);
      int to = Math.min(run[1], end);
      if (from < to) {
        links += visible(text, from, to);
      }
    }
    return Math.min(1.0, links / (double) total);
  }

  private static int visible(String text, int start, int end) {
    int count = 0;
    for (int i = start; i < end; i++) {
      if (!Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\u00A0') {
        count++;
      }
    }
    return count;
  }

  private void addParagraph(String text, int start, int end, double density, Element container) {
    String clean = TextCleaner.clean(text.substring(start, end));
    if (clean.isEmpty()) {
      return;
    }
    Element first = firstText(start, end);
    // The bold run that opens the paragraph, merged with runs that follow it with only spaces between.
    int leadEnd = -1;
    String leadLink = null;
    for (int i = 0; i < boldRuns.size(); i++) {
      int[] run = boldRuns.get(i);
      int from = Math.max(run[0], start);
      int to = Math.min(run[1], end);
      if (to <= from) {
        continue;
      }
      int gapFrom = leadEnd < 0 ? start : leadEnd;
      // Before the first run only a glyph may stand ("🍎 **Title**"); between runs only spaces.
      String gap = from < gapFrom ? null : text.substring(gapFrom, from);
      if (gap == null || !(leadEnd < 0 ? GLYPHS.matcher(gap).matches() : TextCleaner.clean(gap).isEmpty())) {
        break;
      }
      leadEnd = to;
      leadLink = leadLink != null ? leadLink : boldLinks.get(i);
    }
    if (leadEnd < 0) {
      blocks.add(new Block(clean, 0, density, container, false, null, null, first));
      return;
    }
    // Punctuation right after the bold run belongs to the lead ("**Title**: text").
    Matcher punctuation = LEAD_PUNCTUATION.matcher(text).region(leadEnd, end);
    if (punctuation.lookingAt()) {
      leadEnd = punctuation.end();
    }
    String lead = TextCleaner.clean(text.substring(start, leadEnd));
    String rest = TextCleaner.clean(text.substring(leadEnd, end));
    if (rest.isEmpty()) {
      blocks.add(new Block(clean, 0, density, container, true, null, leadLink, first));
    } else if (!lead.isEmpty() && text.substring(leadEnd, end).stripLeading().isEmpty() == false
        && text.substring(leadEnd, end).replaceAll("^[ \\t\\u00A0]*", "").startsWith("\n")) {
      // A bold line ended by a line break is a headline over its paragraph.
      blocks.add(new Block(lead, 0, density, container, true, null, leadLink, first));
      blocks.add(new Block(rest, 0, density, container, false, null, null, first));
    } else if (!lead.isEmpty() && clean.startsWith(lead) && clean.length() > lead.length()
        && Character.isWhitespace(clean.charAt(lead.length()))) {
      blocks.add(new Block(clean, 0, density, container, false, lead, leadLink, first));
    } else {
      blocks.add(new Block(clean, 0, density, container, false, null, null, first));
    }
  }

  /** More words than a headline has, ending as a sentence ends. */
  private static boolean isProse(Element heading) {
    String text = TextCleaner.clean(heading.text());
    return Boilerplate.words(text) > MAX_HEADLINE_WORDS && PROSE_END.matcher(text).matches();
  }

  static boolean isBold(Element element) {
    String tag = element.normalName();
    if (tag.equals("b") || tag.equals("strong")) {
      return true;
    }
    return element.hasAttr("style") && BOLD_STYLE.matcher(element.attr("style")).find();
  }

  /** The http(s) link that the element is, is inside, or holds first; null when there is none. */
  static String link(Element element) {
    if (element == null) {
      return null;
    }
    Element anchor = element.closest("a[href]");
    if (anchor == null) {
      anchor = element.selectFirst("a[href]");
    }
    if (anchor == null) {
      return null;
    }
    String url = anchor.absUrl("href");
    if (url.isEmpty()) {
      url = anchor.attr("href").strip();
    }
    String lower = url.toLowerCase(Locale.ROOT);
    return (lower.startsWith("http://") || lower.startsWith("https://")) && !url.matches(".*\\s.*") ? url : null;
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
