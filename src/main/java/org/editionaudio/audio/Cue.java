package org.editionaudio.audio;

import java.util.Objects;
import org.editionaudio.speech.Utterance;

/**
 * Where one spoken sentence sits in the program, from the first to the last sample of its voice.
 *
 * @param utterance the sentence and where it comes from
 * @param startSample first sample of the voice
 * @param endSample first sample after the voice
 * @param sampleRate samples per second
 */
public record Cue(Utterance utterance, long startSample, long endSample, int sampleRate) {
  /** Requires an ordered range. */
  public Cue {
    Objects.requireNonNull(utterance, "utterance");
    if (startSample < 0 || endSample < startSample || sampleRate <= 0) {
      throw new IllegalArgumentException("bad cue range " + startSample + ".." + endSample);
    }
  }

  /** Start in milliseconds. */
  public long startMs() {
    return Chapter.toMillis(startSample, sampleRate);
  }

  /** End in milliseconds. */
  public long endMs() {
    return Chapter.toMillis(endSample, sampleRate);
  }
}
