package org.editionaudio.audio;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.editionaudio.edition.Section;

/**
 * The finished program before encoding: its samples in a raw PCM file (16-bit little-endian mono)
 * and its chapters, which cover it end to end without gaps.
 *
 * @param pcm the raw samples, owned by the {@link Timeline} that wrote them
 * @param sampleRate samples per second
 * @param samples number of samples
 * @param chapters chapters in order; the first starts at 0, each ends where the next starts and the
 *     last ends at {@code samples}
 * @param cues every spoken sentence, in order
 * @param source the samples' integrated loudness and sample peak as they were written, or null when
 *     not measured
 */
public record Program(Path pcm, int sampleRate, long samples, List<Chapter> chapters, List<Cue> cues,
    LoudnessMeter.Measurement source) {

  /** A program whose loudness was not measured on the way. */
  public Program(Path pcm, int sampleRate, long samples, List<Chapter> chapters, List<Cue> cues) {
    this(pcm, sampleRate, samples, chapters, cues, null);
  }

  /** Checks that the chapters tile the program exactly. */
  public Program {
    Objects.requireNonNull(pcm, "pcm");
    chapters = List.copyOf(chapters);
    cues = List.copyOf(cues);
    if (chapters.isEmpty()) {
      throw new IllegalArgumentException("a program needs a chapter");
    }
    long expected = 0;
    for (Chapter chapter : chapters) {
      if (chapter.startSample() != expected) {
        throw new IllegalArgumentException("chapter '" + chapter.title() + "' does not start where the last ended");
      }
      expected = chapter.endSample();
    }
    if (expected != samples) {
      throw new IllegalArgumentException("the last chapter does not end at the end of the audio");
    }
  }

  /** The same program with each story's chapter carrying its section's link (null where none). */
  public Program withLinks(List<Section> sections) {
    List<Chapter> linked = chapters.stream()
        .map(c -> c.isIntro() || c.sectionIndex() >= sections.size() ? c : c.withUrl(sections.get(c.sectionIndex()).url()))
        .toList();
    return new Program(pcm, sampleRate, samples, linked, cues, source);
  }

  /** Duration in milliseconds, equal to the last chapter's end. */
  public long durationMs() {
    return Chapter.toMillis(samples, sampleRate);
  }
}
