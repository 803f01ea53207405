package org.editionaudio.speech;

import java.util.HashMap;
import java.util.Map;

/**
 * Starts speech engines, and says what they are before any has started (for cache keys and the
 * program's sample rate), so that an edition whose speech is all cached never starts one.
 */
public interface SpeechEngineFactory {

  /**
   * Starts the engine for worker {@code slot}, or returns one already started. Engines of
   * different slots may be used at the same time, and may be one engine that allows that.
   */
  SpeechEngine start(VoiceProfile voice, int slot) throws SynthesisException;

  /** What every engine for this voice is, e.g. "MaryTTS 5.2.1 cmu-slt-hsmm"; part of every cache key. */
  String description(VoiceProfile voice);

  /** Samples per second of every engine for this voice. */
  int sampleRate(VoiceProfile voice);

  /**
   * Embedded MaryTTS, one for every slot: its modules take turns, its vocoders run side by side
   * (see {@link MaryTtsEngine#speak}), and one copy of its code is compiled once. It starts on the
   * first call and stays for the JVM's life; closing it does nothing.
   */
  static SpeechEngineFactory maryTts(boolean verbose) {
    return new SpeechEngineFactory() {
      private final Map<String, SpeechEngine> running = new HashMap<>();

      @Override
      public SpeechEngine start(VoiceProfile voice, int slot) throws SynthesisException {
        synchronized (running) {
          SpeechEngine engine = running.get(voice.maryVoice());
          if (engine == null) {
            engine = new MaryTtsEngine(voice.maryVoice(), verbose);
            if (engine.sampleRate() != sampleRate(voice)) {
              throw new SynthesisException(null, "voice " + voice.maryVoice() + " speaks at " + engine.sampleRate()
                  + " Hz; edition-audio expects " + sampleRate(voice) + " Hz", null);
            }
            running.put(voice.maryVoice(), engine);
          }
          return engine;
        }
      }

      @Override
      public String description(VoiceProfile voice) {
        return MaryTtsEngine.description(voice.maryVoice());
      }

      @Override
      public int sampleRate(VoiceProfile voice) {
        return MaryTtsEngine.SAMPLE_RATE;
      }
    };
  }
}
