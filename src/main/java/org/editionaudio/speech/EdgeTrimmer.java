package org.editionaudio.speech;

/** Cuts a synthesized sentence's leading and trailing silence down to a short margin. */
final class EdgeTrimmer {
  // Quieter than -50 dBFS counts as silence at the edges of a clip; a short margin keeps
  // the breath and the release of the first and last sounds.
  private static final int SILENCE_THRESHOLD = 100;
  private static final int EDGE_MARGIN_MS = 40;

  private EdgeTrimmer() {}

  /** What decides the trimming, for cache keys: a change here must not reuse clips trimmed the old way. */
  static String description() {
    return "trim " + SILENCE_THRESHOLD + " " + EDGE_MARGIN_MS;
  }

  /** The clip of {@code samples} with the engine's edge silence cut down to the margin. */
  static Clip trim(short[] samples, int rate) {
    int start = 0;
    while (start < samples.length && Math.abs(samples[start]) < SILENCE_THRESHOLD) {
      start++;
    }
    if (start == samples.length) {
      return new Clip(new short[0], 0, 0);
    }
    int end = samples.length - 1;
    while (end > start && Math.abs(samples[end]) < SILENCE_THRESHOLD) {
      end--;
    }
    int margin = rate * EDGE_MARGIN_MS / 1000;
    int from = Math.max(0, start - margin);
    int to = Math.min(samples.length, end + 1 + margin);
    short[] trimmed = java.util.Arrays.copyOfRange(samples, from, to);
    return new Clip(trimmed, start - from, end + 1 - from);
  }
}
