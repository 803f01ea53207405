package org.editionaudio.speech;

import java.util.ArrayList;
import java.util.List;

/**
 * A fixed number of engine slots for parallel workers; each slot's engine starts on its first use
 * and is then kept, so work that needs no synthesis (all of it cached) starts none.
 */
public final class EnginePool implements AutoCloseable {
  private final SpeechEngineFactory engines;
  private final VoiceProfile voice;
  private final int firstSlot;
  private final SpeechEngine[] started;

  /** A pool of {@code size} lazily started engines for {@code voice}. */
  public EnginePool(SpeechEngineFactory engines, VoiceProfile voice, int size) {
    this(engines, voice, 0, size);
  }

  /**
   * A pool whose slots are the factory's slots {@code firstSlot} to {@code firstSlot + size - 1}, so
   * that pools of different workers never share an engine's class loader.
   */
  public EnginePool(SpeechEngineFactory engines, VoiceProfile voice, int firstSlot, int size) {
    if (size < 1 || firstSlot < 0) {
      throw new IllegalArgumentException("a pool needs at least one slot");
    }
    this.engines = engines;
    this.voice = voice;
    this.firstSlot = firstSlot;
    this.started = new SpeechEngine[size];
  }

  /** A pool of engines already started, one slot each. */
  public static EnginePool of(List<SpeechEngine> running) {
    SpeechEngine first = running.get(0);
    EnginePool pool = new EnginePool(new SpeechEngineFactory() {
      @Override
      public SpeechEngine start(VoiceProfile voice, int slot) {
        return running.get(slot);
      }

      @Override
      public String description(VoiceProfile voice) {
        return first.description();
      }

      @Override
      public int sampleRate(VoiceProfile voice) {
        return first.sampleRate();
      }
    }, null, running.size());
    for (int i = 0; i < running.size(); i++) {
      pool.started[i] = running.get(i);
    }
    return pool;
  }

  /** Number of slots. */
  public int size() {
    return started.length;
  }

  /** The engine of {@code slot}, started now if this is its first use; one thread per slot. */
  public SpeechEngine engine(int slot) throws SynthesisException {
    synchronized (started) {
      if (started[slot] != null) {
        return started[slot];
      }
    }
    SpeechEngine engine = engines.start(voice, firstSlot + slot);
    synchronized (started) {
      started[slot] = engine;
    }
    return engine;
  }

  /** What the engines are, known before any starts. */
  public String description() {
    return engines.description(voice);
  }

  /** Samples per second of every engine, known before any starts. */
  public int sampleRate() {
    return engines.sampleRate(voice);
  }

  /** How many engines have started so far. */
  public int startedCount() {
    synchronized (started) {
      return (int) java.util.Arrays.stream(started).filter(java.util.Objects::nonNull).count();
    }
  }

  /** Stops the engines that were started. */
  @Override
  public void close() {
    List<SpeechEngine> running = new ArrayList<>();
    synchronized (started) {
      for (SpeechEngine engine : started) {
        if (engine != null) {
          running.add(engine);
        }
      }
    }
    running.forEach(SpeechEngine::close);
  }
}
