package org.editionaudio.speech;

import java.util.List;
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
import marytts.util.data.audio.DDSAudioInputStream;
import org.w3c.dom.Element;

/**
 * MaryTTS's HMM engine with the vocoder run in the calling thread. Stock MaryTTS streams every
 * sample through a boxed {@code ArrayBlockingQueue<Double>} to a second thread, and that hand-off
 * costs about as much CPU as the vocoder itself; here the vocoder's array path fills a
 * {@code double[]} directly. MaryTTS's amplitude normalization is kept, applied in the same
 * 8192-sample blocks in which the stock stream is read, so the samples are the ones MaryTTS
 * produces. Registered ahead of the stock module by {@link MaryTtsEngine}.
 */
public final class InThreadHtsEngine extends HTSEngine {
  // Values of HTSVocoder.HTSVocoderDataProducer and DDSAudioInputStream, which the stock path uses.
  private static final double INITIAL_MAX_AMPLITUDE = 17000.0;
  private static final int READ_BLOCK = 8192;

  /** Instantiated by MaryTTS's module registry. */
  public InThreadHtsEngine() {
    super();
  }

  @Override
  public MaryData process(MaryData d, List<Target> targetFeaturesList, List<Element> segmentsAndBoundaries,
      List<Element> tokensAndBoundaries) throws Exception {
    HMMVoice voice = (HMMVoice) d.getDefaultVoice();
    HMMData data = voice.getHMMData();
    HTSUttModel model = processTargetList(targetFeaturesList, segmentsAndBoundaries, data);
    HTSParameterGeneration parameters = new HTSParameterGeneration();
    parameters.htsMaximumLikelihoodParameterGeneration(model, data);

    double[] audio = new HTSVocoder().htsMLSAVocoder(parameters.getlf0Pst(), parameters.getMcepPst(),
        parameters.getStrPst(), parameters.getMagPst(), parameters.getVoicedArray(), data, null);
    AmplitudeNormalizer normalizer = new AmplitudeNormalizer(INITIAL_MAX_AMPLITUDE);
    for (int from = 0; from < audio.length; from += READ_BLOCK) {
      normalizer.applyInline(audio, from, Math.min(READ_BLOCK, audio.length - from));
    }
    AudioInputStream stream =
        new DDSAudioInputStream(new BufferedDoubleDataSource(audio), HTSVocoder.getHTSAudioFormat(data));

    MaryData output = new MaryData(outputType(), d.getLocale());
    if (d.getAudioFileFormat() != null) {
      output.setAudioFileFormat(d.getAudioFileFormat());
      if (d.getAudio() != null) {
        output.setAudio(d.getAudio());
      }
    }
    output.appendAudio(stream);
    if (tokensAndBoundaries != null) {
      setRealisedProsody(tokensAndBoundaries, model);
    }
    return output;
  }
}
