package org.editionaudio.edition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The alternative texts of a page's pictures, kept before the pictures are removed: a paragraph
 * that repeats its picture's alternative text is that picture's caption, not story text.
 */
final class ImageCaptions {
  static final String RULE = "caption (repeats its picture's alt text)";
  private static final int MIN_WORDS = 4;

  private final List<String> alts;

  private ImageCaptions(List<String> alts) {
    this.alts = alts;
  }

  /** The alternative texts of {@code page}'s pictures that are long enough to be a caption's. */
  static ImageCaptions of(Document page) {
    List<String> alts = new ArrayList<>();
    for (Element image : page.select("img[alt]")) {
      String alt = normal(image.attr("alt"));
      if (Boilerplate.words(alt) >= MIN_WORDS) {
        alts.add(alt);
      }
    }
    return new ImageCaptions(List.copyOf(alts));
  }

  /** True when the text opens with a picture's alternative text, or is the opening of one. */
  boolean isCaption(String text) {
    String clean = normal(text);
    if (Boilerplate.words(clean) < MIN_WORDS) {
      return false;
    }
    for (String alt : alts) {
      if (clean.startsWith(alt) || alt.startsWith(clean)) {
        return true;
      }
    }
    return false;
  }

  private static String normal(String text) {
    return TextCleaner.clean(text).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
