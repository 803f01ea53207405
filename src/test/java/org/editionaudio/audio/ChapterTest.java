package org.editionaudio.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChapterTest {
  private static Chapter chapter(String title) {
    return new Chapter(title, 0, 0, 48_000, 48_000);
  }

  @Test
  void aTitleThatFitsIsKept() {
    String sixty = "x".repeat(60);
    assertEquals(sixty, chapter(sixty).shortTitle());
    assertFalse(chapter(sixty).isShortened());
  }

  @Test
  void aLongTitleIsCutAtAWordWithAnEllipsis() {
    Chapter chapter = chapter(
        "City council approves the harbor flood wall after a decade of debate, with three public gates");
    assertEquals("City council approves the harbor flood wall after a decade…", chapter.shortTitle());
    assertTrue(chapter.isShortened());
    assertTrue(chapter.shortTitle().codePointCount(0, chapter.shortTitle().length()) <= Chapter.SHORT_TITLE_LENGTH);
  }

  @Test
  void punctuationBeforeTheCutIsDropped() {
    assertEquals("Stocks rise, bonds fall…", Chapter.shorten("Stocks rise, bonds fall, and the dollar holds", 26));
    assertEquals("Storm — schools close…", Chapter.shorten("Storm — schools close — buses stop", 24));
  }

  @Test
  void aSingleLongWordIsCutInsideIt() {
    assertEquals("Donaudampfschifffahrt…", Chapter.shorten("Donaudampfschifffahrtsgesellschaftskapitän", 22));
  }

  @Test
  void countsCharactersNotUtf16Units() {
    String emoji = "\uD83D\uDCF0".repeat(30) + " news";
    String shortened = Chapter.shorten(emoji, 31);
    assertEquals("\uD83D\uDCF0".repeat(30) + "…", shortened);
    assertEquals(31, shortened.codePointCount(0, shortened.length()));
  }

  @Test
  void aBlankLinkIsNone() {
    assertEquals(null, chapter("A").withUrl("  ").url());
    assertEquals("https://example.org/x", chapter("A").withUrl(" https://example.org/x ").url());
  }
}
