package org.editionaudio.speech;

import java.util.List;
import java.util.Objects;

/**
 * A chapter as audio: its samples in order, including the silences that pace it. The chapter starts
 * with its share of the pause before it and ends with the rest of the pause after it, so chapters
 * only need to be laid end to end.
 *
 * @param title the chapter title
 * @param sectionIndex the edition section, or -1 for the intro
 * @param sampleRate samples per second of every part
 * @param parts speech and silence in order
 */
public record SpokenChapter(String title, int sectionIndex, int sampleRate, List<Part> parts) {

  /** A piece of a chapter's audio. */
  public sealed interface Part permits Speech, Silence {
    /** Length in samples. */
    int length();
  }

  /**
   * Synthesized speech.
   *
   * @param line the line it says
   * @param samples 16-bit mono samples
   */
  public record Speech(Line line, short[] samples) implements Part {
    /** Requires samples. */
    public Speech {
      Objects.requireNonNull(line, "line");
      Objects.requireNonNull(samples, "samples");
    }

    @Override
    public int length() {
      return samples.length;
    }
  }

  /**
   * A pause.
   *
   * @param length length in samples
   */
  public record Silence(int length) implements Part {
    /** Requires a non-negative length. */
    public Silence {
      if (length < 0) {
        throw new IllegalArgumentException("negative silence");
      }
    }
  }

  /** Copies the parts and checks the rate. */
  public SpokenChapter {
    Objects.requireNonNull(title, "title");
    parts = List.copyOf(parts);
    if (sampleRate <= 0) {
      throw new IllegalArgumentException("sample rate must be positive");
    }
  }

  /** Total length in samples. */
  public long length() {
    return parts.stream().mapToLong(Part::length).sum();
  }
}
