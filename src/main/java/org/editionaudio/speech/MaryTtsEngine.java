package org.editionaudio.speech;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import marytts.LocalMaryInterface;
import marytts.datatypes.MaryDataType;
import marytts.exceptions.MaryConfigurationException;
import marytts.modules.MaryModule;
import marytts.modules.ModuleRegistry;
import marytts.modules.synthesis.Voice;
import org.w3c.dom.Document;

/**
 * MaryTTS, embedded. Its modules are shared by every instance in a class loader and run one
 * document at a time; the vocoding of several documents may overlap, so one instance serves
 * several worker threads.
 */
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
    // In its default mode, made for its HTTP server, MaryTTS starts all 26 of its modules and runs
    // a power-on self test of each; 16 of them (the SSML, Sable, APML and EmotionML parsers, the
    // en_GB phonemiser, the stock HTSEngine...) never take part in our RAWMARYXML-to-AUDIO requests. In
    // "commandline" mode it starts only its synthesis module (which loads the voices) and starts
    // any other module on its first use; startModules starts the ones our requests use right away.
    System.setProperty("server", "commandline");
    try {
      mary = new LocalMaryInterface();
    } catch (MaryConfigurationException | RuntimeException e) {
      throw new SynthesisException(null, "MaryTTS did not start: " + e.getMessage(), e);
    }
    if (!mary.getAvailableVoices().contains(voice)) {
      throw new SynthesisException(
          null, "MaryTTS has no voice '" + voice + "' (it has " + mary.getAvailableVoices() + ")", null);
    }
    startModules(Voice.getVoice(voice));
    mary.setInputType("RAWMARYXML");
    mary.setOutputType("AUDIO");
    mary.setVoice(voice);
    this.voice = voice;
    this.sampleRate = (int) Voice.getVoice(voice).dbAudioFormat().getSampleRate();
  }

  /**
   * Starts the modules MaryTTS plans for this voice's RAWMARYXML-to-AUDIO requests (the analyses
   * to WORDS, PHONEMES or ALLOPHONES use the first of them), so that they start here, in the
   * engine's start, rather than in the first sentence.
   */
  private static void startModules(Voice voice) throws SynthesisException {
    synchronized (MODULES) {
      List<MaryModule> modules = ModuleRegistry.modulesRequiredForProcessing(
          MaryDataType.get("RAWMARYXML"), MaryDataType.get("AUDIO"), voice.getLocale(), voice);
      if (modules == null) {
        throw new SynthesisException(null, "MaryTTS has no modules that speak voice " + voice.getName(), null);
      }
      for (MaryModule module : modules) {
        if (module.getState() == MaryModule.MODULE_OFFLINE) {
          try {
            module.startup();
          } catch (Exception e) {
            throw new SynthesisException(null, "MaryTTS did not start its module " + module.name() + ": " + e, e);
          }
        }
      }
    }
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

  /**
   * Speaks the document. MaryTTS's modules run one thread at a time; the audio of our HMM engine is
   * then read, and so parameter generation and the vocoder run, outside that lock, so that several
   * threads can speak through one engine at the same time (see {@link InThreadHtsEngine}).
   */
  @Override
  public short[] speak(Document maryXml) throws SynthesisException {
    AudioInputStream audio;
    synchronized (MODULES) {
      try {
        audio = mary.generateAudio(maryXml);
      } catch (marytts.exceptions.SynthesisException | RuntimeException e) {
        InThreadHtsEngine.takeDeferred();
        throw new SynthesisException(null, String.valueOf(e.getMessage()), e);
      }
      if (!InThreadHtsEngine.takeDeferred()) {
        // Another engine's audio may be produced by MaryTTS's shared modules while it is read.
        return read(audio);
      }
    }
    return read(audio);
  }

  private short[] read(AudioInputStream stream) throws SynthesisException {
    try (AudioInputStream audio = stream) {
      AudioFormat format = audio.getFormat();
      if (format.getSampleSizeInBits() != 16 || format.getChannels() != 1
          || format.getEncoding() != AudioFormat.Encoding.PCM_SIGNED) {
        throw new SynthesisException(null, "MaryTTS returned " + format + ", not 16-bit mono PCM", null);
      }
      if ((int) format.getSampleRate() != sampleRate) {
        throw new SynthesisException(null, "MaryTTS returned " + format.getSampleRate() + " Hz, not " + sampleRate, null);
      }
      return toSamples(audio, format.isBigEndian());
    } catch (IOException | RuntimeException e) {
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
