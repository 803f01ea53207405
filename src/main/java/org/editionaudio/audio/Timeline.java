package org.editionaudio.audio;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.editionaudio.speech.Clip;
import org.editionaudio.speech.ScriptChapter;
import org.editionaudio.speech.Synthesizer;
import org.editionaudio.speech.Utterance;

/**
 * Lays the spoken program end to end into a temporary PCM file as it comes, so memory does not
 * grow with the length of the edition, and records where each chapter and each sentence starts
 * and ends, to the sample. Produced audio (intro, stings, outro) goes in at its place: the intro
 * before the first speech, a sting before each chapter after the first, the outro at the end.
 */
public final class Timeline implements Synthesizer.Sink<EncodingException>, AutoCloseable {
  /** Hears the program's samples in order, as the timeline lays them down. */
  public interface Listener {
    /** The next {@code length} bytes of samples (16-bit little-endian mono) in {@code bytes}, which is reused after the call. */
    void samples(byte[] bytes, int offset, int length) throws EncodingException;

    /** A listener that does nothing. */
    Listener NONE = (bytes, offset, length) -> {};
  }

  // Silence after produced audio, before the speech or the chapter start that follows it.
  private static final int AFTER_PRODUCED_MS = 400;

  private final int sampleRate;
  private final ProducedAudio stings;
  private final Path pcm;
  private final OutputStream out;
  private final List<Chapter> chapters = new ArrayList<>();
  private final List<Cue> cues = new ArrayList<>();
  private final byte[] buffer = new byte[1 << 16];
  private final LoudnessAccumulator loudness;
  private final Listener listener;
  private long samples;
  private ScriptChapter open;
  private long openedAt;
  private boolean finished;

  private Timeline(int sampleRate, ProducedAudio stings, Path pcm, Listener listener) throws IOException {
    this.sampleRate = sampleRate;
    this.listener = listener;
    this.stings = stings;
    this.pcm = pcm;
    this.out = new BufferedOutputStream(Files.newOutputStream(pcm), 1 << 16);
    this.loudness = new LoudnessAccumulator(sampleRate);
  }

  /** A timeline without produced audio, writing to a new temporary file deleted by {@link #close()}. */
  public static Timeline create(int sampleRate) throws EncodingException {
    return create(sampleRate, ProducedAudio.NONE);
  }

  /** A timeline with produced audio at the program's sample rate. */
  public static Timeline create(int sampleRate, ProducedAudio stings) throws EncodingException {
    return create(sampleRate, stings, Listener.NONE);
  }

  /** A timeline with produced audio that also hands every sample, in order, to {@code listener}. */
  public static Timeline create(int sampleRate, ProducedAudio stings, Listener listener) throws EncodingException {
    try {
      return new Timeline(sampleRate, stings, Scratch.file("edition-audio-", ".pcm"), listener);
    } catch (IOException e) {
      throw new EncodingException(null, "cannot create a temporary audio file (" + e.getMessage() + ")", e);
    }
  }

  @Override
  public void chapter(ScriptChapter chapter) throws EncodingException {
    checkOpen();
    if (open == null) {
      open(chapter);
      produced(stings.intro());
      return;
    }
    produced(stings.sting());
    close(open);
    open(chapter);
  }

  @Override
  public void speech(Utterance utterance, Clip clip) throws EncodingException {
    requireChapter();
    cues.add(new Cue(utterance, samples + clip.onset(), samples + clip.release(), sampleRate));
    write(clip.samples());
  }

  @Override
  public void silence(int count) throws EncodingException {
    requireChapter();
    writeSilence(count);
  }

  /** Ends the last chapter (after the outro) and closes the sample file. */
  public Program finish() throws EncodingException {
    requireChapter();
    produced(stings.outro());
    close(open);
    finished = true;
    try {
      out.close();
    } catch (IOException e) {
      throw failure(e);
    }
    return new Program(pcm, sampleRate, samples, chapters, cues,
        new LoudnessMeter.Measurement(loudness.integratedLufs(), loudness.samplePeakDbfs()));
  }

  private void open(ScriptChapter chapter) {
    open = chapter;
    openedAt = samples;
  }

  private void close(ScriptChapter chapter) {
    if (samples > openedAt) {
      chapters.add(new Chapter(chapter.title(), chapter.sectionIndex(), openedAt, samples, sampleRate));
    }
  }

  private void produced(short[] audio) throws EncodingException {
    if (audio.length > 0) {
      write(audio);
      writeSilence((int) ((long) AFTER_PRODUCED_MS * sampleRate / 1000));
    }
  }

  private void write(short[] data) throws EncodingException {
    try {
      int i = 0;
      while (i < data.length) {
        int n = Math.min(buffer.length / 2, data.length - i);
        for (int k = 0; k < n; k++) {
          short s = data[i + k];
          buffer[2 * k] = (byte) s;
          buffer[2 * k + 1] = (byte) (s >> 8);
        }
        out.write(buffer, 0, 2 * n);
        listener.samples(buffer, 0, 2 * n);
        i += n;
      }
    } catch (IOException e) {
      throw failure(e);
    }
    loudness.add(data, 0, data.length);
    samples += data.length;
  }

  private void writeSilence(int count) throws EncodingException {
    byte[] zeros = new byte[Math.min(buffer.length, 2 * Math.max(count, 1))];
    long remaining = 2L * count;
    try {
      while (remaining > 0) {
        int n = (int) Math.min(zeros.length, remaining);
        out.write(zeros, 0, n);
        listener.samples(zeros, 0, n);
        remaining -= n;
      }
    } catch (IOException e) {
      throw failure(e);
    }
    loudness.addSilence(count);
    samples += count;
  }

  private void requireChapter() {
    checkOpen();
    if (open == null) {
      throw new IllegalStateException("audio before the first chapter");
    }
  }

  private void checkOpen() {
    if (finished) {
      throw new IllegalStateException("timeline already finished");
    }
  }

  private static EncodingException failure(IOException e) {
    return new EncodingException(null, "cannot write temporary audio (" + e.getMessage() + ")", e);
  }

  /** Deletes the temporary sample file. */
  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      // Closing again after finish(); nothing left to flush.
    }
    Scratch.delete(pcm);
  }
}
