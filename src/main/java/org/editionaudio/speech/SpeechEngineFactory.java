package org.editionaudio.speech;

/**
 * Starts speech engines, and says what they are before any has started (for cache keys and the
 * program's sample rate), so that an edition whose speech is all cached never starts one.
 */
public interface SpeechEngineFactory {

  /**
   * Starts the engine for worker {@code slot}. Engines of different slots may be used at the same
   * time; slot 0 may share the caller's class loader.
   */
  SpeechEngine start(VoiceProfile voice, int slot) throws SynthesisException;

  /** What every engine for this voice is, e.g. "MaryTTS 5.2.1 cmu-slt-hsmm"; part of every cache key. */
  String description(VoiceProfile voice);

  /** Samples per second of every engine for this voice. */
  int sampleRate(VoiceProfile voice);

  /** Embedded MaryTTS: slot 0 in this class loader, every other slot isolated in a class loader of its own. */
  static SpeechEngineFactory maryTts(boolean verbose) {
    return new SpeechEngineFactory() {
      @Override
      public SpeechEngine start(VoiceProfile voice, int slot) throws SynthesisException {
        SpeechEngine engine = slot == 0
            ? new MaryTtsEngine(voice.maryVoice(), verbose)
            : IsolatedMaryTtsEngine.start("marytts-worker-" + slot, voice.maryVoice(), verbose);
        if (engine.sampleRate() != sampleRate(voice)) {
          engine.close();
          throw new SynthesisException(null, "voice " + voice.maryVoice() + " speaks at " + engine.sampleRate()
              + " Hz; edition-audio expects " + sampleRate(voice) + " Hz", null);
        }
        return engine;
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
