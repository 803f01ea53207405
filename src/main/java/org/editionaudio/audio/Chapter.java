package org.editionaudio.audio;

import java.util.Objects;

/**
 * A chapter's place in the program, to the sample. Every output (ID3 CHAP, WebVTT, JSON chapters,
 * manifest) takes its times from here, so they agree to the millisecond.
 *
 * @param title the chapter title
 * @param sectionIndex the edition section it reads, or -1 for the intro
 * @param startSample first sample of the chapter
 * @param endSample first sample after the chapter
 * @param sampleRate samples per second
 */
public record Chapter(String title, int sectionIndex, long startSample, long endSample, int sampleRate) {

  /** Requires a title and a non-empty, ordered sample range. */
  public Chapter {
    Objects.requireNonNull(title, "title");
    if (startSample < 0 || endSample <= startSample || sampleRate <= 0) {
      throw new IllegalArgumentException("bad chapter range " + startSample + ".." + endSample);
    }
  }

  /** Start in milliseconds, rounded. */
  public long startMs() {
    return toMillis(startSample, sampleRate);
  }

  /** End in milliseconds, rounded; equal to the next chapter's start. */
  public long endMs() {
    return toMillis(endSample, sampleRate);
  }

  /** True for the spoken opening that is not a story. */
  public boolean isIntro() {
    return sectionIndex < 0;
  }

  static long toMillis(long samples, int sampleRate) {
    return Math.round(samples * 1000.0 / sampleRate);
  }
}
