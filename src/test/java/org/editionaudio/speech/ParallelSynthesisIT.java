package org.editionaudio.speech;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.editionaudio.edition.Edition;
import org.editionaudio.edition.EditionReader;
import org.editionaudio.edition.InputDocument;
import org.junit.jupiter.api.Test;

/** Isolated MaryTTS workers in parallel produce exactly the samples of one MaryTTS alone. */
class ParallelSynthesisIT {

  @Test
  void twoWorkersGiveThePcmOfOne() throws Exception {
    Edition edition = EditionReader.automatic()
        .read(InputDocument.read("fixtures/editions/morning-briefing.html", null));
    VoiceProfile voice = VoiceProfile.load(VoiceProfile.DEFAULT);
    Script script = new ScriptWriter(true, Pauses.STANDARD).write(edition);

    List<short[]> one = speak(script, voice, 1);
    List<short[]> two = speak(script, voice, 2);

    assertEquals(one.size(), two.size());
    long samples = 0;
    for (int i = 0; i < one.size(); i++) {
      assertArrayEquals(one.get(i), two.get(i), "part " + i);
      samples += one.get(i).length;
    }
    assertNotEquals(0, samples);
  }

  private static List<short[]> speak(Script script, VoiceProfile voice, int jobs) throws Exception {
    try (EnginePool engines = new EnginePool(SpeechEngineFactory.maryTts(false), voice, jobs)) {
      RecordingSink sink = new RecordingSink();
      Synthesizer.Stats stats = new Synthesizer(engines, voice, new Normalizer(), ClipCache.NONE)
          .speak(script, Synthesizer.Progress.NONE, sink);
      assertEquals(jobs, engines.startedCount(), "every worker spoke");
      assertEquals(stats.sentences(), stats.synthesized());
      return sink.audio;
    }
  }
}
