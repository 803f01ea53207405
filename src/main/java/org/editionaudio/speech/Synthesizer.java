package org.editionaudio.speech;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.w3c.dom.Document;

/**
 * Speaks a script sentence by sentence: normalizes each sentence, builds its MaryXML, takes its
 * clip from the cache ({@link ClipKeys}) or synthesizes it and trims the engine's edge silence
 * ({@link EdgeTrimmer}), and hands the clips and the pauses between them ({@link Pacing}) to a
 * {@link Sink} in program order. With several engines, sentences are spoken in parallel within a
 * bounded look-ahead ({@link LookAhead}); every sentence is synthesized on its own, so the samples
 * do not depend on which engine spoke it.
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
  private final ClipKeys keys;

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
    this.keys = new ClipKeys(engines);
  }

  /** Samples per second of everything handed to the sink. */
  public int sampleRate() {
    return engines.sampleRate();
  }

  /** Speaks the script and hands everything, in program order, to {@code sink}. */
  public <E extends Exception> Stats speak(Script script, Progress progress, Sink<E> sink)
      throws SynthesisException, E {
    List<Pacing.Step> steps = Pacing.steps(script);
    List<ScriptChapter> chapters = script.chapters();
    int rate = sampleRate();
    AtomicInteger synthesized = new AtomicInteger();
    try (LookAhead results = LookAhead.start(steps.size(), engines.size(),
        (slot, index) -> say(slot, steps.get(index), chapters, synthesized),
        index -> chapters.get(steps.get(index).chapter()).title())) {
      for (int i = 0; i < steps.size(); i++) {
        Pacing.Step step = steps.get(i);
        if (step.opensChapter()) {
          ScriptChapter chapter = chapters.get(step.chapter());
          progress.chapter(step.chapter(), chapters.size(), chapter.title());
          sink.chapter(chapter);
          if (step.chapter() > 0) {
            sink.silence(Pacing.samples(script.pauses().leadIn(), rate));
          }
        }
        sink.speech(step.utterance(), results.take(i));
        sink.silence(Pacing.samples(step.pauseAfterMs(), rate));
        progress.sentences(i + 1, steps.size());
      }
    }
    return new Stats(steps.size(), synthesized.get(), steps.size() - synthesized.get());
  }

  private Clip say(int slot, Pacing.Step step, List<ScriptChapter> chapters, AtomicInteger synthesized)
      throws SynthesisException {
    Utterance utterance = step.utterance();
    Document document = MaryXml.line(utterance.kind(), normalizer.spoken(utterance.text()), voice);
    String key = cache == ClipCache.NONE ? null : keys.of(document);
    if (key != null) {
      Optional<Clip> cached = cache.get(key);
      if (cached.isPresent()) {
        return cached.get();
      }
    }
    try {
      Clip clip = EdgeTrimmer.trim(engines.engine(slot).speak(document), sampleRate());
      synthesized.incrementAndGet();
      if (key != null) {
        cache.put(key, clip);
      }
      return clip;
    } catch (SynthesisException e) {
      throw e.inChapter(chapters.get(step.chapter()).title());
    }
  }
}
