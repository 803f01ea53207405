package org.editionaudio.audio;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.editionaudio.speech.SpokenChapter;

/**
 * Lays spoken chapters end to end into one program, writing samples to a temporary PCM file as
 * they come so that memory does not grow with the length of the edition, and records where each
 * chapter starts and ends to the sample.
 */
public final class Timeline implements AutoCloseable {
  /** The engine's output rate; every chapter must match it. */
  private final int sampleRate;
  private final Path pcm;
  private final OutputStream out;
  private final List<Chapter> chapters = new ArrayList<>();
  private final byte[] buffer = new byte[1 << 16];
  private long samples;
  private boolean finished;

  private Timeline(int sampleRate, Path pcm) throws IOException {
    this.sampleRate = sampleRate;
    this.pcm = pcm;
    this.out = new BufferedOutputStream(Files.newOutputStream(pcm), 1 << 16);
  }

  /** A timeline writing to a new temporary file, deleted by {@link #close()}. */
  public static Timeline create(int sampleRate) throws EncodingException {
    try {
      return new Timeline(sampleRate, Files.createTempFile("edition-audio-", ".pcm"));
    } catch (IOException e) {
      throw new EncodingException(null, "cannot create a temporary audio file (" + e.getMessage() + ")", e);
    }
  }

  /** Appends a chapter: its samples go to the file and its range to the chapter list. */
  public void add(SpokenChapter chapter) throws EncodingException {
    if (finished) {
      throw new IllegalStateException("timeline already finished");
    }
    if (chapter.sampleRate() != sampleRate) {
      throw new IllegalArgumentException("chapter at " + chapter.sampleRate() + " Hz in a " + sampleRate + " Hz program");
    }
    long start = samples;
    try {
      for (SpokenChapter.Part part : chapter.parts()) {
        if (part instanceof SpokenChapter.Speech speech) {
          write(speech.samples());
        } else {
          writeSilence(part.length());
        }
      }
    } catch (IOException e) {
      throw new EncodingException(null, "cannot write temporary audio (" + e.getMessage() + ")", e);
    }
    if (samples > start) {
      chapters.add(new Chapter(chapter.title(), chapter.sectionIndex(), start, samples, sampleRate));
    }
  }

  /** Closes the sample file and returns the program. */
  public Program finish() throws EncodingException {
    finished = true;
    try {
      out.close();
    } catch (IOException e) {
      throw new EncodingException(null, "cannot write temporary audio (" + e.getMessage() + ")", e);
    }
    return new Program(pcm, sampleRate, samples, chapters);
  }

  private void write(short[] data) throws IOException {
    int i = 0;
    while (i < data.length) {
      int n = Math.min(buffer.length / 2, data.length - i);
      for (int k = 0; k < n; k++) {
        short s = data[i + k];
        buffer[2 * k] = (byte) s;
        buffer[2 * k + 1] = (byte) (s >> 8);
      }
      out.write(buffer, 0, 2 * n);
      i += n;
    }
    samples += data.length;
  }

  private void writeSilence(int count) throws IOException {
    byte[] zeros = new byte[Math.min(buffer.length, 2 * count)];
    long remaining = 2L * count;
    while (remaining > 0) {
      int n = (int) Math.min(zeros.length, remaining);
      out.write(zeros, 0, n);
      remaining -= n;
    }
    samples += count;
  }

  /** Deletes the temporary sample file. */
  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      // Closing again after finish(); nothing left to flush.
    }
    try {
      Files.deleteIfExists(pcm);
    } catch (IOException e) {
      pcm.toFile().deleteOnExit();
    }
  }
}
