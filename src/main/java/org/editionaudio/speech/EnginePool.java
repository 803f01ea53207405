package org.editionaudio.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A fixed number of engine slots for parallel workers; each slot's engine starts on its first use
 * and is then kept, so work that needs no synthesis (all of it cached) starts none.
 */
public final class EnginePool implements AutoCloseable {
  private final SpeechEngineFactory engines;
  private final VoiceProfile voice;
  private final int firstSlot;
  private final SpeechEngine[] started;
  private final FutureTask<?>[] starts;

  /** A pool of {@code size} lazily started engines for {@code voice}. */
  public EnginePool(SpeechEngineFactory engines, VoiceProfile voice, int size) {
    this(engines, voice, 0, size);
  }

  /**
   * A pool whose slots are the factory's slots {@code firstSlot} to {@code firstSlot + size - 1}, for
   * factories whose engines differ by slot.
   */
  public EnginePool(SpeechEngineFactory engines, VoiceProfile voice, int firstSlot, int size) {
    if (size < 1 || firstSlot < 0) {
      throw new IllegalArgumentException("a pool needs at least one slot");
    }
    this.engines = engines;
    this.voice = voice;
    this.firstSlot = firstSlot;
    this.started = new SpeechEngine[size];
    this.starts = new FutureTask<?>[size];
  }

  /** A pool of engines already started, one slot each. */
  public static EnginePool of(List<SpeechEngine> running) {
    // The factory below only hands out the running engines, so every slot is started at once.
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
    try {
      for (int i = 0; i < running.size(); i++) {
        pool.engine(i);
      }
    } catch (SynthesisException e) {
      throw new IllegalStateException("handing out a running engine cannot fail", e);
    }
    return pool;
  }

  /** Number of slots. */
  public int size() {
    return started.length;
  }

  /**
   * The engine of {@code slot}, started now if this is its first use, or the one a {@link
   * #startInBackground} began (waiting for it); one thread per slot.
   */
  public SpeechEngine engine(int slot) throws SynthesisException {
    FutureTask<?> task = task(slot);
    task.run();
    try {
      task.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof SynthesisException failure) {
        throw failure;
      }
      throw new SynthesisException(null, "the speech engine did not start: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SynthesisException(null, "interrupted while the speech engine started", e);
    }
    synchronized (started) {
      return started[slot];
    }
  }

  /**
   * Begins starting the engine of {@code slot} in a thread of its own, so that it starts while the
   * caller does other work; {@link #engine} then waits for it. A failure is reported there.
   */
  public void startInBackground(int slot) {
    FutureTask<?> task = task(slot);
    Thread thread = new Thread(task, "speech-engine-start");
    thread.setDaemon(true);
    thread.start();
  }

  private FutureTask<?> task(int slot) {
    synchronized (started) {
      if (starts[slot] == null) {
        starts[slot] = new FutureTask<>(() -> {
          SpeechEngine engine = engines.start(voice, firstSlot + slot);
          synchronized (started) {
            started[slot] = engine;
          }
          return null;
        });
      }
      return starts[slot];
    }
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
