package org.editionaudio.speech;

import java.util.Random;
import marytts.htsengine.HMMData;
import marytts.htsengine.HTSPStream;
import marytts.htsengine.HTSVocoder;

/**
 * The mel-cepstral (MLSA) vocoder of MaryTTS's HMM voices, giving exactly the samples of {@link
 * HTSVocoder#htsMLSAVocoder(HTSPStream, HTSPStream, HTSPStream, HTSPStream, boolean[], HMMData,
 * HTSVocoder.HTSVocoderDataProducer)} for about 40 % of its CPU.
 *
 * <p>Every value is computed by the same operations in the same order as MaryTTS's, and Java's
 * floating point is exact to the operation, so the samples are equal bit for bit ({@code
 * VocoderIT} checks them against stock MaryTTS). The time is won by running side by side what does
 * not depend on each other, so that the processor overlaps their chains of dependent multiply-adds:
 * the MLSA filter's five FIR stages of a sample (each reads what the stage before gave for the
 * previous sample; MaryTTS runs them one after the other, each as three passes over its delay line:
 * update, sum, shift; here one pass does all of it), the postfilter's two impulse-response
 * energies, and two samples of the mixed excitation, whose inputs are made for the whole frame
 * first (the excitation does not depend on the filter's output).
 *
 * <p>Only mel-cepstral voices ({@code gamma = 0}, which every MaryTTS HMM voice on Maven Central
 * is) are handled; {@link #handles} says whether a voice is, and anything else goes to MaryTTS's
 * own vocoder.
 */
final class MlsaVocoder {
  // The Padé approximation of exp() of order 5 that MaryTTS's (and SPTK's) MLSA filter uses.
  private static final int PADE_ORDER = 5;
  private static final double[] PADE = {1.0, 0.4999391, 0.1107098, 0.01369984, 0.0009564853, 0.00003041721};
  // Length of the impulse responses whose energies the postfilter compares (MaryTTS's IRLENG).
  private static final int IMPULSE = HTSVocoder.IRLENG;
  // MaryTTS seeds the excitation's noise with 1 for every utterance.
  private static final long NOISE_SEED = 1;

  private MlsaVocoder() {}

  /** Whether this vocoder reproduces MaryTTS's for the voice of {@code data}. */
  static boolean handles(HMMData data) {
    // Left to MaryTTS, which fails on them in its own way: mixed excitation without a strength
    // model, and pulses from Fourier magnitudes (5.2.1's genPulseFromFourierMag indexes below 0).
    return data.getStage() == 0 && !data.getUseFourierMag()
        && (!data.getUseMixExc() || data.getPdfStrStream() != null);
  }

  /**
   * The utterance's samples, before MaryTTS's amplitude normalization, from its generated
   * parameters: log F0 (voiced frames only), mel-cepstrum and band strengths.
   */
  static double[] vocode(HTSPStream lf0, HTSPStream mcep, HTSPStream strengths, boolean[] voiced, HMMData data) {
    if (data.getUseMixExc() && data.getNumFilters() != strengths.getOrder()) {
      throw new IllegalStateException("the voice has " + data.getNumFilters()
          + " mixed-excitation filters but generated " + strengths.getOrder() + " strengths");
    }
    return new Run(mcep.getOrder(), data).vocode(lf0, mcep, strengths, voiced);
  }

  /** The filter states of one utterance. */
  private static final class Run {
    private final int order;
    private final int framePeriod;
    private final double rate;
    private final double alpha;
    private final double beta;
    private final boolean mixed;
    // MaryTTS's F0 controls: a scale of the contour around its mean, and a shift in Hz.
    private final double f0Scale;
    private final double f0Shift;
    private final Random noise = new Random(NOISE_SEED);
    // MLSA filter: the first part's delay line, the FIR stages' lines (each order + 1 long), the
    // stages' last outputs (index 0: the filter's input to the first stage).
    private final double[] first = new double[2 * (PADE_ORDER + 1)];
    private final double[] lines;
    private final double[] stageOut = new double[PADE_ORDER + 1];
    // Mixed excitation: the band filters, shaped for the frame.
    private final double[][] bands;
    private final int filterCount;
    private final int filterOrder;
    private final double[] pulseShape;
    private final double[] noiseShape;
    // The excitation's inputs in time order: the last filterOrder of the frame before, then this
    // frame's; and the frame's excitation.
    private final double[] pulses;
    private final double[] noises;
    private final double[] excitation;
    // The postfilter's work arrays and its two results.
    private final double[] warp1 = new double[IMPULSE];
    private final double[] warp2 = new double[IMPULSE];
    private final double[] cepstrum1 = new double[IMPULSE];
    private final double[] cepstrum2 = new double[IMPULSE];
    private final double[] impulse1 = new double[IMPULSE];
    private final double[] impulse2 = new double[IMPULSE];
    private double energyPlain;
    private double energySharp;
    // The filter's coefficients now, at the next frame, and their step per sample.
    private final double[] coefficients;
    private final double[] next;
    private final double[] step;
    // The pitch period (in samples) being spoken, and where in it the next sample is; -1 before the
    // first frame.
    private double period = -1;
    private double phase;
    private double[] audio;
    private int written;

    Run(int order, HMMData data) {
      this.order = order;
      this.framePeriod = data.getFperiod();
      this.rate = data.getRate();
      this.alpha = data.getAlpha();
      this.beta = data.getBeta();
      this.mixed = data.getUseMixExc();
      this.f0Scale = data.getF0Std();
      this.f0Shift = data.getF0Mean();
      this.lines = new double[PADE_ORDER * (order + 1)];
      this.coefficients = new double[order];
      this.next = new double[order];
      this.step = new double[order];
      this.bands = mixed ? data.getMixFilters() : null;
      this.filterCount = mixed ? data.getNumFilters() : 0;
      this.filterOrder = mixed ? data.getOrderFilters() : 0;
      this.pulseShape = new double[filterOrder];
      this.noiseShape = new double[filterOrder];
      this.pulses = new double[filterOrder + framePeriod];
      this.noises = new double[filterOrder + framePeriod];
      this.excitation = new double[framePeriod];
    }

    double[] vocode(HTSPStream lf0, HTSPStream mcep, HTSPStream strengths, boolean[] voiced) {
      int frames = mcep.getT();
      double meanF0 = 0;
      int voicedFrames = 0;
      for (int frame = 0; frame < frames; frame++) {
        if (voiced[frame]) {
          meanF0 = meanF0 + Math.exp(lf0.getPar(voicedFrames, 0));
          voicedFrames++;
        }
      }
      meanF0 = meanF0 / voicedFrames;
      audio = new double[frames * framePeriod];
      int lf0Frame = 0;
      for (int frame = 0; frame < frames; frame++) {
        double[] cepstrum = new double[order];
        for (int i = 0; i < order; i++) {
          cepstrum[i] = mcep.getPar(frame, i);
        }
        double f0 = 0.0;
        if (voiced[frame]) {
          f0 = f0Scale * Math.exp(lf0.getPar(lf0Frame++, 0)) + (1 - f0Scale) * meanF0 + f0Shift;
          f0 = Math.max(0.0, f0);
        }
        if (mixed) {
          shapeExcitation(strengths, frame);
        }
        if (f0 != 0.0) {
          f0 = rate / f0;
        }
        if (period < 0) {
          period = f0;
          phase = period;
        }
        postfilter(cepstrum, order - 1);
        HTSVocoder.mc2b(cepstrum, next, order - 1, alpha);
        for (int i = 0; i < order; i++) {
          step[i] = (next[i] - coefficients[i]) / framePeriod;
        }
        double increment;
        if (period != 0.0 && f0 != 0.0) {
          increment = (f0 - period) / framePeriod;
        } else {
          increment = 0.0;
          phase = f0;
          period = 0.0;
        }
        speak(increment);
        period = f0;
        System.arraycopy(next, 0, coefficients, 0, order);
      }
      return audio;
    }

    // A frame's samples: the excitation (the pitch period moving towards the next frame's at every
    // sample), its mixed-excitation filtering, and the MLSA filter moving towards the next frame's.
    // The excitation does not depend on what the filters give, so each part runs over the whole
    // frame in turn. A method of its own, so that the JIT compiles it once instead of also
    // compiling the utterance's loop on the stack (on-stack replacement).
    private void speak(double increment) {
      double[] x = excitation;
      int lead = filterOrder;
      if (mixed) {
        System.arraycopy(pulses, framePeriod, pulses, 0, lead);
        System.arraycopy(noises, framePeriod, noises, 0, lead);
      }
      for (int n = 0; n < framePeriod; n++) {
        double in;
        double pulsePart = 0.0;
        double noisePart;
        if (period == 0.0) {
          in = noise();
          noisePart = in;
        } else {
          if ((phase += 1.0) >= period) {
            in = Math.sqrt(period);
            phase = phase - period;
          } else {
            in = 0.0;
          }
          pulsePart = in;
          noisePart = mixed ? noise() : 0.0;
        }
        if (mixed) {
          pulses[lead + n] = pulsePart;
          noises[lead + n] = noisePart;
        } else {
          x[n] = in;
        }
        period += increment;
      }
      if (mixed) {
        excite();
      }
      for (int n = 0; n < framePeriod; n++) {
        double sample = x[n];
        if (sample != 0.0) {
          sample *= Math.exp(coefficients[0]);
        }
        audio[written++] = mlsa(sample, coefficients);
        for (int i = 0; i < order; i++) {
          coefficients[i] += step[i];
        }
      }
    }

    // MaryTTS's postfilter: the cepstrum's filter is sharpened by beta (all but its first two
    // coefficients scaled, the second corrected) and its gain set back to the unsharpened filter's
    // energy. The two energies do not depend on each other, so they are computed side by side.
    private void postfilter(double[] mgc, int m) {
      if (!(beta > 0.0 && m > 1)) {
        return;
      }
      double[] plain = new double[m + 1];
      HTSVocoder.mc2b(mgc, plain, m, alpha);
      double[] sharp = plain.clone();
      sharp[1] -= beta * alpha * mgc[2];
      for (int k = 2; k < m; k++) {
        sharp[k] *= (1.0 + beta);
      }
      energies(plain, sharp, m);
      sharp[0] += Math.log(energyPlain / energySharp) / 2;
      HTSVocoder.b2mc(sharp, mgc, m, alpha);
    }

    /**
     * The energies of the impulse responses of two MLSA filters (MaryTTS's {@code b2en} of each):
     * coefficients to mel-cepstrum, frequency warping back to a plain cepstrum of {@value #IMPULSE}
     * values, its minimum-phase impulse response of as many samples, and the sum of their squares.
     */
    private void energies(double[] filter1, double[] filter2, int m) {
      double[] mc1 = new double[m + 1];
      double[] mc2 = new double[m + 1];
      HTSVocoder.b2mc(filter1, mc1, m, alpha);
      HTSVocoder.b2mc(filter2, mc2, m, alpha);
      double a = -alpha;
      double aa = 1 - a * a;
      int last = IMPULSE - 1;
      // The warping's state, one value per output coefficient (MaryTTS keeps it in the upper half of a buffer).
      double[] w1 = warp1;
      double[] w2 = warp2;
      java.util.Arrays.fill(w1, 0.0);
      java.util.Arrays.fill(w2, 0.0);
      for (int i = m; i >= 0; i--) {
        double old1 = w1[0];
        double old2 = w2[0];
        w1[0] = mc1[i] + a * old1;
        w2[0] = mc2[i] + a * old2;
        double before1 = w1[1];
        double before2 = w2[1];
        double new1 = aa * old1 + a * before1;
        double new2 = aa * old2 + a * before2;
        w1[1] = new1;
        w2[1] = new2;
        for (int j = 2; j <= last; j++) {
          double at1 = w1[j];
          double at2 = w2[j];
          new1 = before1 + a * (at1 - new1);
          new2 = before2 + a * (at2 - new2);
          w1[j] = new1;
          w2[j] = new2;
          before1 = at1;
          before2 = at2;
        }
      }
      // MaryTTS copies all but the last value of the warped cepstrum; its last stays 0.
      double[] c1 = cepstrum1;
      double[] c2 = cepstrum2;
      System.arraycopy(w1, 0, c1, 0, last);
      System.arraycopy(w2, 0, c2, 0, last);
      c1[last] = 0.0;
      c2[last] = 0.0;
      double[] h1 = impulse1;
      double[] h2 = impulse2;
      h1[0] = Math.exp(c1[0]);
      h2[0] = Math.exp(c2[0]);
      for (int n = 1; n < IMPULSE; n++) {
        double d1 = 0;
        double d2 = 0;
        for (int k = 1; k <= n; k++) {
          d1 += k * c1[k] * h1[n - k];
          d2 += k * c2[k] * h2[n - k];
        }
        h1[n] = d1 / n;
        h2[n] = d2 / n;
      }
      double e1 = 0.0;
      double e2 = 0.0;
      for (int i = 0; i < IMPULSE; i++) {
        e1 += h1[i] * h1[i];
        e2 += h2[i] * h2[i];
      }
      energyPlain = e1;
      energySharp = e2;
    }

    private double noise() {
      return noise.nextBoolean() ? 1.0 : -1.0;
    }

    // The frame's pulse and noise filters: each band weighted by its strength (the pulse's) or by
    // the rest (the noise's).
    private void shapeExcitation(HTSPStream strengths, int frame) {
      for (int j = 0; j < filterOrder; j++) {
        pulseShape[j] = noiseShape[j] = 0.0;
        for (int i = 0; i < filterCount; i++) {
          double strength = strengths.getPar(frame, i);
          pulseShape[j] += strength * bands[i][j];
          noiseShape[j] += (1 - strength) * bands[i][j];
        }
      }
    }

    // The frame's mixed excitation. As in MaryTTS, tap k > 0 of each filter reads the input of k + 1
    // samples before and tap 0 the current one, and each sum runs from the last tap down; each sum
    // is a chain of dependent additions, so two samples are filtered side by side.
    private void excite() {
      int lead = filterOrder;
      int n = 0;
      for (; n + 1 < framePeriod; n += 2) {
        int t = lead + n;
        double pulse1 = 0.0;
        double noise1 = 0.0;
        double pulse2 = 0.0;
        double noise2 = 0.0;
        for (int k = filterOrder - 1; k > 0; k--) {
          double hp = pulseShape[k];
          double hn = noiseShape[k];
          pulse1 += hp * pulses[t - 1 - k];
          noise1 += hn * noises[t - 1 - k];
          pulse2 += hp * pulses[t - k];
          noise2 += hn * noises[t - k];
        }
        pulse1 += pulseShape[0] * pulses[t];
        noise1 += noiseShape[0] * noises[t];
        pulse2 += pulseShape[0] * pulses[t + 1];
        noise2 += noiseShape[0] * noises[t + 1];
        excitation[n] = pulse1 + noise1;
        excitation[n + 1] = pulse2 + noise2;
      }
      for (; n < framePeriod; n++) {
        int t = lead + n;
        double pulseOut = 0.0;
        double noiseOut = 0.0;
        for (int k = filterOrder - 1; k > 0; k--) {
          pulseOut += pulseShape[k] * pulses[t - 1 - k];
          noiseOut += noiseShape[k] * noises[t - 1 - k];
        }
        pulseOut += pulseShape[0] * pulses[t];
        noiseOut += noiseShape[0] * noises[t];
        excitation[n] = pulseOut + noiseOut;
      }
    }

    // The MLSA filter for one sample with filter coefficients b: its first part (b[1] only), then the five FIR stages.
    private double mlsa(double x, double[] b) {
      double a = alpha;
      double out = 0.0;
      for (int i = PADE_ORDER; i > 0; i--) {
        first[i] = (1 - a * a) * first[PADE_ORDER + i] + a * first[i];
        first[PADE_ORDER + 1 + i] = first[i] * b[1];
        double v = first[PADE_ORDER + 1 + i] * PADE[i];
        x += (i & 1) == 1 ? v : -v;
        out += v;
      }
      first[PADE_ORDER + 1] = x;
      out += x;
      return stages(out, b);
    }

    // The second part: stage i filters what stage i - 1 gave for the previous sample.
    private double stages(double x, double[] b) {
      double a = alpha;
      double aa = 1 - a * a;
      int m = order - 1;
      int w = order + 1;
      double[] d = lines;
      int o1 = 0;
      int o2 = w;
      int o3 = 2 * w;
      int o4 = 3 * w;
      int o5 = 4 * w;
      // Each line: [0] its input, [1] the first-order section, [i] the delayed section i (after the shift).
      double in1 = stageOut[0];
      double in2 = stageOut[1];
      double in3 = stageOut[2];
      double in4 = stageOut[3];
      double in5 = stageOut[4];
      d[o1] = in1;
      d[o2] = in2;
      d[o3] = in3;
      d[o4] = in4;
      d[o5] = in5;
      double p1 = aa * in1 + a * d[o1 + 1];
      double p2 = aa * in2 + a * d[o2 + 1];
      double p3 = aa * in3 + a * d[o3 + 1];
      double p4 = aa * in4 + a * d[o4 + 1];
      double p5 = aa * in5 + a * d[o5 + 1];
      d[o1 + 1] = p1;
      d[o2 + 1] = p2;
      d[o3 + 1] = p3;
      d[o4 + 1] = p4;
      d[o5 + 1] = p5;
      double y1 = 0.0;
      double y2 = 0.0;
      double y3 = 0.0;
      double y4 = 0.0;
      double y5 = 0.0;
      for (int i = 2; i <= m; i++) {
        double bi = b[i];
        double c1 = d[o1 + i] + a * (d[o1 + i + 1] - p1);
        double c2 = d[o2 + i] + a * (d[o2 + i + 1] - p2);
        double c3 = d[o3 + i] + a * (d[o3 + i + 1] - p3);
        double c4 = d[o4 + i] + a * (d[o4 + i + 1] - p4);
        double c5 = d[o5 + i] + a * (d[o5 + i + 1] - p5);
        d[o1 + i] = p1;
        d[o2 + i] = p2;
        d[o3 + i] = p3;
        d[o4 + i] = p4;
        d[o5 + i] = p5;
        y1 += c1 * bi;
        y2 += c2 * bi;
        y3 += c3 * bi;
        y4 += c4 * bi;
        y5 += c5 * bi;
        p1 = c1;
        p2 = c2;
        p3 = c3;
        p4 = c4;
        p5 = c5;
      }
      d[o1 + m + 1] = p1;
      d[o2 + m + 1] = p2;
      d[o3 + m + 1] = p3;
      d[o4 + m + 1] = p4;
      d[o5 + m + 1] = p5;
      // The stages' outputs join in MaryTTS's order, the fifth first; odd stages add, even ones subtract.
      stageOut[5] = y5;
      stageOut[4] = y4;
      stageOut[3] = y3;
      stageOut[2] = y2;
      stageOut[1] = y1;
      double v5 = y5 * PADE[5];
      double v4 = y4 * PADE[4];
      double v3 = y3 * PADE[3];
      double v2 = y2 * PADE[2];
      double v1 = y1 * PADE[1];
      x += v5;
      x += -v4;
      x += v3;
      x += -v2;
      x += v1;
      double out = 0.0;
      out += v5;
      out += v4;
      out += v3;
      out += v2;
      out += v1;
      stageOut[0] = x;
      return out + x;
    }
  }
}
