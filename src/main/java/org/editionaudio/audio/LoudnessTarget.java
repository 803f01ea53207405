package org.editionaudio.audio;

/**
 * What the finished program must measure.
 *
 * @param integratedLufs integrated loudness, LUFS (EBU R128)
 * @param truePeakDbtp the highest true peak allowed, dBTP
 */
public record LoudnessTarget(double integratedLufs, double truePeakDbtp) {
  /** Spoken word for podcasts and the web: −16 LUFS, −1 dBTP. */
  public static final LoudnessTarget SPOKEN_WORD = new LoudnessTarget(-16.0, -1.0);

  /** Requires plausible values. */
  public LoudnessTarget {
    // Written so that NaN fails too: every comparison with NaN is false.
    if (!(integratedLufs >= -40 && integratedLufs <= -5)) {
      throw new IllegalArgumentException("loudness target " + integratedLufs + " LUFS is outside -40..-5");
    }
    if (!(truePeakDbtp >= -12 && truePeakDbtp <= 0)) {
      throw new IllegalArgumentException("true-peak limit " + truePeakDbtp + " dBTP is outside -12..0");
    }
  }
}
