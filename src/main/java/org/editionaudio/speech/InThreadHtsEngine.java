package org.editionaudio.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javax.sound.sampled.AudioInputStream;
import marytts.datatypes.MaryData;
import marytts.htsengine.HMMData;
import marytts.htsengine.HMMVoice;
import marytts.htsengine.HTSParameterGeneration;
import marytts.htsengine.HTSUttModel;
import marytts.htsengine.HTSVocoder;
import marytts.modules.HTSEngine;
import marytts.signalproc.process.AmplitudeNormalizer;
import marytts.unitselection.select.Target;
import marytts.util.data.BufferedDoubleDataSource;
import marytts.util.data.DoubleDataSource;
import marytts.util.data.audio.DDSAudioInputStream;
import org.w3c.dom.Element;

/**
 * MaryTTS's HMM engine with the vocoder run in the thread that reads the audio. Stock MaryTTS
 * streams every sample through a boxed {@code ArrayBlockingQueue<Double>} to a second thread, and
 * that hand-off costs about as much CPU as the vocoder itself; here the vocoder's array path fills
 * a {@code double[]} directly. MaryTTS's amplitude normalization is kept, applied in the same
 * 8192-sample blocks in which the stock stream is read, so the samples are the ones MaryTTS
 * produces. Registered ahead of the stock module by {@link MaryTtsEngine}.
 *
 * <p>Only the search of the voice's decision trees for the utterance's models happens in {@link
 * #process}, among MaryTTS's shared, not thread-safe modules. Parameter generation and the vocoder
 * (about 85 % of the CPU of a sentence) are deferred to the first read of the returned audio: they
 * touch only the utterance's own objects and the voice's read-only models, and MaryTTS's classes
 * for them hold no mutable static state, so {@link MaryTtsEngine} runs them outside its lock and
 * several threads share one MaryTTS, whose code the JIT then compiles once.
 */
public final class InThreadHtsEngine extends HTSEngine {
  // Values of HTSVocoder.HTSVocoderDataProducer and DDSAudioInputStream, which the stock path uses.
  private static final double INITIAL_MAX_AMPLITUDE = 17000.0;
  private static final int READ_BLOCK = 8192;
  // Set by process() in the thread that called it: its audio is deferred and may be read unlocked.
  private static final ThreadLocal<Boolean> DEFERRED = new ThreadLocal<>();

  /** Instantiated by MaryTTS's module registry. */
  public InThreadHtsEngine() {
    super();
  }

  /**
   * Whether the last synthesis in this thread came from this engine, so that its audio may be read
   * outside MaryTTS's lock; clears the mark.
   */
  static boolean takeDeferred() {
    boolean deferred = Boolean.TRUE.equals(DEFERRED.get());
    DEFERRED.remove();
    return deferred;
  }

  @Override
  public MaryData process(MaryData d, List<Target> targetFeaturesList, List<Element> segmentsAndBoundaries,
      List<Element> tokensAndBoundaries) throws Exception {
    HMMVoice voice = (HMMVoice) d.getDefaultVoice();
    HMMData data = voice.getHMMData();
    HTSUttModel model = processTargetList(targetFeaturesList, segmentsAndBoundaries, data);
    // MaryTTS refills its list for the next section of the request before this audio is read.
    List<Element> tokens = tokensAndBoundaries == null ? null : new ArrayList<>(tokensAndBoundaries);
    AudioInputStream stream = new DDSAudioInputStream(
        new Deferred(() -> vocode(model, data, tokens)), HTSVocoder.getHTSAudioFormat(data));

    MaryData output = new MaryData(outputType(), d.getLocale());
    if (d.getAudioFileFormat() != null) {
      output.setAudioFileFormat(d.getAudioFileFormat());
      if (d.getAudio() != null) {
        output.setAudio(d.getAudio());
      }
    }
    output.appendAudio(stream);
    DEFERRED.set(Boolean.TRUE);
    return output;
  }

  /** Parameter generation, the vocoder and MaryTTS's amplitude normalization, for one utterance. */
  private double[] vocode(HTSUttModel model, HMMData data, List<Element> tokensAndBoundaries) throws Exception {
    HTSParameterGeneration parameters = new HTSParameterGeneration();
    parameters.htsMaximumLikelihoodParameterGeneration(model, data);
    double[] audio = MlsaVocoder.handles(data)
        ? MlsaVocoder.vocode(parameters.getlf0Pst(), parameters.getMcepPst(), parameters.getStrPst(),
            parameters.getVoicedArray(), data)
        : new HTSVocoder().htsMLSAVocoder(parameters.getlf0Pst(), parameters.getMcepPst(),
            parameters.getStrPst(), parameters.getMagPst(), parameters.getVoicedArray(), data, null);
    AmplitudeNormalizer normalizer = new AmplitudeNormalizer(INITIAL_MAX_AMPLITUDE);
    for (int from = 0; from < audio.length; from += READ_BLOCK) {
      normalizer.applyInline(audio, from, Math.min(READ_BLOCK, audio.length - from));
    }
    // The realised durations and F0 go into this request's own document, which nothing reads any
    // more for audio output; kept so the document is what stock MaryTTS leaves.
    if (tokensAndBoundaries != null) {
      setRealisedProsody(tokensAndBoundaries, model);
    }
    return audio;
  }

  /** Samples computed on the first request for any of them. */
  private static final class Deferred implements DoubleDataSource {
    private final Callable<double[]> compute;
    private BufferedDoubleDataSource samples;

    Deferred(Callable<double[]> compute) {
      this.compute = compute;
    }

    private DoubleDataSource samples() {
      if (samples == null) {
        try {
          samples = new BufferedDoubleDataSource(compute.call());
        } catch (RuntimeException e) {
          throw e;
        } catch (Exception e) {
          throw new IllegalStateException("MaryTTS's vocoder failed: " + e, e);
        }
      }
      return samples;
    }

    @Override
    public double[] getData(int amount) {
      return samples().getData(amount);
    }

    @Override
    public int getData(double[] target) {
      return samples().getData(target);
    }

    @Override
    public int getData(double[] target, int targetPos, int length) {
      return samples().getData(target, targetPos, length);
    }

    @Override
    public boolean hasMoreData() {
      return samples().hasMoreData();
    }

    @Override
    public int available() {
      return samples().available();
    }

    @Override
    public double[] getAllData() {
      return samples().getAllData();
    }

    @Override
    public long getDataLength() {
      return samples().getDataLength();
    }
  }
}
