package org.editionaudio.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.editionaudio.batch.BatchRunner;
import org.editionaudio.batch.Outcome;

/**
 * The batch's progress on stderr (on a terminal): a bar, the editions done, the sentences spoken,
 * the edition in work and how far it is, the rate and the time left, redrawn twice a second whether or
 * not an edition finished; failures as they happen.
 */
final class BatchProgress implements BatchRunner.Listener, AutoCloseable {
  /** How often the line is redrawn. */
  static final long REDRAW_MS = 500;

  private static final int BAR = 20;
  private static final int ID_WIDTH = 32;
  private final PrintWriter err;
  private final boolean bar;
  private final LongSupplier clock;
  private final long started;
  private final Map<String, int[]> working = new ConcurrentHashMap<>();
  private final ScheduledExecutorService redraw;
  private volatile int total;
  private volatile int done;
  private volatile long sentences;
  private int ok;
  private int skipped;
  private int failed;

  BatchProgress(PrintWriter err, boolean quiet) {
    this(err, !quiet && System.console() != null, System::nanoTime);
  }

  BatchProgress(PrintWriter err, boolean bar, LongSupplier clock) {
    this.err = err;
    this.bar = bar;
    this.clock = clock;
    this.started = clock.getAsLong();
    if (bar) {
      redraw = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "batch-progress");
        thread.setDaemon(true);
        return thread;
      });
      redraw.scheduleAtFixedRate(this::draw, REDRAW_MS, REDRAW_MS, TimeUnit.MILLISECONDS);
    } else {
      redraw = null;
    }
  }

  @Override
  public void planned(int editions, int inOtherShards) {
    total = editions;
  }

  @Override
  public void started(String id) {
    working.put(id, new int[] {0, 0});
  }

  @Override
  public void sentences(String id, int spoken, int of) {
    int[] previous = working.put(id, new int[] {spoken, of});
    synchronized (this) {
      sentences += spoken - (previous == null ? 0 : previous[0]);
    }
  }

  @Override
  public synchronized void finished(Outcome outcome) {
    if (outcome.id() != null) {
      working.remove(outcome.id());
    }
    done++;
    switch (outcome.status()) {
      case OK -> ok++;
      case SKIPPED -> skipped++;
      case FAILED -> failed++;
    }
    if (outcome.status() == Outcome.Status.FAILED) {
      clear();
      err.println("edition-audio: " + outcome.error());
      err.flush();
    }
    draw();
  }

  /** The progress line as it is now. */
  synchronized String line() {
    double minutes = (clock.getAsLong() - started) / 60e9;
    // Editions in work count by the share of their sentences spoken, so the ETA moves between editions.
    double progress = done;
    String current = null;
    int[] currentCounts = null;
    for (Map.Entry<String, int[]> edition : working.entrySet()) {
      int[] counts = edition.getValue();
      progress += counts[1] == 0 ? 0 : counts[0] / (double) counts[1];
      if (current == null || edition.getKey().compareTo(current) < 0) {
        current = edition.getKey();
        currentCounts = counts;
      }
    }
    double rate = progress / Math.max(minutes, 1e-9);
    String eta = progress <= 0 ? "–" : Durations.clock((long) ((total - progress) / rate * 60_000));
    int filled = total == 0 ? BAR : (int) Math.min(BAR, progress * BAR / total);
    String now = "";
    if (current != null) {
      String id = current.length() > ID_WIDTH ? current.substring(0, ID_WIDTH - 1) + "…" : current;
      now = " · " + id + (currentCounts[1] == 0 ? "" : " " + currentCounts[0] + "/" + currentCounts[1])
          + (working.size() > 1 ? " (+" + (working.size() - 1) + ")" : "");
    }
    return String.format("[%s%s] %d/%d editions%s · %d sentences · %d ok · %d skipped · %d failed · %.1f/min · ETA %s",
        "#".repeat(filled), "-".repeat(BAR - filled), done, total, now, sentences, ok, skipped, failed, rate, eta);
  }

  private synchronized void draw() {
    if (bar) {
      err.print("\r\033[K" + line());
      err.flush();
    }
  }

  /** Clears the bar. */
  synchronized void clear() {
    if (bar) {
      err.print("\r\033[K");
      err.flush();
    }
  }

  /** Stops redrawing and clears the bar. */
  @Override
  public void close() {
    if (redraw != null) {
      redraw.shutdownNow();
    }
    clear();
  }
}
