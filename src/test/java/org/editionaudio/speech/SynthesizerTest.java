package org.editionaudio.speech;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class SynthesizerTest {
  private static final VoiceProfile VOICE = new VoiceProfile("t", "t", "v", "100%", "90%", "+0%");
  private static final int RATE = 1000;

  /** Says every line as 100 loud samples between 50 silent ones on each side; fails on "FAIL". */
  static final class ToneEngine implements SpeechEngine {
    final List<String> said = new ArrayList<>();

    @Override
    public short[] speak(Document maryXml) throws SynthesisException {
      String text = maryXml.getDocumentElement().getTextContent();
      if (text.contains("FAIL")) {
        throw new SynthesisException(null, "engine broke", null);
      }
      said.add(text);
      short[] samples = new short[200];
      Arrays.fill(samples, 50, 150, (short) 8000);
      return samples;
    }

    @Override
    public Document analyze(Document maryXml, String outputType) {
      return maryXml;
    }

    @Override
    public int sampleRate() {
      return RATE;
    }

    @Override
    public String description() {
      return "tone";
    }

    @Override
    public void close() {}
  }

  private static Script script(String... paragraphs) {
    return new Script(List.of(
        new ScriptChapter("Intro", -1, List.of(new Line(Line.Kind.INTRO, "Hello."))),
        new ScriptChapter("Story", 0, List.of(new Line(Line.Kind.HEADLINE, "Head"),
            new Line(Line.Kind.PARAGRAPH, paragraphs[0]), new Line(Line.Kind.PARAGRAPH, paragraphs[1])))),
        new Pauses(700, 500, 1200, 300));
  }

  @Test
  void pacesLinesAndSplitsTheStoryPauseAroundTheChapterStart() throws Exception {
    List<SpokenChapter> chapters = new ArrayList<>();
    new Synthesizer(new ToneEngine(), VOICE, new Normalizer())
        .speak(script("One – two.", "Three."), Synthesizer.Progress.NONE, chapters::add);
    // Clips are trimmed to 40 ms of margin: 40 + 100 + 40 samples at 1 kHz.
    SpokenChapter intro = chapters.get(0);
    assertEquals(List.of(180, 900), intro.parts().stream().map(SpokenChapter.Part::length).toList());
    SpokenChapter story = chapters.get(1);
    assertEquals(List.of(300, 180, 700, 180, 500, 180, 500),
        story.parts().stream().map(SpokenChapter.Part::length).toList());
    assertInstanceOf(SpokenChapter.Silence.class, story.parts().get(0));
  }

  @Test
  void normalizesBeforeSpeaking() throws Exception {
    ToneEngine engine = new ToneEngine();
    new Synthesizer(engine, VOICE, new Normalizer()).speak(script("One – two.", "Three."), Synthesizer.Progress.NONE, c -> {});
    assertEquals("One, two.", engine.said.get(2));
  }

  @Test
  void aFailureNamesTheStory() {
    SynthesisException e = assertThrows(SynthesisException.class, () ->
        new Synthesizer(new ToneEngine(), VOICE, new Normalizer())
            .speak(script("FAIL here.", "x"), Synthesizer.Progress.NONE, c -> {}));
    assertEquals("Story", e.chapter());
    assertTrue(e.getMessage().contains("engine broke"), e.getMessage());
  }

  /** Says each line as samples derived from its text, slowly and in random order of completion. */
  static final class TextEngine implements SpeechEngine {
    @Override
    public short[] speak(Document maryXml) throws SynthesisException {
      String text = maryXml.getDocumentElement().getTextContent();
      if (text.contains("FAIL")) {
        throw new SynthesisException(null, "engine broke", null);
      }
      try {
        Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextInt(3));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      short[] samples = new short[60 + text.length()];
      for (int i = 0; i < text.length(); i++) {
        samples[50 + i] = (short) (1000 + text.charAt(i));
      }
      return samples;
    }

    @Override
    public Document analyze(Document maryXml, String outputType) {
      return maryXml;
    }

    @Override
    public int sampleRate() {
      return RATE;
    }

    @Override
    public String description() {
      return "text";
    }

    @Override
    public void close() {}
  }

  private static Script longScript(int chapters, String failing) {
    List<ScriptChapter> list = new ArrayList<>();
    for (int c = 0; c < chapters; c++) {
      List<Line> lines = new ArrayList<>(List.of(new Line(Line.Kind.HEADLINE, "Headline " + c)));
      for (int p = 0; p < 1 + c % 5; p++) {
        lines.add(new Line(Line.Kind.PARAGRAPH, (c * 31 + p == 63 ? failing : "") + "Paragraph " + c + "." + p));
      }
      list.add(new ScriptChapter("Story " + c, c, lines));
    }
    return new Script(list, Pauses.STANDARD);
  }

  private static List<short[]> samples(List<SpokenChapter> chapters) {
    List<short[]> all = new ArrayList<>();
    for (SpokenChapter chapter : chapters) {
      for (SpokenChapter.Part part : chapter.parts()) {
        all.add(part instanceof SpokenChapter.Speech speech ? speech.samples() : new short[part.length()]);
      }
    }
    return all;
  }

  @Test
  void severalEnginesGiveTheSameChaptersInTheSameOrder() throws Exception {
    Script script = longScript(40, "");
    List<SpokenChapter> one = new ArrayList<>();
    new Synthesizer(new TextEngine(), VOICE, new Normalizer()).speak(script, Synthesizer.Progress.NONE, one::add);
    List<SpokenChapter> four = new ArrayList<>();
    List<String> progress = new ArrayList<>();
    new Synthesizer(List.of(new TextEngine(), new TextEngine(), new TextEngine(), new TextEngine()), VOICE,
        new Normalizer()).speak(script, (i, n, t) -> progress.add(t), four::add);
    assertEquals(one.stream().map(SpokenChapter::title).toList(), four.stream().map(SpokenChapter::title).toList());
    assertEquals(one.stream().map(SpokenChapter::title).toList(), progress);
    List<short[]> a = samples(one);
    List<short[]> b = samples(four);
    assertEquals(a.size(), b.size());
    for (int i = 0; i < a.size(); i++) {
      assertArrayEquals(a.get(i), b.get(i), "part " + i);
    }
  }

  @Test
  void aFailingWorkerStopsTheOthersAndNamesItsStory() {
    SynthesisException e = assertThrows(SynthesisException.class, () ->
        new Synthesizer(List.of(new TextEngine(), new TextEngine()), VOICE, new Normalizer())
            .speak(longScript(40, "FAIL "), Synthesizer.Progress.NONE, c -> {}));
    assertEquals("Story 2", e.chapter());
  }

  @Test
  void trimKeepsAMarginAndSilenceBecomesEmpty() {
    short[] samples = new short[1000];
    samples[500] = 5000;
    assertEquals(1 + 2 * 40, Synthesizer.trim(samples, 1000).length);
    assertArrayEquals(new short[0], Synthesizer.trim(new short[300], 1000));
  }
}
