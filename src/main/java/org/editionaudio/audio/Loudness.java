package org.editionaudio.audio;

/**
 * Loudness of the finished program, measured on the encoded file.
 *
 * @param integratedLufs integrated loudness, LUFS
 * @param truePeakDbtp true peak, dBTP
 * @param target what was aimed at
 * @param gainDb the linear gain applied to the whole program
 * @param limited whether a true-peak limiter caught peaks that the gain would have pushed over the limit
 */
public record Loudness(double integratedLufs, double truePeakDbtp, LoudnessTarget target, double gainDb,
    boolean limited) {

  /** True when the program is within 1 LU of the target and under the true-peak limit. */
  public boolean meetsTarget() {
    return Math.abs(integratedLufs - target.integratedLufs()) <= 1.0 && truePeakDbtp <= target.truePeakDbtp();
  }
}
