package org.editionaudio.edition;

/**
 * A unit of page text in reading order: a heading or a paragraph.
 *
 * @param text the visible text, whitespace cleaned
 * @param headingLevel 1–6 for h1–h6, 0 for a paragraph
 * @param linkDensity share of the text that sits inside links, 0–1
 */
record Block(String text, int headingLevel, double linkDensity) {
  boolean isHeading() {
    return headingLevel > 0;
  }
}
