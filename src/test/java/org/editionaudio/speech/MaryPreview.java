package org.editionaudio.speech;

/**
 * The real MaryTTS with the default voice, the built-in lexicon and our normalizer, for tests and
 * benchmarks that read sentences the way {@code say --words} does. Close it to stop the engine.
 */
public final class MaryPreview implements AutoCloseable {
  private final VoiceProfile voice;
  private final SpeechEngine engine;
  private final Preview preview;

  private MaryPreview(VoiceProfile voice, SpeechEngine engine, Normalizer normalizer) {
    this.voice = voice;
    this.engine = engine;
    this.preview = new Preview(engine, voice, normalizer);
  }

  /** Starts MaryTTS, quiet, with {@link VoiceProfile#DEFAULT}. */
  public static MaryPreview start() throws Exception {
    VoiceProfile voice = VoiceProfile.load(VoiceProfile.DEFAULT);
    Normalizer normalizer = new Normalizer(Lexicon.builtIn());
    return new MaryPreview(voice, SpeechEngineFactory.maryTts(false).start(voice, 0), normalizer);
  }

  /** The voice profile in use. */
  public VoiceProfile voice() {
    return voice;
  }

  /** The engine, for what MaryTTS alone says. */
  public SpeechEngine engine() {
    return engine;
  }

  /** Our reading: normalization, lexicon and MaryTTS. */
  public Preview preview() {
    return preview;
  }

  @Override
  public void close() {
    engine.close();
  }
}
