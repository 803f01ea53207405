package org.editionaudio.audio;

import java.util.Arrays;

/**
 * Integrated loudness (ITU-R BS.1770-4, as EBU R128 measures it) of mono samples fed as they are
 * written: K-weighting, 400 ms blocks overlapping by 75 %, an absolute gate at −70 LUFS and a
 * relative gate 10 LU below. It also keeps the sample peak. It lets mastering know the program's
 * loudness without another pass over it; the finished file is still measured by ffmpeg.
 */
final class LoudnessAccumulator {
  private static final double ABSOLUTE_GATE = -70.0;
  private static final double RELATIVE_GATE = -10.0;

  private final int stepSamples;
  // K-weighting: a high shelf then a high pass, both biquads (direct form I).
  private final double[] shelf;
  private final double[] highPass;
  private final double[] state = new double[8];
  private double stepSum;
  private int inStep;
  private double[] steps = new double[1024];
  private int stepCount;
  private int peak;

  LoudnessAccumulator(int sampleRate) {
    this.stepSamples = sampleRate / 10;
    double k = Math.tan(Math.PI * 1681.974450955533 / sampleRate);
    double q = 0.7071752369554196;
    double vh = Math.pow(10, 3.999843853973347 / 20);
    double vb = Math.pow(vh, 0.4996667741545416);
    double a0 = 1 + k / q + k * k;
    shelf = new double[] {(vh + vb * k / q + k * k) / a0, 2 * (k * k - vh) / a0, (vh - vb * k / q + k * k) / a0,
        2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0};
    double k2 = Math.tan(Math.PI * 38.13547087602444 / sampleRate);
    double q2 = 0.5003270373238773;
    double d = 1 + k2 / q2 + k2 * k2;
    highPass = new double[] {1, -2, 1, 2 * (k2 * k2 - 1) / d, (1 - k2 / q2 + k2 * k2) / d};
  }

  /** The loudness and sample peak of the first {@code samples} of a raw PCM file (16-bit little-endian mono). */
  static LoudnessMeter.Measurement of(java.nio.file.Path pcm, long samples, int sampleRate) throws EncodingException {
    LoudnessAccumulator accumulator = new LoudnessAccumulator(sampleRate);
    byte[] bytes = new byte[1 << 16];
    short[] block = new short[bytes.length / 2];
    long left = 2 * samples;
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(pcm)) {
      while (left > 0) {
        int n = in.readNBytes(bytes, 0, (int) Math.min(bytes.length, left));
        if (n < 2) {
          break;
        }
        java.nio.ByteBuffer.wrap(bytes, 0, n).order(java.nio.ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(block, 0, n / 2);
        accumulator.add(block, 0, n / 2);
        left -= n;
      }
    } catch (java.io.IOException e) {
      throw new EncodingException(pcm, "cannot read temporary audio (" + e.getMessage() + ")", e);
    }
    return new LoudnessMeter.Measurement(accumulator.integratedLufs(), accumulator.samplePeakDbfs());
  }

  /** Adds samples. */
  void add(short[] samples, int from, int to) {
    for (int i = from; i < to; i++) {
      int s = samples[i];
      peak = Math.max(peak, Math.abs(s));
      double x = s / 32768.0;
      double y1 = shelf[0] * x + shelf[1] * state[0] + shelf[2] * state[1] - shelf[3] * state[2] - shelf[4] * state[3];
      state[1] = state[0];
      state[0] = x;
      state[3] = state[2];
      state[2] = y1;
      double y2 = y1 - 2 * state[4] + state[5] - highPass[3] * state[6] - highPass[4] * state[7];
      state[5] = state[4];
      state[4] = y1;
      state[7] = state[6];
      state[6] = y2;
      stepSum += y2 * y2;
      if (++inStep == stepSamples) {
        if (stepCount == steps.length) {
          steps = Arrays.copyOf(steps, steps.length * 2);
        }
        steps[stepCount++] = stepSum;
        stepSum = 0;
        inStep = 0;
      }
    }
  }

  /** Adds {@code count} samples of digital silence. */
  void addSilence(long count) {
    short[] zeros = new short[(int) Math.min(count, 48_000)];
    for (long left = count; left > 0; left -= zeros.length) {
      add(zeros, 0, (int) Math.min(zeros.length, left));
    }
  }

  /** Integrated loudness in LUFS; −70 for a program that is all below the absolute gate. */
  double integratedLufs() {
    int blocks = Math.max(0, stepCount - 3);
    double[] power = new double[blocks];
    for (int b = 0; b < blocks; b++) {
      power[b] = (steps[b] + steps[b + 1] + steps[b + 2] + steps[b + 3]) / (4.0 * stepSamples);
    }
    double absolute = gatedMean(power, ABSOLUTE_GATE);
    if (Double.isNaN(absolute)) {
      return ABSOLUTE_GATE;
    }
    double relative = gatedMean(power, lufs(absolute) + RELATIVE_GATE);
    return Double.isNaN(relative) ? ABSOLUTE_GATE : lufs(relative);
  }

  /** Sample peak in dBFS. */
  double samplePeakDbfs() {
    return peak == 0 ? -120 : 20 * Math.log10(peak / 32768.0);
  }

  private static double gatedMean(double[] power, double gate) {
    double sum = 0;
    int count = 0;
    for (double p : power) {
      if (p > 0 && lufs(p) > gate) {
        sum += p;
        count++;
      }
    }
    return count == 0 ? Double.NaN : sum / count;
  }

  private static double lufs(double meanSquare) {
    return -0.691 + 10 * Math.log10(meanSquare);
  }
}
