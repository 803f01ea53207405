package org.editionaudio.speech;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntFunction;

/**
 * Synthesized sentences, taken in program order. With several engines, one worker thread per
 * engine claims the next sentence within a bounded look-ahead window, which bounds the audio held
 * in memory whatever the length of the edition; with one engine, each sentence is spoken when taken.
 */
interface LookAhead extends AutoCloseable {
  // Workers may run this many sentences per engine ahead of the one being handed on.
  int PER_ENGINE = 6;

  /** Speaks sentence {@code index} with the engine of {@code slot}. */
  @FunctionalInterface
  interface Task {
    /** The sentence's clip. */
    Clip say(int slot, int index) throws SynthesisException;
  }

  /** The clip of sentence {@code index}; sentences are taken in order, each once. */
  Clip take(int index) throws SynthesisException;

  /** Stops the workers; sentences not taken are dropped. */
  @Override
  void close();

  /**
   * A look-ahead over {@code count} sentences with {@code engines} engines; {@code chapterOf} names
   * the chapter of a sentence whose synthesis failed with an unexpected exception.
   */
  static LookAhead start(int count, int engines, Task task, IntFunction<String> chapterOf) {
    return engines == 1 ? new InCallerThread(task) : new InWorkers(count, engines, task, chapterOf);
  }

  /** One engine: each sentence is spoken when it is taken. */
  final class InCallerThread implements LookAhead {
    private final Task task;

    InCallerThread(Task task) {
      this.task = task;
    }

    @Override
    public Clip take(int index) throws SynthesisException {
      return task.say(0, index);
    }

    @Override
    public void close() {}
  }

  /** One worker thread per engine; each claims the next sentence within the look-ahead window. */
  final class InWorkers implements LookAhead {
    private final int count;
    private final int engines;
    private final Task task;
    private final IntFunction<String> chapterOf;
    private final Clip[] done;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ExecutorService workers;
    private int claimed;
    private int taken;
    private SynthesisException failure;
    private boolean closed;

    InWorkers(int count, int engines, Task task, IntFunction<String> chapterOf) {
      this.count = count;
      this.engines = engines;
      this.task = task;
      this.chapterOf = chapterOf;
      this.done = new Clip[count];
      this.workers = Executors.newFixedThreadPool(engines, runnable -> {
        Thread thread = new Thread(runnable, "speech-worker");
        thread.setDaemon(true);
        return thread;
      });
      for (int slot = 0; slot < engines; slot++) {
        int mine = slot;
        workers.execute(() -> work(mine));
      }
    }

    private void work(int slot) {
      int window = PER_ENGINE * engines;
      while (true) {
        int index;
        lock.lock();
        try {
          while (!closed && failure == null && claimed < count && claimed >= taken + window) {
            changed.awaitUninterruptibly();
          }
          if (closed || failure != null || claimed >= count) {
            return;
          }
          index = claimed++;
        } finally {
          lock.unlock();
        }
        try {
          Clip clip = task.say(slot, index);
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
                  : new SynthesisException(chapterOf.apply(index), e.toString(), e);
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
}
