package org.editionaudio.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Starts speech engines; the start is deferred until there is something to say. */
@FunctionalInterface
public interface SpeechEngines {
  /** Starts {@code count} independent engines for the voice profile, which may be used at the same time. */
  List<SpeechEngine> start(VoiceProfile voice, int count) throws SynthesisException;

  /**
   * Embedded MaryTTS: the first engine in this class loader, every further one isolated in a class
   * loader of its own; they start in parallel. {@code verbose} lets MaryTTS's INFO log through.
   */
  static SpeechEngines maryTts(boolean verbose) {
    return (voice, count) -> {
      if (count < 1) {
        throw new IllegalArgumentException("need at least one engine");
      }
      ExecutorService starters = Executors.newFixedThreadPool(count);
      List<Future<SpeechEngine>> starting = new ArrayList<>();
      try {
        starting.add(starters.submit(() -> new MaryTtsEngine(voice.maryVoice(), verbose)));
        for (int i = 1; i < count; i++) {
          String name = "marytts-worker-" + i;
          starting.add(starters.submit(() -> IsolatedMaryTtsEngine.start(name, voice.maryVoice(), verbose)));
        }
        List<SpeechEngine> engines = new ArrayList<>();
        SynthesisException failure = null;
        for (Future<SpeechEngine> engine : starting) {
          try {
            engines.add(engine.get());
          } catch (ExecutionException e) {
            failure = e.getCause() instanceof SynthesisException s ? s
                : new SynthesisException(null, "MaryTTS did not start: " + e.getCause(), e.getCause());
          }
        }
        if (failure != null) {
          engines.forEach(SpeechEngine::close);
          throw failure;
        }
        return engines;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SynthesisException(null, "interrupted while starting MaryTTS", e);
      } finally {
        starters.shutdown();
      }
    };
  }
}
