package org.editionaudio.audio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Encodes the program while the timeline is still laying it down, so that little is left to do
 * after the last sentence. The gain needs the program's loudness, so encoding starts once
 * {@value #START_PERCENT} % of the sentences are spoken (see {@link #following}): one voice is
 * steady, and the loudness of that much comes within about 0.2 LU of the whole's; the codec's
 * shortfall is measured on the first {@value #EXCERPT_SECONDS} seconds meanwhile
 * ({@link Mastering}). ffmpeg then catches up on what was already spoken and
 * follows the rest, and the encoded audio is measured on the way. Whether that landed on the
 * target is for {@link Mastering#master(Program, Tags, Path, LoudnessTarget, LiveMastering)} to
 * judge when the program is finished. Samples go through a bounded queue to a thread of its own,
 * and what waits for the encoder to start waits in a temporary file, so memory stays flat and the
 * timeline never waits on ffmpeg. A failure here only means the program is encoded from its
 * samples afterwards, as without it.
 */
public final class LiveMastering implements Timeline.Listener, AutoCloseable {
  /** How much of the script is spoken when encoding starts, in percent of its sentences. */
  static final int START_PERCENT = 70;
  /** How much of the program's start is encoded to measure what the codec takes off. */
  static final int EXCERPT_SECONDS = 30;

  private static final int CHUNK_BYTES = 1 << 16;
  // About 45 seconds of audio may wait while ffmpeg starts or the excerpt is measured.
  private static final int QUEUE_CHUNKS = 64;
  private static final byte[] END = new byte[0];
  private static final byte[] START = new byte[0];

  /**
   * What the live encoding did.
   *
   * @param gainDb the gain it applied
   * @param measured the encoded audio's loudness as a player decodes it
   */
  record Outcome(double gainDb, LoudnessMeter.Measurement measured) {}

  private final Mastering mastering;
  private final StreamingEncoder encoder;
  private final int sampleRate;
  private final Tags tags;
  private final LoudnessTarget target;
  private final BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(QUEUE_CHUNKS);
  private final Thread thread;
  private byte[] chunk = new byte[CHUNK_BYTES];
  private int filled;
  private volatile boolean stopped;
  private volatile EncodingStream stream;
  private double gain;
  private LoudnessMeter.Measurement measured;
  private boolean ended;
  private boolean started;
  private volatile LoudnessMeter.Measurement loudnessSoFar;

  private LiveMastering(Mastering mastering, StreamingEncoder encoder, int sampleRate, Tags tags,
      LoudnessTarget target) {
    this.mastering = mastering;
    this.encoder = encoder;
    this.sampleRate = sampleRate;
    this.tags = tags;
    this.target = target;
    this.thread = encoder == null ? null : new Thread(this::feed, "edition-audio-live-encoding");
    if (thread != null) {
      thread.setDaemon(true);
      thread.start();
    }
  }

  static LiveMastering start(Mastering mastering, AudioEncoder encoder, int sampleRate, Tags tags,
      LoudnessTarget target) {
    return new LiveMastering(mastering, encoder instanceof StreamingEncoder s ? s : null, sampleRate, tags, target);
  }

  /** Takes the next samples; never fails: when the live encoding has stopped, samples are dropped. */
  @Override
  public void samples(byte[] bytes, int offset, int length) {
    if (thread == null || stopped) {
      return;
    }
    int at = offset;
    int end = offset + length;
    while (at < end) {
      int n = Math.min(end - at, CHUNK_BYTES - filled);
      System.arraycopy(bytes, at, chunk, filled, n);
      filled += n;
      at += n;
      if (filled == CHUNK_BYTES) {
        hand(chunk);
        chunk = new byte[CHUNK_BYTES];
        filled = 0;
      }
    }
  }

  private void hand(byte[] next) {
    try {
      while (!stopped && !queue.offer(next, 100, TimeUnit.MILLISECONDS)) {
        // The encoder thread is busy (starting ffmpeg, measuring the excerpt): wait for room.
      }
    } catch (InterruptedException e) {
      stopped = true;
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Starts encoding what came so far and what comes next, at a gain set by {@code soFar}, the
   * loudness of every sample handed so far (null: measured here); called once, after a sentence's
   * pause (calls after the first do nothing). Without it the encoding starts when the samples end.
   */
  void startEncoding(LoudnessMeter.Measurement soFar) {
    if (thread == null || started || ended || stopped) {
      return;
    }
    started = true;
    loudnessSoFar = soFar;
    flush();
    hand(START);
  }

  /**
   * {@code progress}, which also starts the encoding once {@value #START_PERCENT} % of the sentences
   * are spoken, at the loudness that {@code timeline} (which hands this its samples) measured so far.
   */
  public org.editionaudio.speech.Synthesizer.Progress following(org.editionaudio.speech.Synthesizer.Progress progress,
      Timeline timeline) {
    return new org.editionaudio.speech.Synthesizer.Progress() {
      @Override
      public void chapter(int index, int count, String title) {
        progress.chapter(index, count, title);
      }

      @Override
      public void sentences(int done, int total) {
        progress.sentences(done, total);
        if (100L * done >= (long) START_PERCENT * total && !started) {
          startEncoding(timeline.loudnessSoFar());
        }
      }
    };
  }

  private void flush() {
    if (filled > 0) {
      hand(java.util.Arrays.copyOf(chunk, filled));
      chunk = new byte[CHUNK_BYTES];
      filled = 0;
    }
  }

  /**
   * Ends the samples and waits for the encoding to finish; null when nothing was encoded live (a
   * format that cannot stream, a failure).
   */
  Outcome end() {
    if (thread == null || ended) {
      return measured == null ? null : new Outcome(gain, measured);
    }
    ended = true;
    if (!stopped) {
      flush();
      hand(END);
    }
    try {
      thread.join();
    } catch (InterruptedException e) {
      stopped = true;
      Thread.currentThread().interrupt();
      thread.interrupt();
      return null;
    }
    return measured == null ? null : new Outcome(gain, measured);
  }

  /** Writes the file of the live encoding, after {@link #end()} gave an outcome. */
  void write(Program program, Path output) throws EncodingException {
    stream.write(program, tags, output);
  }

  private void feed() {
    Path prefix = null;
    try {
      prefix = Scratch.file("edition-audio-live-", ".pcm");
      Double shortfall = null;
      long excerptBytes = 2L * EXCERPT_SECONDS * sampleRate;
      long waiting = 0;
      try (java.io.OutputStream spill = new java.io.BufferedOutputStream(Files.newOutputStream(prefix), 1 << 16)) {
        for (byte[] next = queue.take(); next != END; next = queue.take()) {
          if (stream != null) {
            stream.samples().write(next);
            continue;
          }
          if (next != START) {
            spill.write(next);
            waiting += next.length;
          }
          if (shortfall == null && waiting > 0 && (waiting >= excerptBytes || next == START)) {
            spill.flush();
            shortfall = mastering.codecShortfall(prefix, Math.min(waiting, excerptBytes) / 2, sampleRate, tags, target);
          }
          if (next == START && waiting > 0) {
            spill.close();
            LoudnessMeter.Measurement soFar = loudnessSoFar;
            begin(prefix, soFar != null ? soFar : LoudnessAccumulator.of(prefix, waiting / 2, sampleRate), shortfall);
          }
        }
        if (stream == null && waiting > 0) {
          spill.close();
          begin(prefix, LoudnessAccumulator.of(prefix, waiting / 2, sampleRate), shortfall != null ? shortfall
              : mastering.codecShortfall(prefix, Math.min(waiting, excerptBytes) / 2, sampleRate, tags, target));
        }
      }
      if (stream != null) {
        measured = stream.end();
      }
    } catch (EncodingException | IOException | RuntimeException e) {
      stop();
    } catch (InterruptedException e) {
      stop();
    } finally {
      Scratch.delete(prefix);
    }
  }

  // Sets the gain from the loudness so far and starts ffmpeg on what came so far.
  private void begin(Path prefix, LoudnessMeter.Measurement soFar, double shortfall) throws IOException, EncodingException {
    gain = target.integratedLufs() - soFar.integratedLufs() + shortfall;
    stream = encoder.start(sampleRate, Mastering.liveFilter(gain, target, sampleRate), mastering.meter());
    Files.copy(prefix, stream.samples());
    Scratch.delete(prefix);
  }

  // The encoder thread gives up: the producer drops what comes next, and ffmpeg is stopped.
  private void stop() {
    stopped = true;
    measured = null;
    queue.clear();
    if (stream != null) {
      stream.close();
    }
  }

  /** Stops the encoding if it still runs and deletes what it wrote. */
  @Override
  public void close() {
    if (thread != null && thread.isAlive()) {
      stopped = true;
      thread.interrupt();
      // Stopping ffmpeg first ends a write into its full pipe, which an interrupt does not.
      EncodingStream running = stream;
      if (running != null) {
        running.close();
      }
      try {
        thread.join(5000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (stream != null) {
      stream.close();
    }
  }
}
