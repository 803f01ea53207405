package org.editionaudio.edition;

/**
 * A unit of page text in reading order: a heading or a paragraph.
 *
 * @param text the visible text, whitespace cleaned
 * @param headingLevel 1–6 for h1–h6, 0 for a paragraph
 * @param linkDensity share of the text that sits inside links, 0–1
 * @param container the innermost block element the text was read from
 * @param bold true when all of the text is bold (a newsletter's headline cell, a bold subhead)
 * @param leadIn the bold words that open a paragraph and are followed by more text, or null
 * @param url the http(s) link of a heading or bold lead, or null
 * @param textElement the element holding the block's first words (for its font size), or null
 */
record Block(
    String text, int headingLevel, double linkDensity, org.jsoup.nodes.Element container, boolean bold,
    String leadIn, String url, org.jsoup.nodes.Element textElement) {

  Block(String text, int headingLevel, double linkDensity, org.jsoup.nodes.Element container, boolean bold,
      String leadIn, String url) {
    this(text, headingLevel, linkDensity, container, bold, leadIn, url, null);
  }

  boolean isHeading() {
    return headingLevel > 0;
  }

  /** The paragraph without its bold lead-in. */
  String afterLeadIn() {
    return leadIn == null ? text : TextCleaner.clean(text.substring(Math.min(text.length(), leadIn.length())));
  }
}
