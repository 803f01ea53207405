package org.editionaudio.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import marytts.htsengine.HMMData;
import marytts.htsengine.HTSPStream;
import marytts.htsengine.HTSVocoder;
import org.junit.jupiter.api.Test;

/**
 * {@link MlsaVocoder} against MaryTTS's own vocoder on invented parameters, on the paths the
 * default voice does not take too: plain pulses without mixed excitation, no postfilter, an odd
 * frame period, F0 scaled and shifted. (The default voice's own path is checked against stock
 * MaryTTS by {@code VocoderIT}.)
 */
class MlsaVocoderTest {
  private static final int FRAMES = 120;
  private static final int ORDER = 25;
  private static final int BANDS = 5;
  private static final int MAGNITUDES = 10;

  @Test
  void mixedExcitationAsTheDefaultVoiceGivesMaryTtsSamples() throws Exception {
    assertSameSamples(voice(48_000, 240, 0.55, 0.1, true, false));
  }

  @Test
  void plainPulseAndNoiseGiveMaryTtsSamples() throws Exception {
    assertSameSamples(voice(48_000, 240, 0.55, 0.1, false, false));
  }

  @Test
  void pulsesFromFourierMagnitudesAreLeftToMaryTts() throws Exception {
    HMMData data = voice(48_000, 240, 0.55, 0.1, true, true);
    assertFalse(MlsaVocoder.handles(data));
  }

  @Test
  void noPostfilterAndAnOddFramePeriodGiveMaryTtsSamples() throws Exception {
    assertSameSamples(voice(16_000, 81, 0.42, 0.0, true, false));
  }

  @Test
  void scaledAndShiftedF0GivesMaryTtsSamples() throws Exception {
    HMMData data = voice(48_000, 240, 0.55, 0.1, true, false);
    data.setF0Std(1.3);
    data.setF0Mean(25.0);
    assertSameSamples(data);
  }

  @Test
  void onlyMelCepstralVoicesAreHandled() throws Exception {
    HMMData data = voice(48_000, 240, 0.55, 0.1, true, false);
    assertTrue(MlsaVocoder.handles(data));
    assertTrue(MlsaVocoder.handles(voice(48_000, 240, 0.55, 0.1, false, false)));
    data.setStage(2);
    assertFalse(MlsaVocoder.handles(data), "an LSP voice goes to MaryTTS's vocoder");
    data.setStage(0);
    data.setPdfStrStream(null);
    assertFalse(MlsaVocoder.handles(data), "mixed excitation without strengths is left to MaryTTS to refuse");
  }

  private static void assertSameSamples(HMMData data) throws Exception {
    Random random = new Random(7);
    boolean[] voiced = new boolean[FRAMES];
    int voicedFrames = 0;
    for (int t = 0; t < FRAMES; t++) {
      // Unvoiced, voiced, unvoiced, voiced, unvoiced runs, as in speech.
      voiced[t] = t >= 10 && t < 50 || t >= 60 && t < 110;
      voicedFrames += voiced[t] ? 1 : 0;
    }
    HTSPStream lf0 = stream(1, voicedFrames, HMMData.FeatureType.LF0);
    for (int t = 0; t < voicedFrames; t++) {
      lf0.setPar(t, 0, Math.log(140 + 40 * Math.sin(t / 7.0) + random.nextDouble()));
    }
    HTSPStream mcep = stream(ORDER, FRAMES, HMMData.FeatureType.MGC);
    for (int t = 0; t < FRAMES; t++) {
      mcep.setPar(t, 0, -1.5 + 0.3 * Math.sin(t / 5.0));
      for (int i = 1; i < ORDER; i++) {
        mcep.setPar(t, i, 0.3 * Math.pow(-0.7, i) * (1 + 0.2 * Math.sin(t / 3.0 + i)) / i + 0.01 * random.nextGaussian() / i);
      }
    }
    HTSPStream strengths = stream(BANDS, FRAMES, HMMData.FeatureType.STR);
    HTSPStream magnitudes = stream(MAGNITUDES, FRAMES, HMMData.FeatureType.MAG);
    for (int t = 0; t < FRAMES; t++) {
      for (int i = 0; i < BANDS; i++) {
        strengths.setPar(t, i, 0.5 + 0.5 * Math.sin(t / 4.0 + i));
      }
      for (int i = 0; i < MAGNITUDES; i++) {
        magnitudes.setPar(t, i, 1 + 0.2 * Math.sin(t + i));
      }
    }

    double[] theirs = new HTSVocoder().htsMLSAVocoder(lf0, mcep, strengths, magnitudes, voiced, data, null);
    double[] ours = MlsaVocoder.vocode(lf0, mcep, strengths, voiced, data);

    assertEquals(FRAMES * data.getFperiod(), theirs.length);
    assertTrue(Arrays.stream(theirs).allMatch(Double::isFinite) && Arrays.stream(theirs).filter(x -> x != 0).count()
        > theirs.length / 2, "the invented parameters make a signal");
    assertEquals(theirs.length, ours.length);
    assertTrue(Arrays.equals(theirs, ours), () -> "first difference at sample " + Arrays.mismatch(theirs, ours));
  }

  private static HTSPStream stream(int order, int frames, HMMData.FeatureType type) throws Exception {
    // MaryTTS's parameter streams hold statics, deltas and delta-deltas: vector size 3 x order.
    return new HTSPStream(3 * order, frames, type, 0);
  }

  // A voice's settings as MaryTTS reads them from its configuration; the band filters are invented.
  private static HMMData voice(int rate, int framePeriod, double alpha, double beta, boolean mixed, boolean fourier)
      throws Exception {
    HMMData data = new HMMData();
    data.setRate(rate);
    data.setFperiod(framePeriod);
    data.setAlpha(alpha);
    data.setBeta(beta);
    data.setStage(0);
    data.setF0Std(1.0);
    data.setF0Mean(0.0);
    data.setUseMixExc(mixed);
    data.setUseFourierMag(fourier);
    if (mixed) {
      data.setPdfStrStream(new ByteArrayInputStream(new byte[0]));
      data.setNumFilters(BANDS);
      Random random = new Random(11);
      StringBuilder taps = new StringBuilder();
      for (int band = 0; band < BANDS; band++) {
        for (int tap = 0; tap < 31; tap++) {
          double window = 0.5 - 0.5 * Math.cos(2 * Math.PI * (tap + 1) / 32.0);
          taps.append(String.format(Locale.ROOT, "%.9f%n", window * (random.nextDouble() - 0.5) / (band + 1)));
        }
      }
      data.readMixedExcitationFilters(new ByteArrayInputStream(taps.toString().getBytes(StandardCharsets.UTF_8)));
    }
    return data;
  }
}
