package org.editionaudio.speech;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.w3c.dom.Document;

/**
 * Speaks a script sentence by sentence: normalizes each sentence, builds its MaryXML,
 * synthesizes it, trims the engine's own edge silence, and hands the clips and the pauses between
 * them to a {@link Sink} in program order. With several engines, sentences are spoken in parallel,
 * one engine per worker thread, within a bounded look-ahead; every sentence is synthesized on its
 * own, so the samples do not depend on which engine spoke it.
 */
public final class Synthesizer {

  /** Told when each chapter starts, for progress displays; called from the caller's thread. */
  public interface Progress {
    /** Chapter {@code index} (0-based) of {@code count} is being spoken. */
    void chapter(int index, int count, String title);

    /** {@code done} of the script's {@code total} sentences are spoken (cached ones count too). */
    default void sentences(int done, int total) {}

    /** A progress that shows nothing. */
    Progress NONE = (index, count, title) -> {};
  }

  /** Receives the program in order: chapter starts, speech and silence; may fail with its own exception. */
  public interface Sink<E extends Exception> {
    /** A new chapter starts at the next sample. */
    void chapter(ScriptChapter chapter) throws E;

    /** A sentence's clip. */
    void speech(Utterance utterance, Clip clip) throws E;

    /** {@code samples} of silence. */
    void silence(int samples) throws E;
  }

  // Quieter than -50 dBFS counts as silence at the edges of a clip; a short margin keeps
  // the breath and the release of the first and last sounds.
  private static final int SILENCE_THRESHOLD = 100;
  private static final int EDGE_MARGIN_MS = 40;
  // Workers may run this many sentences per engine ahead of the one being handed on, which
  // bounds the audio held in memory whatever the length of the edition.
  private static final int LOOKAHEAD_PER_ENGINE = 6;

  /**
   * How a run went.
   *
   * @param sentences sentences spoken
   * @param synthesized of those, how many the engines synthesized
   * @param cached of those, how many came from the cache
   */
  public record Stats(int sentences, int synthesized, int cached) {}

  private final EnginePool engines;
  private final VoiceProfile voice;
  private final Normalizer normalizer;
  private final ClipCache cache;
  private final String cacheSalt;

  /** A synthesizer speaking through one engine, without a cache. */
  public Synthesizer(SpeechEngine engine, VoiceProfile voice, Normalizer normalizer) {
    this(EnginePool.of(List.of(engine)), voice, normalizer, ClipCache.NONE);
  }

  /** A synthesizer speaking through independent engines that may run at the same time, without a cache. */
  public Synthesizer(List<SpeechEngine> engines, VoiceProfile voice, Normalizer normalizer) {
    this(EnginePool.of(engines), voice, normalizer, ClipCache.NONE);
  }

  /**
   * A synthesizer with one worker per slot of {@code engines}; sentences found in {@code cache} are
   * not synthesized, and an engine starts only when a sentence needs it.
   */
  public Synthesizer(EnginePool engines, VoiceProfile voice, Normalizer normalizer, ClipCache cache) {
    this.engines = engines;
    this.voice = voice;
    this.normalizer = normalizer;
    this.cache = cache;
    // Everything besides the MaryXML document that decides a clip's samples.
    this.cacheSalt = String.join("\n", "edition-audio clip v1", engines.description(),
        Integer.toString(engines.sampleRate()), "trim " + SILENCE_THRESHOLD + " " + EDGE_MARGIN_MS);
  }

  /** Samples per second of everything handed to the sink. */
  public int sampleRate() {
    return engines.sampleRate();
  }

  /** The sentences of a script in program order, each with the pause that follows it. */
  static List<Step> steps(Script script) {
    List<Step> steps = new ArrayList<>();
    Pauses pauses = script.pauses();
    List<ScriptChapter> chapters = script.chapters();
    for (int c = 0; c < chapters.size(); c++) {
      ScriptChapter chapter = chapters.get(c);
      int paragraph = -1;
      List<ScriptLine> lines = chapter.lines();
      for (int l = 0; l < lines.size(); l++) {
        ScriptLine line = lines.get(l);
        if (line.kind() == ScriptLine.Kind.PARAGRAPH) {
          paragraph++;
        }
        List<String> sentences = Sentences.split(line.text());
        for (int s = 0; s < sentences.size(); s++) {
          boolean lastOfLine = s == sentences.size() - 1;
          int after;
          if (!lastOfLine) {
            after = pauses.betweenSentences();
          } else if (l < lines.size() - 1) {
            after = line.kind() == ScriptLine.Kind.HEADLINE ? pauses.afterHeadline() : pauses.betweenParagraphs();
          } else {
            after = c < chapters.size() - 1 ? pauses.betweenStories() - pauses.leadIn() : pauses.betweenParagraphs();
          }
          Utterance utterance = new Utterance(line.kind(), sentences.get(s), chapter.sectionIndex(),
              line.kind() == ScriptLine.Kind.PARAGRAPH ? paragraph : -1, s);
          steps.add(new Step(c, l == 0 && s == 0, utterance, after));
        }
      }
    }
    return steps;
  }

  /** One sentence to say: its chapter, whether it opens the chapter, and the pause after it in ms. */
  record Step(int chapter, boolean opensChapter, Utterance utterance, int pauseAfterMs) {}

  /** Speaks the script and hands everything, in program order, to {@code sink}. */
  public <E extends Exception> Stats speak(Script script, Progress progress, Sink<E> sink)
      throws SynthesisException, E {
    List<Step> steps = steps(script);
    List<ScriptChapter> chapters = script.chapters();
    int rate = sampleRate();
    AtomicInteger synthesized = new AtomicInteger();
    try (Results results = engines.size() == 1
        ? new InCallerThread(steps, chapters, synthesized) : new InWorkers(steps, chapters, synthesized)) {
      for (int i = 0; i < steps.size(); i++) {
        Step step = steps.get(i);
        if (step.opensChapter()) {
          ScriptChapter chapter = chapters.get(step.chapter());
          progress.chapter(step.chapter(), chapters.size(), chapter.title());
          sink.chapter(chapter);
          if (step.chapter() > 0) {
            sink.silence(samples(script.pauses().leadIn(), rate));
          }
        }
        sink.speech(step.utterance(), results.take(i));
        sink.silence(samples(step.pauseAfterMs(), rate));
        progress.sentences(i + 1, steps.size());
      }
    }
    return new Stats(steps.size(), synthesized.get(), steps.size() - synthesized.get());
  }

  private static int samples(int millis, int rate) {
    return (int) ((long) millis * rate / 1000);
  }

  /** Synthesized sentences, taken in program order. */
  private interface Results extends AutoCloseable {
    Clip take(int index) throws SynthesisException;

    @Override
    void close();
  }

  private final class InCallerThread implements Results {
    private final List<Step> steps;
    private final List<ScriptChapter> chapters;
    private final AtomicInteger synthesized;

    InCallerThread(List<Step> steps, List<ScriptChapter> chapters, AtomicInteger synthesized) {
      this.steps = steps;
      this.chapters = chapters;
      this.synthesized = synthesized;
    }

    @Override
    public Clip take(int index) throws SynthesisException {
      return say(0, steps.get(index), chapters, synthesized);
    }

    @Override
    public void close() {}
  }

  /** One worker thread per engine; each claims the next sentence within the look-ahead window. */
  private final class InWorkers implements Results {
    private final List<Step> steps;
    private final List<ScriptChapter> chapters;
    private final AtomicInteger synthesized;
    private final Clip[] done;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ExecutorService workers;
    private int claimed;
    private int taken;
    private SynthesisException failure;
    private boolean closed;

    InWorkers(List<Step> steps, List<ScriptChapter> chapters, AtomicInteger synthesized) {
      this.steps = steps;
      this.chapters = chapters;
      this.synthesized = synthesized;
      this.done = new Clip[steps.size()];
      this.workers = Executors.newFixedThreadPool(engines.size(), runnable -> {
        Thread thread = new Thread(runnable, "speech-worker");
        thread.setDaemon(true);
        return thread;
      });
      for (int slot = 0; slot < engines.size(); slot++) {
        int mine = slot;
        workers.execute(() -> work(mine));
      }
    }

    private void work(int slot) {
      int window = LOOKAHEAD_PER_ENGINE * engines.size();
      while (true) {
        int index;
        lock.lock();
        try {
          while (!closed && failure == null && claimed < steps.size() && claimed >= taken + window) {
            changed.awaitUninterruptibly();
          }
          if (closed || failure != null || claimed >= steps.size()) {
            return;
          }
          index = claimed++;
        } finally {
          lock.unlock();
        }
        try {
          Clip clip = say(slot, steps.get(index), chapters, synthesized);
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
                  : new SynthesisException(chapters.get(steps.get(index).chapter()).title(), e.toString(), e);
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
    public Clip take(int index) throws SynthesisException {
      lock.lock();
      try {
        while (done[index] == null && failure == null) {
          changed.awaitUninterruptibly();
        }
        if (failure != null) {
          throw failure;
        }
        Clip clip = done[index];
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

  private Clip say(int slot, Step step, List<ScriptChapter> chapters, AtomicInteger synthesized)
      throws SynthesisException {
    Utterance utterance = step.utterance();
    Document document = MaryXml.line(utterance.kind(), normalizer.spoken(utterance.text()), voice);
    String key = cache == ClipCache.NONE ? null : MaryXml.fingerprint(document, cacheSalt);
    if (key != null) {
      Optional<Clip> cached = cache.get(key);
      if (cached.isPresent()) {
        return cached.get();
      }
    }
    try {
      Clip clip = trim(engines.engine(slot).speak(document), sampleRate());
      synthesized.incrementAndGet();
      if (key != null) {
        cache.put(key, clip);
      }
      return clip;
    } catch (SynthesisException e) {
      throw e.inChapter(chapters.get(step.chapter()).title());
    }
  }

  /** Cuts the engine's leading and trailing silence down to a short margin. */
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
