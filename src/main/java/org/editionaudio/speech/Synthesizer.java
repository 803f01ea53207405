package org.editionaudio.speech;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.w3c.dom.Document;

/**
 * Speaks a script chapter by chapter: normalizes each line, builds its MaryXML, synthesizes it,
 * trims the engine's own edge silence and paces the lines with the script's pauses. With several
 * engines, lines are spoken in parallel, one engine per worker thread, and chapters are still
 * handed on complete and in order; every line is synthesized on its own, so the samples do not
 * depend on which engine spoke it.
 */
public final class Synthesizer {

  /** Told when each chapter starts, for progress displays; called from the caller's thread. */
  public interface Progress {
    /** Chapter {@code index} (0-based) of {@code count} is being spoken. */
    void chapter(int index, int count, String title);

    /** A progress that shows nothing. */
    Progress NONE = (index, count, title) -> {};
  }

  /** Receives each chapter once it is spoken; may fail with its own exception. */
  @FunctionalInterface
  public interface ChapterSink<E extends Exception> {
    /** Takes a complete chapter. */
    void accept(SpokenChapter chapter) throws E;
  }

  // Quieter than -50 dBFS counts as silence at the edges of a clip; a short margin keeps
  // the breath and the release of the first and last sounds.
  private static final int SILENCE_THRESHOLD = 100;
  private static final int EDGE_MARGIN_MS = 40;
  // Workers may run this many lines per engine ahead of the chapter being handed on, which
  // bounds the audio held in memory whatever the length of the edition.
  private static final int LOOKAHEAD_PER_ENGINE = 4;

  private final List<SpeechEngine> engines;
  private final VoiceProfile voice;
  private final Normalizer normalizer;

  /** A synthesizer speaking through one engine. */
  public Synthesizer(SpeechEngine engine, VoiceProfile voice, Normalizer normalizer) {
    this(List.of(engine), voice, normalizer);
  }

  /** A synthesizer speaking through independent engines that may run at the same time. */
  public Synthesizer(List<SpeechEngine> engines, VoiceProfile voice, Normalizer normalizer) {
    this.engines = List.copyOf(engines);
    if (this.engines.isEmpty()) {
      throw new IllegalArgumentException("need at least one engine");
    }
    int rate = this.engines.get(0).sampleRate();
    if (this.engines.stream().anyMatch(e -> e.sampleRate() != rate)) {
      throw new IllegalArgumentException("engines disagree on the sample rate");
    }
    this.voice = voice;
    this.normalizer = normalizer;
  }

  /** Speaks every chapter and hands each one, complete and in order, to {@code sink}. */
  public <E extends Exception> void speak(Script script, Progress progress, ChapterSink<E> sink)
      throws SynthesisException, E {
    List<Task> tasks = tasks(script);
    try (Results results = engines.size() == 1 ? new InCallerThread(tasks) : new InWorkers(tasks)) {
      List<ScriptChapter> chapters = script.chapters();
      int next = 0;
      for (int c = 0; c < chapters.size(); c++) {
        ScriptChapter chapter = chapters.get(c);
        progress.chapter(c, chapters.size(), chapter.title());
        List<short[]> clips = new ArrayList<>();
        for (int line = 0; line < chapter.lines().size(); line++) {
          clips.add(results.take(next++));
        }
        sink.accept(assemble(chapter, clips, script.pauses(), c == 0, c == chapters.size() - 1));
      }
    }
  }

  /** One line to say, with the chapter it belongs to. */
  private record Task(ScriptChapter chapter, Line line) {}

  private static List<Task> tasks(Script script) {
    List<Task> tasks = new ArrayList<>();
    for (ScriptChapter chapter : script.chapters()) {
      chapter.lines().forEach(line -> tasks.add(new Task(chapter, line)));
    }
    return tasks;
  }

  /** Synthesized lines, taken in script order. */
  private interface Results extends AutoCloseable {
    short[] take(int index) throws SynthesisException;

    @Override
    void close();
  }

  private final class InCallerThread implements Results {
    private final List<Task> tasks;

    InCallerThread(List<Task> tasks) {
      this.tasks = tasks;
    }

    @Override
    public short[] take(int index) throws SynthesisException {
      return say(engines.get(0), tasks.get(index));
    }

    @Override
    public void close() {}
  }

  /** One worker thread per engine; each claims the next line within the look-ahead window. */
  private final class InWorkers implements Results {
    private final List<Task> tasks;
    private final short[][] done;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ExecutorService workers;
    private int claimed;
    private int taken;
    private SynthesisException failure;
    private boolean closed;

    InWorkers(List<Task> tasks) {
      this.tasks = tasks;
      this.done = new short[tasks.size()][];
      this.workers = Executors.newFixedThreadPool(engines.size(), runnable -> {
        Thread thread = new Thread(runnable, "speech-worker");
        thread.setDaemon(true);
        return thread;
      });
      for (SpeechEngine engine : engines) {
        workers.execute(() -> work(engine));
      }
    }

    private void work(SpeechEngine engine) {
      int window = LOOKAHEAD_PER_ENGINE * engines.size();
      while (true) {
        int index;
        lock.lock();
        try {
          while (!closed && failure == null && claimed < tasks.size() && claimed >= taken + window) {
            changed.awaitUninterruptibly();
          }
          if (closed || failure != null || claimed >= tasks.size()) {
            return;
          }
          index = claimed++;
        } finally {
          lock.unlock();
        }
        try {
          short[] clip = say(engine, tasks.get(index));
          lock.lock();
          try {
            done[index] = clip;
            changed.signalAll();
          } finally {
            lock.unlock();
          }
        } catch (SynthesisException | RuntimeException e) {
          lock.lock();
          try {
            if (failure == null) {
              failure = e instanceof SynthesisException s ? s
                  : new SynthesisException(tasks.get(index).chapter().title(), e.toString(), e);
            }
            changed.signalAll();
          } finally {
            lock.unlock();
          }
          return;
        }
      }
    }

    @Override
    public short[] take(int index) throws SynthesisException {
      lock.lock();
      try {
        while (done[index] == null && failure == null) {
          changed.awaitUninterruptibly();
        }
        if (failure != null) {
          throw failure;
        }
        short[] clip = done[index];
        done[index] = null;
        taken = index + 1;
        changed.signalAll();
        return clip;
      } finally {
        lock.unlock();
      }
    }

    @Override
    public void close() {
      lock.lock();
      try {
        closed = true;
        changed.signalAll();
      } finally {
        lock.unlock();
      }
      workers.shutdown();
    }
  }

  private short[] say(SpeechEngine engine, Task task) throws SynthesisException {
    String spoken = normalizer.normalize(task.line().text());
    Document document = MaryXml.line(task.line().kind(), spoken, voice);
    try {
      return trim(engine.speak(document), engine.sampleRate());
    } catch (SynthesisException e) {
      throw e.inChapter(task.chapter().title());
    }
  }

  /** One chapter with its share of the pauses before and after it. */
  private SpokenChapter assemble(ScriptChapter chapter, List<short[]> clips, Pauses pauses, boolean first,
      boolean last) {
    int rate = engines.get(0).sampleRate();
    List<SpokenChapter.Part> parts = new ArrayList<>();
    if (!first) {
      parts.add(silence(pauses.leadIn(), rate));
    }
    List<Line> lines = chapter.lines();
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      parts.add(new SpokenChapter.Speech(line, clips.get(i)));
      if (i < lines.size() - 1) {
        int pause = line.kind() == Line.Kind.HEADLINE ? pauses.afterHeadline() : pauses.betweenParagraphs();
        parts.add(silence(pause, rate));
      }
    }
    parts.add(silence(last ? pauses.betweenParagraphs() : pauses.betweenStories() - pauses.leadIn(), rate));
    return new SpokenChapter(chapter.title(), chapter.sectionIndex(), rate, parts);
  }

  private static SpokenChapter.Silence silence(int millis, int rate) {
    return new SpokenChapter.Silence((int) ((long) millis * rate / 1000));
  }

  /** Cuts the engine's leading and trailing silence down to a short margin. */
  static short[] trim(short[] samples, int rate) {
    int start = 0;
    while (start < samples.length && Math.abs(samples[start]) < SILENCE_THRESHOLD) {
      start++;
    }
    if (start == samples.length) {
      return new short[0];
    }
    int end = samples.length - 1;
    while (end > start && Math.abs(samples[end]) < SILENCE_THRESHOLD) {
      end--;
    }
    int margin = rate * EDGE_MARGIN_MS / 1000;
    int from = Math.max(0, start - margin);
    int to = Math.min(samples.length, end + 1 + margin);
    return Arrays.copyOfRange(samples, from, to);
  }
}
