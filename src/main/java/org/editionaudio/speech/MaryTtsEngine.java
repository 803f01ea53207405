package org.editionaudio.speech;

import java.io.IOException;
import java.util.Arrays;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import marytts.LocalMaryInterface;
import marytts.exceptions.MaryConfigurationException;
import org.w3c.dom.Document;

/** MaryTTS, embedded: one instance speaks one document at a time. */
public final class MaryTtsEngine implements SpeechEngine {
  /** The rate of MaryTTS's HSMM voices; checked when an engine starts. */
  public static final int SAMPLE_RATE = 48_000;

  private static final String LOG_CONFIG = "jar:/org/editionaudio/speech/marytts-log4j.properties";
  // MaryTTS's modules are singletons of this class loader and are not thread-safe: engines of one
  // loader take turns. Engines in other class loaders have their own copy of this lock.
  private static final Object MODULES = new Object();

  private final LocalMaryInterface mary;
  private final String voice;
  private final int sampleRate;

  /**
   * Starts MaryTTS with the given voice. MaryTTS logs to stderr only with {@code verbose} (from
   * INFO up) and never writes a log file into the working directory.
   */
  public MaryTtsEngine(String voice, boolean verbose) throws SynthesisException {
    // MaryTTS reads its log configuration from these system properties when it starts.
    System.setProperty("log.config", LOG_CONFIG);
    // Without --verbose MaryTTS says nothing at all: the normalizer has already spoken or dropped
    // whatever it could complain about, and our own errors reach the user as one line.
    System.setProperty("log4j.logger.marytts", verbose ? "INFO, stderr" : "OFF");
    // Values of this list property come before the configuration files' modules, so MaryTTS's
    // HMM synthesizer finds our in-thread engine first when it asks for an HTSEngine.
    System.setProperty("modules.classes.list", InThreadHtsEngine.class.getName());
    try {
      mary = new LocalMaryInterface();
    } catch (MaryConfigurationException | RuntimeException e) {
      throw new SynthesisException(null, "MaryTTS did not start: " + e.getMessage(), e);
    }
    if (!mary.getAvailableVoices().contains(voice)) {
      throw new SynthesisException(
          null, "MaryTTS has no voice '" + voice + "' (it has " + mary.getAvailableVoices() + ")", null);
    }
    mary.setInputType("RAWMARYXML");
    mary.setOutputType("AUDIO");
    mary.setVoice(voice);
    this.voice = voice;
    this.sampleRate = (int) marytts.modules.synthesis.Voice.getVoice(voice).dbAudioFormat().getSampleRate();
  }

  @Override
  public Document analyze(Document maryXml, String outputType) throws SynthesisException {
    synchronized (MODULES) {
      return analyzeAlone(maryXml, outputType);
    }
  }

  private Document analyzeAlone(Document maryXml, String outputType) throws SynthesisException {
    try {
      mary.setOutputType(outputType);
      return mary.generateXML(maryXml);
    } catch (marytts.exceptions.SynthesisException | IllegalArgumentException e) {
      throw new SynthesisException(null, String.valueOf(e.getMessage()), e);
    } finally {
      mary.setOutputType("AUDIO");
    }
  }

  @Override
  public short[] speak(Document maryXml) throws SynthesisException {
    synchronized (MODULES) {
      return speakAlone(maryXml);
    }
  }

  private short[] speakAlone(Document maryXml) throws SynthesisException {
    try (AudioInputStream audio = mary.generateAudio(maryXml)) {
      AudioFormat format = audio.getFormat();
      if (format.getSampleSizeInBits() != 16 || format.getChannels() != 1
          || format.getEncoding() != AudioFormat.Encoding.PCM_SIGNED) {
        throw new SynthesisException(null, "MaryTTS returned " + format + ", not 16-bit mono PCM", null);
      }
      if ((int) format.getSampleRate() != sampleRate) {
        throw new SynthesisException(null, "MaryTTS returned " + format.getSampleRate() + " Hz, not " + sampleRate, null);
      }
      return toSamples(audio, format.isBigEndian());
    } catch (marytts.exceptions.SynthesisException | IOException | RuntimeException e) {
      throw new SynthesisException(null, String.valueOf(e.getMessage()), e);
    }
  }

  /** Synthesis is lazy: the work happens while the stream is read, which must go on until -1. */
  private static short[] toSamples(AudioInputStream audio, boolean bigEndian) throws IOException {
    byte[] bytes = new byte[1 << 16];
    short[] samples = new short[1 << 16];
    int count = 0;
    int pending = -1;
    int read;
    while ((read = audio.read(bytes)) != -1) {
      for (int i = 0; i < read; i++) {
        int b = bytes[i] & 0xFF;
        if (pending < 0) {
          pending = b;
          continue;
        }
        int value = bigEndian ? (pending << 8) | b : (b << 8) | pending;
        pending = -1;
        if (count == samples.length) {
          samples = Arrays.copyOf(samples, samples.length * 2);
        }
        samples[count++] = (short) value;
      }
    }
    return Arrays.copyOf(samples, count);
  }

  @Override
  public int sampleRate() {
    return sampleRate;
  }

  @Override
  public String description() {
    return description(voice);
  }

  /** "MaryTTS 5.2.1 cmu-slt-hsmm", known without starting MaryTTS. */
  public static String description(String voice) {
    return "MaryTTS " + marytts.Version.specificationVersion() + " " + voice;
  }

  @Override
  public void close() {
    // MaryTTS shuts its modules down in its own shutdown hook.
  }
}
