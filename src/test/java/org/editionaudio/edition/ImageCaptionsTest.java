package org.editionaudio.edition;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** A paragraph that repeats a picture's alternative text is its caption; other text is not. */
class ImageCaptionsTest {
  private final ImageCaptions captions = ImageCaptions.of(Jsoup.parse(
      "<p><img src='a.jpg' alt='Children in costumes at the harvest fair'><img src='b.jpg' alt='logo'></p>"));

  @Test
  void aParagraphOpeningWithTheAltTextIsACaption() {
    assertTrue(captions.isCaption("Children in costumes at the harvest fair on Saturday."));
  }

  @Test
  void storyTextAndShortAltTextsAreNotCaptions() {
    assertFalse(captions.isCaption("The harvest fair drew more visitors than last year, organisers said."));
    assertFalse(captions.isCaption("logo"));
  }
}
