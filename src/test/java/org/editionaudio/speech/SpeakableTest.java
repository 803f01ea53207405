package org.editionaudio.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.editionaudio.edition.Edition;
import org.editionaudio.edition.EditionException;
import org.editionaudio.edition.Section;
import org.junit.jupiter.api.Test;

class SpeakableTest {
  private static final String ENGLISH = "The council met on Tuesday and voted to repair the old bridge over the river.";
  private static final String RUSSIAN = "\u0413\u043e\u0440\u043e\u0434\u0441\u043a\u043e\u0439 \u0441\u043e\u0432\u0435\u0442 "
      + "\u0441\u043e\u0431\u0440\u0430\u043b\u0441\u044f \u0432\u043e \u0432\u0442\u043e\u0440\u043d\u0438\u043a \u0438 "
      + "\u043f\u0440\u043e\u0433\u043e\u043b\u043e\u0441\u043e\u0432\u0430\u043b.";

  private static Edition edition(Section... sections) {
    return new Edition("an-edition", "An edition", null, null, "e.json", List.of(sections));
  }

  @Test
  void aStoryMostlyInAnotherScriptIsNamedInAWarning() throws Exception {
    Edition edition = edition(new Section("Bridge", List.of(ENGLISH, ENGLISH)), new Section("Council news", List.of(RUSSIAN)),
        new Section("Weather", List.of(ENGLISH, ENGLISH)));
    Speakable.require(edition);
    List<String> warnings = Speakable.warnings(edition);
    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).startsWith("story \"Council news\": "), warnings.get(0));
    assertTrue(warnings.get(0).contains("Cyrillic"), warnings.get(0));
  }

  @Test
  void aNameInAnotherScriptInsideAnEnglishStoryIsNoWarning() throws Exception {
    Edition edition = edition(new Section("Visit", List.of(
        ENGLISH + " The mayor of \u041a\u0438\u0435\u0432 (Kyiv) and the \u5e02\u957f of the twin city attended.")));
    Speakable.require(edition);
    assertEquals(List.of(), Speakable.warnings(edition));
  }

  @Test
  void anEditionMostlyInAnotherScriptIsRefused() {
    Edition edition = edition(new Section("Bridge", List.of(ENGLISH)), new Section("\u0421\u043e\u0432\u0435\u0442",
        List.of(RUSSIAN, RUSSIAN, RUSSIAN)));
    EditionException e = assertThrows(EditionException.class, () -> Speakable.require(edition));
    assertTrue(e.getMessage().startsWith("e.json: nothing to read aloud in English ("), e.getMessage());
    assertTrue(e.getMessage().contains("Cyrillic"), e.getMessage());
  }

  @Test
  void anEditionOfOnlySymbolsIsNothingToRead() {
    Edition edition = edition(new Section("Stars", List.of("\u2605 \u2665 \u2192 \ud83d\ude00 ***", "\u00a7 \u00b6 !!!")));
    EditionException e = assertThrows(EditionException.class, () -> Speakable.require(edition));
    assertTrue(e.getMessage().startsWith("e.json: nothing to read aloud"), e.getMessage());
  }
}
