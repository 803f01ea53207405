package org.editionaudio.speech;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SynthesizerTest {
  private static final VoiceProfile VOICE = new VoiceProfile("t", "t", "v", "100%", "90%", "+0%");
  private static final int RATE = 1000;

  /** Says every line as 100 loud samples between 50 silent ones on each side; fails on "Fail". */
  static StandInEngine toneEngine() {
    return new StandInEngine(RATE, "Fail", text -> {
      short[] samples = new short[200];
      Arrays.fill(samples, 50, 150, (short) 8000);
      return samples;
    });
  }

  private static Script script(String... paragraphs) {
    return new Script(List.of(
        new ScriptChapter("Intro", -1, List.of(new ScriptLine(ScriptLine.Kind.INTRO, "Hello."))),
        new ScriptChapter("Story", 0, List.of(new ScriptLine(ScriptLine.Kind.HEADLINE, "Head"),
            new ScriptLine(ScriptLine.Kind.PARAGRAPH, paragraphs[0]), new ScriptLine(ScriptLine.Kind.PARAGRAPH, paragraphs[1])))),
        new Pauses(700, 350, 500, 1200, 300));
  }

  @Test
  void pacesSentencesAndSplitsTheStoryPauseAroundTheChapterStart() throws Exception {
    RecordingSink sink = new RecordingSink();
    new Synthesizer(toneEngine(), VOICE, new Normalizer())
        .speak(script("One – two. Three.", "Four."), Synthesizer.Progress.NONE, sink);
    // At 1 kHz a pause of N ms is N samples.
    assertEquals(List.of(
        "chapter:Intro", "speech:Hello.", "silence:900",
        "chapter:Story", "silence:300", "speech:Head", "silence:700",
        "speech:One – two.", "silence:350", "speech:Three.", "silence:500",
        "speech:Four.", "silence:500"), sink.events);
  }

  @Test
  void clipsAreTrimmedToTheirVoiceWithAMargin() throws Exception {
    RecordingSink sink = new RecordingSink();
    new Synthesizer(toneEngine(), VOICE, new Normalizer())
        .speak(script("One.", "Two."), Synthesizer.Progress.NONE, sink);
    // Clips are trimmed to 40 ms of margin: 40 + 100 + 40 samples at 1 kHz.
    assertEquals(180, sink.audio.get(0).length);
    Clip clip = EdgeTrimmer.trim(sink.audio.get(0), RATE);
    assertEquals(40, clip.onset());
    assertEquals(140, clip.release());
  }

  @Test
  void normalizesBeforeSpeaking() throws Exception {
    StandInEngine engine = toneEngine();
    new Synthesizer(engine, VOICE, new Normalizer())
        .speak(script("One – two.", "Three."), Synthesizer.Progress.NONE, new RecordingSink());
    assertEquals("One, two.", engine.said.get(2));
  }

  @Test
  void aFailureNamesTheStory() {
    SynthesisException e = assertThrows(SynthesisException.class, () ->
        new Synthesizer(toneEngine(), VOICE, new Normalizer())
            .speak(script("Fail here.", "x"), Synthesizer.Progress.NONE, new RecordingSink()));
    assertEquals("Story", e.chapter());
    assertTrue(e.getMessage().contains("the engine cannot say this"), e.getMessage());
  }

  /** Says each line as samples derived from its text, slowly and in random order of completion. */
  static StandInEngine textEngine() {
    return new StandInEngine(RATE, "Fail", text -> {
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
    });
  }

  private static Script longScript(int chapters, String failing) {
    List<ScriptChapter> list = new ArrayList<>();
    for (int c = 0; c < chapters; c++) {
      List<ScriptLine> lines = new ArrayList<>(List.of(new ScriptLine(ScriptLine.Kind.HEADLINE, "Headline " + c)));
      for (int p = 0; p < 1 + c % 5; p++) {
        lines.add(new ScriptLine(ScriptLine.Kind.PARAGRAPH, (c * 31 + p == 63 ? failing : "") + "Paragraph " + c + "." + p));
      }
      list.add(new ScriptChapter("Story " + c, c, lines));
    }
    return new Script(list, Pauses.STANDARD);
  }

  @Test
  void severalEnginesGiveTheSameProgramInTheSameOrder() throws Exception {
    Script script = longScript(40, "");
    RecordingSink one = new RecordingSink();
    new Synthesizer(textEngine(), VOICE, new Normalizer()).speak(script, Synthesizer.Progress.NONE, one);
    RecordingSink four = new RecordingSink();
    List<String> progress = new ArrayList<>();
    new Synthesizer(List.of(textEngine(), textEngine(), textEngine(), textEngine()), VOICE,
        new Normalizer()).speak(script, (i, n, t) -> progress.add(t), four);
    assertEquals(one.events, four.events);
    assertEquals(script.chapters().stream().map(ScriptChapter::title).toList(), progress);
    assertEquals(one.audio.size(), four.audio.size());
    for (int i = 0; i < one.audio.size(); i++) {
      assertArrayEquals(one.audio.get(i), four.audio.get(i), "part " + i);
    }
  }

  @Test
  void aFailingWorkerStopsTheOthersAndNamesItsStory() {
    SynthesisException e = assertThrows(SynthesisException.class, () ->
        new Synthesizer(List.of(textEngine(), textEngine()), VOICE, new Normalizer())
            .speak(longScript(40, "Fail "), Synthesizer.Progress.NONE, new RecordingSink()));
    assertEquals("Story 2", e.chapter());
  }

  @Test
  void cachedSentencesStartNoEngineAndSoundTheSame(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    Script script = longScript(6, "");
    java.util.concurrent.atomic.AtomicInteger starts = new java.util.concurrent.atomic.AtomicInteger();
    SpeechEngineFactory counting = StandInEngine.engines(RATE, () -> {
      starts.incrementAndGet();
      return textEngine();
    });
    ClipCache cache = new FileClipCache(dir, 1 << 24, "test");
    RecordingSink first = new RecordingSink();
    Synthesizer.Stats cold = new Synthesizer(new EnginePool(counting, VOICE, 2), VOICE, new Normalizer(), cache)
        .speak(script, Synthesizer.Progress.NONE, first);
    assertEquals(cold.sentences(), cold.synthesized());
    assertEquals(2, starts.get());

    RecordingSink second = new RecordingSink();
    Synthesizer.Stats warm = new Synthesizer(new EnginePool(counting, VOICE, 2), VOICE, new Normalizer(), cache)
        .speak(script, Synthesizer.Progress.NONE, second);
    assertEquals(0, warm.synthesized());
    assertEquals(warm.sentences(), warm.cached());
    assertEquals(2, starts.get(), "no engine started when everything is cached");
    assertEquals(first.events, second.events);
    for (int i = 0; i < first.audio.size(); i++) {
      assertArrayEquals(first.audio.get(i), second.audio.get(i));
    }

    List<ScriptChapter> edited = new ArrayList<>(script.chapters());
    edited.set(3, new ScriptChapter("Story 3", 3, List.of(new ScriptLine(ScriptLine.Kind.HEADLINE, "Headline 3"),
        new ScriptLine(ScriptLine.Kind.PARAGRAPH, "An edited paragraph."))));
    Synthesizer.Stats one = new Synthesizer(new EnginePool(counting, VOICE, 1), VOICE, new Normalizer(), cache)
        .speak(new Script(edited, script.pauses()), Synthesizer.Progress.NONE, new RecordingSink());
    assertEquals(1, one.synthesized(), "only the edited sentence is spoken again");

    VoiceProfile slower = new VoiceProfile("t", "t", "v", "90%", "90%", "+0%");
    Synthesizer.Stats prosody = new Synthesizer(new EnginePool(counting, slower, 1), slower, new Normalizer(), cache)
        .speak(script, Synthesizer.Progress.NONE, new RecordingSink());
    assertTrue(prosody.synthesized() > 0, "another speaking rate is another key");
  }

  @Test
  void trimKeepsAMarginAndSilenceBecomesEmpty() {
    short[] samples = new short[1000];
    samples[500] = 5000;
    assertEquals(1 + 2 * 40, EdgeTrimmer.trim(samples, 1000).samples().length);
    assertArrayEquals(new short[0], EdgeTrimmer.trim(new short[300], 1000).samples());
  }

  @Test
  void aParagraphWithoutPunctuationReachesTheEngineInBoundedPieces() throws Exception {
    // 200,000 characters in one MaryTTS document overflowed its DOM walker's stack (exit 4).
    StringBuilder text = new StringBuilder();
    while (text.length() < 200_000) {
      text.append("residents of the district would meet again ");
    }
    StandInEngine engine = toneEngine();
    RecordingSink sink = new RecordingSink();
    new Synthesizer(engine, VOICE, new Normalizer())
        .speak(script(text.toString().strip(), "Four."), Synthesizer.Progress.NONE, sink);
    assertTrue(engine.said.size() > 200, "documents: " + engine.said.size());
    for (String said : engine.said) {
      assertTrue(said.length() <= Sentences.MAX_CHARS, "a document of " + said.length() + " characters");
    }
  }
}
