package org.editionaudio.cli;

import java.io.PrintWriter;
import org.editionaudio.batch.BatchRunner;
import org.editionaudio.batch.Outcome;

/** A progress bar with counts, rate and ETA on stderr (on a terminal), and failures as they happen. */
final class BatchProgress implements BatchRunner.Listener {
  private static final int BAR = 24;
  private final PrintWriter err;
  private final boolean bar;
  private final long started = System.nanoTime();
  private int total;
  private int done;
  private int ok;
  private int skipped;
  private int failed;

  BatchProgress(PrintWriter err, boolean quiet) {
    this.err = err;
    this.bar = !quiet && System.console() != null;
  }

  @Override
  public void planned(int editions, int inOtherShards) {
    total = editions;
  }

  @Override
  public void finished(Outcome outcome) {
    done++;
    switch (outcome.status()) {
      case OK -> ok++;
      case SKIPPED -> skipped++;
      case FAILED -> failed++;
    }
    if (outcome.status() == Outcome.Status.FAILED) {
      clear();
      err.println("edition-audio: " + outcome.error());
    }
    if (bar) {
      double minutes = (System.nanoTime() - started) / 60e9;
      double rate = done / Math.max(minutes, 1e-9);
      long etaMs = (long) ((total - done) / Math.max(rate, 1e-9) * 60_000);
      int filled = total == 0 ? BAR : done * BAR / total;
      err.printf("\r\033[K[%s%s] %d/%d · %d ok · %d skipped · %d failed · %.1f/min · ETA %s",
          "#".repeat(filled), "-".repeat(BAR - filled), done, total, ok, skipped, failed, rate,
          Durations.clock(etaMs));
    }
    err.flush();
  }

  /** Clears the bar. */
  void clear() {
    if (bar) {
      err.print("\r\033[K");
      err.flush();
    }
  }
}
