package org.editionaudio.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.editionaudio.speech.Clip;
import org.editionaudio.speech.ScriptLine;
import org.editionaudio.speech.ScriptChapter;
import org.editionaudio.speech.Utterance;
import org.junit.jupiter.api.Test;

class TimelineTest {
  private static final int RATE = 48_000;

  private static ScriptChapter chapter(String title, int index) {
    return new ScriptChapter(title, index, List.of(new ScriptLine(ScriptLine.Kind.PARAGRAPH, "x")));
  }

  private static Utterance sentence(String text, int section) {
    return new Utterance(ScriptLine.Kind.PARAGRAPH, text, section, 0, 0);
  }

  @Test
  void chaptersAndSentencesArePlacedToTheSample() throws Exception {
    Path pcm;
    try (Timeline timeline = Timeline.create(RATE)) {
      timeline.chapter(chapter("A", -1));
      timeline.speech(sentence("One.", -1), new Clip(new short[] {0, 1, -2, 0}, 1, 3));
      timeline.silence(480);
      timeline.chapter(chapter("B", 0));
      timeline.silence(100);
      timeline.speech(sentence("Two.", 0), new Clip(new short[] {3}, 0, 1));
      Program program = timeline.finish();
      pcm = program.pcm();
      assertEquals(585, program.samples());
      assertEquals(List.of(new Chapter("A", -1, 0, 484, RATE), new Chapter("B", 0, 484, 585, RATE)),
          program.chapters());
      assertEquals(List.of(1L, 584L), program.cues().stream().map(Cue::startSample).toList());
      assertEquals(List.of(3L, 585L), program.cues().stream().map(Cue::endSample).toList());
      assertEquals(10, program.chapters().get(0).endMs());
      assertEquals(12, program.durationMs());
      byte[] bytes = Files.readAllBytes(pcm);
      assertEquals(2 * 585, bytes.length);
      assertEquals(1, bytes[2]);
      assertEquals((byte) 0xFE, bytes[4]);
      assertEquals((byte) 0xFF, bytes[5]);
      assertEquals(3, bytes[2 * 584]);
    }
    assertFalse(Files.exists(pcm), "the temporary samples are deleted");
  }

  @Test
  void producedAudioGoesInsideTheChaptersAndBeforeEachStart() throws Exception {
    short[] intro = new short[1000];
    short[] sting = new short[500];
    short[] outro = new short[2000];
    try (Timeline timeline = Timeline.create(RATE, new ProducedAudio(intro, sting, outro))) {
      timeline.chapter(chapter("A", -1));
      timeline.speech(sentence("One.", -1), new Clip(new short[10], 0, 10));
      timeline.chapter(chapter("B", 0));
      timeline.speech(sentence("Two.", 0), new Clip(new short[10], 0, 10));
      Program program = timeline.finish();
      int gap = RATE * 400 / 1000;
      assertEquals(1000 + gap, program.cues().get(0).startSample(), "speech after the intro and its pause");
      long bStart = 1000 + gap + 10 + 500 + gap;
      assertEquals(bStart, program.chapters().get(1).startSample(), "the sting belongs to the chapter before");
      assertEquals(bStart + 10 + 2000 + gap, program.samples(), "the outro ends the last chapter");
      assertEquals(program.samples(), program.chapters().get(1).endSample());
    }
  }

  @Test
  void nothingBeforeTheFirstChapter() throws Exception {
    try (Timeline timeline = Timeline.create(RATE)) {
      assertThrows(IllegalStateException.class, () -> timeline.silence(10));
    }
  }

  @Test
  void aProgramMustBeCoveredByItsChapters() {
    assertThrows(IllegalArgumentException.class, () -> new Program(Path.of("x"), RATE, 100,
        List.of(new Chapter("A", 0, 0, 50, RATE), new Chapter("B", 1, 60, 100, RATE)), List.of()));
    assertThrows(IllegalArgumentException.class, () -> new Program(Path.of("x"), RATE, 100,
        List.of(new Chapter("A", 0, 0, 50, RATE)), List.of()));
  }
}
