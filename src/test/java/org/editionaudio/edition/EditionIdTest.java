package org.editionaudio.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EditionIdTest {
  @Test
  void dateAndSlug() {
    assertEquals("2024-09-18-bringing-the-fight-home",
        EditionId.of(LocalDate.of(2024, 9, 18), "Bringing the Fight Home", "x.html"));
    assertEquals("cafe-deja-vu-lodz", EditionId.of(null, "Café déjà vu — Łódź", "x"));
  }

  @Test
  void neverLeavesTheOutputFolder() {
    for (String title : new String[] {"../../etc/passwd", "/root", "..", "C:\\Windows", "a/../../b"}) {
      String id = EditionId.of(null, title, "fallback");
      assertTrue(EditionId.isValid(id), id);
      assertFalse(id.contains("/") || id.contains("\\") || id.contains(".."), id);
    }
    assertFalse(EditionId.isValid("../x"));
    assertFalse(EditionId.isValid("-x"));
    assertFalse(EditionId.isValid(""));
  }

  @Test
  void emptySlugFallsBack() {
    assertEquals("morning-page", EditionId.of(null, "!!!", "morning page.html"));
    assertEquals("edition", EditionId.of(null, "", "???"));
  }

  @Test
  void longTitlesAreCutAtAWord() {
    String id = EditionId.of(null, "word ".repeat(40), "x");
    assertTrue(id.length() <= 80, id);
    assertTrue(id.endsWith("word"), id);
  }
}
