package org.editionaudio.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.editionaudio.speech.Line;
import org.editionaudio.speech.SpokenChapter;
import org.junit.jupiter.api.Test;

class TimelineTest {
  private static SpokenChapter chapter(String title, int index, short... samples) {
    return new SpokenChapter(title, index, 48_000, List.of(
        new SpokenChapter.Silence(480),
        new SpokenChapter.Speech(new Line(Line.Kind.PARAGRAPH, "x"), samples)));
  }

  @Test
  void chaptersTileTheProgramToTheSample() throws Exception {
    Path pcm;
    try (Timeline timeline = Timeline.create(48_000)) {
      timeline.add(chapter("A", -1, (short) 1, (short) -2));
      timeline.add(chapter("B", 0, (short) 3));
      Program program = timeline.finish();
      pcm = program.pcm();
      assertEquals(963, program.samples());
      assertEquals(List.of(new Chapter("A", -1, 0, 482, 48_000), new Chapter("B", 0, 482, 963, 48_000)),
          program.chapters());
      assertEquals(10, program.chapters().get(0).endMs());
      assertEquals(20, program.durationMs());
      byte[] bytes = Files.readAllBytes(pcm);
      assertEquals(2 * 963, bytes.length);
      assertEquals(1, bytes[960]);
      assertEquals((byte) 0xFE, bytes[962]);
      assertEquals((byte) 0xFF, bytes[963]);
    }
    assertFalse(Files.exists(pcm), "the temporary samples are deleted");
  }

  @Test
  void rejectsAnotherSampleRate() throws Exception {
    try (Timeline timeline = Timeline.create(48_000)) {
      SpokenChapter other = new SpokenChapter("C", 0, 16_000, List.of(new SpokenChapter.Silence(10)));
      assertThrows(IllegalArgumentException.class, () -> timeline.add(other));
    }
  }

  @Test
  void aProgramMustBeCoveredByItsChapters() {
    assertThrows(IllegalArgumentException.class, () -> new Program(Path.of("x"), 48_000, 100,
        List.of(new Chapter("A", 0, 0, 50, 48_000), new Chapter("B", 1, 60, 100, 48_000))));
    assertThrows(IllegalArgumentException.class, () -> new Program(Path.of("x"), 48_000, 100,
        List.of(new Chapter("A", 0, 0, 50, 48_000))));
  }
}
