package org.editionaudio.audio;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Brings the whole program to its loudness target in the encoder's one pass: one linear gain for
 * everything (speech, intro, stings, outro), and, only when that gain would push peaks over the
 * true-peak limit, a look-ahead limiter that catches those isolated peaks (no compression, no
 * dynamic loudness normalization, so nothing pumps). The encoded file is measured, and encoded
 * again with a corrected gain or limit if it missed.
 */
public final class Mastering {
  // Headroom for what the limiter cannot see: peaks between samples and the MP3 codec's overshoot.
  private static final double LIMITER_HEADROOM_DB = 0.5;
  private static final double LOUDNESS_TOLERANCE_LU = 0.3;
  private static final int MAX_ENCODES = 3;
  private static final int LOOK_AHEAD_MS = 5;

  private final Mp3Encoder encoder;
  private final LoudnessMeter meter;

  /** Mastering that encodes with {@code encoder} and measures with {@code meter}. */
  public Mastering(Mp3Encoder encoder, LoudnessMeter meter) {
    this.encoder = encoder;
    this.meter = meter;
  }

  /** Encodes the program to {@code output} at {@code target} and returns what the file measures. */
  public Loudness master(Program program, Tags tags, Path output, LoudnessTarget target) throws EncodingException {
    LoudnessMeter.Measurement source = meter.pcm(program.pcm(), program.sampleRate());
    double gain = target.integratedLufs() - source.integratedLufs();
    double ceiling = target.truePeakDbtp() - LIMITER_HEADROOM_DB;
    Loudness result = null;
    for (int attempt = 1; attempt <= MAX_ENCODES; attempt++) {
      boolean limit = source.truePeakDbtp() + gain > ceiling;
      encoder.encode(program, tags, output, filter(gain, limit ? ceiling : null, program.sampleRate()));
      LoudnessMeter.Measurement measured = meter.file(output);
      result = new Loudness(measured.integratedLufs(), measured.truePeakDbtp(), target, gain, limit);
      double loudnessError = target.integratedLufs() - measured.integratedLufs();
      double peakExcess = measured.truePeakDbtp() - target.truePeakDbtp();
      if (Math.abs(loudnessError) <= LOUDNESS_TOLERANCE_LU && peakExcess <= 0) {
        return result;
      }
      gain += loudnessError;
      if (peakExcess > 0) {
        ceiling -= peakExcess + 0.2;
      }
    }
    return result;
  }

  /**
   * ffmpeg filter: the gain, then the limiter when there is a ceiling. ffmpeg 4.4's alimiter
   * delays its output by one sample less than its look-ahead and drops as much at the end; padding
   * the end and trimming the start by that many samples keeps every sample, and so every chapter
   * time, in place (MasteringIT checks this against the bundled ffmpeg).
   */
  static String filter(double gainDb, Double ceilingDbfs, int sampleRate) {
    String volume = String.format(Locale.ROOT, "volume=%.2fdB", gainDb);
    if (ceilingDbfs == null) {
      return volume;
    }
    double limit = Math.pow(10, ceilingDbfs / 20);
    int delay = sampleRate * LOOK_AHEAD_MS / 1000 - 1;
    // No auto level: it would undo the gain.
    return String.format(Locale.ROOT,
        "apad=pad_len=%d,%s,alimiter=limit=%.5f:attack=%d:release=50:asc=0:level=0,atrim=start_sample=%d",
        delay, volume, limit, LOOK_AHEAD_MS, delay);
  }
}
