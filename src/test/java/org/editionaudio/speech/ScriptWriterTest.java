package org.editionaudio.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.editionaudio.edition.Edition;
import org.editionaudio.edition.Section;
import org.junit.jupiter.api.Test;

class ScriptWriterTest {
  private static Edition edition(String publication, LocalDate date) {
    return new Edition("e", "Title", date, publication, "x",
        List.of(new Section("First", List.of("One.", "Two.")), new Section("Second", List.of("Three."))));
  }

  @Test
  void introThenOneChapterPerStory() {
    Script script = new ScriptWriter(true, Pauses.STANDARD).write(edition("GlobalPost", LocalDate.of(2024, 9, 18)));
    assertEquals(List.of("Introduction", "First", "Second"), script.chapters().stream().map(ScriptChapter::title).toList());
    assertEquals("GlobalPost. Today's edition, Wednesday, September 18, 2024.",
        script.chapters().get(0).lines().get(0).text());
    assertEquals(List.of(new ScriptLine(ScriptLine.Kind.HEADLINE, "First"), new ScriptLine(ScriptLine.Kind.PARAGRAPH, "One."),
        new ScriptLine(ScriptLine.Kind.PARAGRAPH, "Two.")), script.chapters().get(1).lines());
    assertEquals(1, script.chapters().get(2).sectionIndex());
  }

  @Test
  void introFromWhateverTheEditionHas() {
    assertEquals("GlobalPost. Today's edition.",
        ScriptWriter.introText(edition("GlobalPost", null)).orElseThrow());
    assertEquals("Today's edition, Friday, January 3, 2025.",
        ScriptWriter.introText(edition(null, LocalDate.of(2025, 1, 3))).orElseThrow());
    assertEquals(2, new ScriptWriter(true, Pauses.STANDARD).write(edition(null, null)).chapters().size());
  }

  @Test
  void noIntroWhenAskedNot() {
    Script script = new ScriptWriter(false, Pauses.STANDARD).write(edition("GlobalPost", LocalDate.of(2024, 9, 18)));
    assertEquals("First", script.chapters().get(0).title());
  }
}
