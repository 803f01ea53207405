package org.editionaudio.speech;

import java.util.Objects;

/**
 * Synthesized speech for one sentence, trimmed to a short margin of silence on each side.
 *
 * @param samples 16-bit mono samples
 * @param onset index of the first sample of the voice (after the leading margin)
 * @param release index after the last sample of the voice (before the trailing margin)
 */
public record Clip(short[] samples, int onset, int release) {
  /** Requires {@code 0 <= onset <= release <= samples.length}. */
  public Clip {
    Objects.requireNonNull(samples, "samples");
    if (onset < 0 || release < onset || release > samples.length) {
      throw new IllegalArgumentException("bad voice range " + onset + ".." + release + " of " + samples.length);
    }
  }
}
