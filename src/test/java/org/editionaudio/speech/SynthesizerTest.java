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

  /** Says every line as 100 loud samples between 50 silent ones on each side; fails on "Fail". */
  static final class ToneEngine implements SpeechEngine {
    final List<String> said = new ArrayList<>();

    @Override
    public short[] speak(Document maryXml) throws SynthesisException {
      String text = maryXml.getDocumentElement().getTextContent();
      if (text.contains("Fail")) {
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
            .speak(script("Fail here.", "x"), Synthesizer.Progress.NONE, c -> {}));
    assertEquals("Story", e.chapter());
    assertTrue(e.getMessage().contains("engine broke"), e.getMessage());
  }

  @Test
  void trimKeepsAMarginAndSilenceBecomesEmpty() {
    short[] samples = new short[1000];
    samples[500] = 5000;
    assertEquals(1 + 2 * 40, Synthesizer.trim(samples, 1000).length);
    assertArrayEquals(new short[0], Synthesizer.trim(new short[300], 1000));
  }
}
