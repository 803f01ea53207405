package org.editionaudio.speech;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.w3c.dom.Document;

/** A stand-in for MaryTTS in unit tests: samples made from the text, and a word it cannot say. */
public final class StandInEngine implements SpeechEngine {
  /** What it was asked to say, in order. */
  public final List<String> said = Collections.synchronizedList(new ArrayList<>());
  private final int sampleRate;
  private final String unsayable;
  private final Function<String, short[]> voice;

  /** An engine at {@code sampleRate} that speaks with {@code voice} and fails on any text holding {@code unsayable}. */
  public StandInEngine(int sampleRate, String unsayable, Function<String, short[]> voice) {
    this.sampleRate = sampleRate;
    this.unsayable = unsayable;
    this.voice = voice;
  }

  /** A factory whose engines come from {@code engines}, known to be "stand-in" at {@code sampleRate}. */
  public static SpeechEngineFactory engines(int sampleRate, Supplier<SpeechEngine> engines) {
    return new SpeechEngineFactory() {
      @Override
      public SpeechEngine start(VoiceProfile voice, int slot) {
        return engines.get();
      }

      @Override
      public String description(VoiceProfile voice) {
        return "stand-in";
      }

      @Override
      public int sampleRate(VoiceProfile voice) {
        return sampleRate;
      }
    };
  }

  @Override
  public short[] speak(Document maryXml) throws SynthesisException {
    String text = maryXml.getDocumentElement().getTextContent();
    if (text.contains(unsayable)) {
      throw new SynthesisException(null, "the engine cannot say this", null);
    }
    said.add(text);
    return voice.apply(text);
  }

  @Override
  public Document analyze(Document maryXml, String outputType) {
    return maryXml;
  }

  @Override
  public int sampleRate() {
    return sampleRate;
  }

  @Override
  public String description() {
    return "stand-in";
  }

  @Override
  public void close() {}
}
