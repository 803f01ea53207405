package org.editionaudio.speech;

/** Starts speech engines; the start is deferred until there is something to say. */
@FunctionalInterface
public interface SpeechEngines {
  /** Starts an engine for the voice profile. */
  SpeechEngine start(VoiceProfile voice) throws SynthesisException;

  /** Embedded MaryTTS; {@code verbose} lets its INFO log through. */
  static SpeechEngines maryTts(boolean verbose) {
    return voice -> new MaryTtsEngine(voice.maryVoice(), verbose);
  }
}
