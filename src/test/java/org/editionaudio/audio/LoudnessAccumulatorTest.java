package org.editionaudio.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LoudnessAccumulatorTest {
  private static short[] sine(double hz, double dbfs, double seconds, int rate) {
    short[] samples = new short[(int) (seconds * rate)];
    double amplitude = 32768 * Math.pow(10, dbfs / 20);
    for (int i = 0; i < samples.length; i++) {
      samples[i] = (short) Math.round(amplitude * Math.sin(2 * Math.PI * hz * i / rate));
    }
    return samples;
  }

  @Test
  void aSineAtMinus20DbfsIsMinus23Lufs() {
    // BS.1770's reference: a 997 Hz sine at full scale reads -3.01 LUFS.
    for (int rate : new int[] {48_000, 44_100}) {
      LoudnessAccumulator meter = new LoudnessAccumulator(rate);
      short[] tone = sine(997, -20, 10, rate);
      meter.add(tone, 0, tone.length);
      assertEquals(-23.0, meter.integratedLufs(), 0.05, rate + " Hz");
      assertEquals(-20.0, meter.samplePeakDbfs(), 0.01);
    }
  }

  @Test
  void silenceIsGatedAway() {
    LoudnessAccumulator meter = new LoudnessAccumulator(48_000);
    short[] tone = sine(997, -20, 5, 48_000);
    meter.add(tone, 0, tone.length);
    meter.addSilence(48_000 * 20);
    // 47 whole blocks of tone, and 3 blocks across its end at 3/4, 1/2 and 1/4 of its power, which
    // pass the relative gate: 10 log10(48.5 / 50) = -0.13 dB. The 20 s of silence count for nothing.
    assertEquals(-23.13, meter.integratedLufs(), 0.03, "pauses do not make a program quieter");
    LoudnessAccumulator quiet = new LoudnessAccumulator(48_000);
    quiet.addSilence(48_000 * 3);
    assertEquals(-70.0, quiet.integratedLufs());
  }
}
