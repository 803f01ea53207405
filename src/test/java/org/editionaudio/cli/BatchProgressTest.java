package org.editionaudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.time.Instant;
import org.editionaudio.batch.BatchReport;
import org.editionaudio.batch.Outcome;
import org.editionaudio.batch.Shard;
import org.junit.jupiter.api.Test;

class BatchProgressTest {
  private static Outcome ok(String id) {
    return new Outcome(Path.of(id + ".html"), id, Outcome.Status.OK, 0, null, Path.of(id), 60_000, 9_000, null);
  }

  @Test
  void theLineShowsSentencesAndTheEditionInWorkAndItsEtaMovesWithinAnEdition() {
    AtomicLong now = new AtomicLong();
    BatchProgress progress = new BatchProgress(new PrintWriter(new StringWriter()), false, now::get);
    progress.planned(4, 0);
    progress.started("2024-01-01-monday");
    now.set(60_000_000_000L);
    progress.sentences("2024-01-01-monday", 10, 40);
    String early = progress.line();
    assertTrue(early.contains("10 sentences"), early);
    assertTrue(early.contains("2024-01-01-monday 10/40"), early);
    assertFalse(early.contains("ETA –"), "an ETA before the first edition finishes: " + early);
    progress.sentences("2024-01-01-monday", 30, 40);
    String later = progress.line();
    assertTrue(later.contains("30 sentences") && later.contains("monday 30/40"), later);
    assertFalse(early.substring(early.indexOf("ETA")).equals(later.substring(later.indexOf("ETA"))),
        "the ETA moves as sentences are spoken: " + early + " / " + later);
    progress.finished(ok("2024-01-01-monday"));
    assertFalse(progress.line().contains("monday"), progress.line());
    assertTrue(progress.line().contains("1/4 editions · 30 sentences · 1 ok · 0 skipped · 0 failed"), progress.line());
  }

  @Test
  void onATerminalTheLineIsRedrawnWithoutAnyEvent() throws Exception {
    assertTrue(BatchProgress.REDRAW_MS <= 1000, "at least once a second");
    StringWriter err = new StringWriter();
    try (BatchProgress progress = new BatchProgress(new PrintWriter(err), true, System::nanoTime)) {
      progress.planned(2, 0);
      progress.started("2024-01-01-monday");
      progress.sentences("2024-01-01-monday", 3, 40);
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (count(err.toString(), "monday 3/40") < 2 && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
    }
    assertTrue(count(err.toString(), "monday 3/40") >= 2, err.toString());
  }

  @Test
  void theSummarySaysSkippedAndNamesTheShardOnlyWhenSharding() {
    List<Outcome> outcomes = List.of(ok("a"),
        new Outcome(Path.of("b.html"), "b", Outcome.Status.SKIPPED, 0, null, Path.of("b"), 60_000, 20, null));
    assertEquals("2 editions: 1 generated, 1 skipped (up to date), 0 failed",
        new BatchReport(outcomes, Shard.ALL, 0, Instant.now()).summary(null));
    assertEquals("2 editions (shard 2/8): 1 generated, 1 skipped (up to date), 0 failed",
        new BatchReport(outcomes, new Shard(2, 8), 0, Instant.now()).summary(null));
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }
}
