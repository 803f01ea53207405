package org.editionaudio.edition;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an input's bytes are, whatever its name says: an HTML page (also one saved as .txt), a JSON
 * document, text, or something that is no edition (XML other than XHTML, a Markdown document or
 * source code), refused with a reason.
 */
final class InputKind {
  /** The kinds of input. */
  enum Kind { HTML, JSON, TEXT, NOT_AN_EDITION }

  private static final int HEAD = 4096;
  private static final Pattern HTML_DOCUMENT = Pattern.compile("<!doctype\\s+html|<html[\\s>]|<head[\\s>]|<body[\\s>]");
  private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~)");
  private static final Pattern TABLE_RULE = Pattern.compile("^\\s*\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)+\\|?\\s*$");
  private static final Pattern CODE_LINE = Pattern.compile(
      "[;{}]\\s*$|^\\s*(import|package|#include|def|class|function|public|private|var|const|let)\\s");
  private static final Pattern FIRST_TAG = Pattern.compile("<([a-z][a-z0-9]*)[\\s/>]");
  // A document that starts with one of these (or a comment or doctype) is an HTML fragment; another
  // first element (<project>, <rss>, <svg>) is XML.
  private static final Set<String> HTML_ELEMENTS = Set.of("html", "head", "body", "meta", "title", "link", "style",
      "script", "base", "main", "article", "section", "div", "header", "footer", "nav", "aside", "p", "h1", "h2", "h3",
      "h4", "h5", "h6", "table", "tbody", "tr", "td", "th", "ul", "ol", "li", "dl", "dt", "dd", "span", "a", "b",
      "strong", "em", "i", "u", "br", "hr", "img", "figure", "blockquote", "pre", "form", "center", "font", "noscript");
  private static final Pattern MARKUP_LINE = Pattern.compile("^\\s*</?[A-Za-z!?][^>]*>");

  private final Kind kind;
  private final String why;

  private InputKind(Kind kind, String why) {
    this.kind = kind;
    this.why = why;
  }

  Kind kind() {
    return kind;
  }

  /** Why it is not an edition, or null. */
  String why() {
    return why;
  }

  /** Sniffs markup and JSON from the first bytes. */
  static InputKind sniff(byte[] bytes) {
    String head = head(bytes);
    if (head.startsWith("{")) {
      return new InputKind(Kind.JSON, null);
    }
    if (isHtmlDocument(head)) {
      return new InputKind(Kind.HTML, null);
    }
    if (head.startsWith("<?xml")) {
      return xml();
    }
    if (head.startsWith("<")) {
      return startsWithHtmlElement(head) ? new InputKind(Kind.HTML, null) : xml();
    }
    if (head.contains("<p>")) {
      return new InputKind(Kind.HTML, null);
    }
    return text(bytes);
  }

  /**
   * For a file named as text (.txt, .md): an HTML page or fragment saved as text (it starts with an
   * HTML element) is HTML; the rest must look like an edition.
   */
  static InputKind namedText(byte[] bytes) {
    String head = head(bytes);
    if (isHtmlDocument(head) || startsWithHtmlElement(head)) {
      return new InputKind(Kind.HTML, null);
    }
    if (head.startsWith("<?xml")) {
      return xml();
    }
    return text(bytes);
  }

  /** For a file named .xml: XHTML is HTML, other XML is no edition. */
  static InputKind namedXml(byte[] bytes) {
    return isHtmlDocument(head(bytes)) ? new InputKind(Kind.HTML, null) : xml();
  }

  private static InputKind xml() {
    return new InputKind(Kind.NOT_AN_EDITION, "this is an XML file, not an edition");
  }

  /**
   * Text is an edition when it reads as prose: a title, paragraphs and "## Headline" lines. A
   * Markdown document (fenced code, tables) or source code (most lines ending in ; { or }) is not.
   */
  private static InputKind text(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    int lines = 0;
    int fences = 0;
    int tables = 0;
    int code = 0;
    int markup = 0;
    for (String line : text.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      lines++;
      fences += FENCE.matcher(line).find() ? 1 : 0;
      tables += TABLE_RULE.matcher(line).matches() ? 1 : 0;
      code += CODE_LINE.matcher(line).find() ? 1 : 0;
      markup += MARKUP_LINE.matcher(line).find() ? 1 : 0;
    }
    if (fences >= 2 || tables >= 1) {
      return new InputKind(Kind.NOT_AN_EDITION,
          "this looks like a Markdown document (" + (fences >= 2 ? "code blocks" : "tables") + "), not an edition");
    }
    if (lines >= 5 && code * 10 > lines * 3) {
      return new InputKind(Kind.NOT_AN_EDITION, "this looks like source code, not an edition");
    }
    if (lines >= 3 && markup * 2 > lines) {
      return new InputKind(Kind.NOT_AN_EDITION, "this looks like markup, not an edition");
    }
    return new InputKind(Kind.TEXT, null);
  }

  private static boolean startsWithHtmlElement(String head) {
    if (head.startsWith("<!--")) {
      return true;
    }
    Matcher tag = FIRST_TAG.matcher(head);
    return tag.lookingAt() && HTML_ELEMENTS.contains(tag.group(1));
  }

  private static boolean isHtmlDocument(String head) {
    return HTML_DOCUMENT.matcher(head).find();
  }

  private static String head(byte[] bytes) {
    return new String(bytes, 0, Math.min(bytes.length, HEAD), StandardCharsets.UTF_8)
        .replace("\uFEFF", "").stripLeading().toLowerCase(Locale.ROOT);
  }
}
