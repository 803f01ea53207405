package org.editionaudio.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real-sentence table, read against ../shared/benchmarks in place and scored with the real
 * MaryTTS: every entry still points at its sentence and reads every tricky token, there are at
 * least 300, and ours reads no fewer of them right than the floor.
 */
class RealSentencesIT {
  static final int MIN_ENTRIES = 300;
  // Measured 03:11 UTC on 367 entries: ours 72.5 %, raw MaryTTS 28.3 %; after issue 10's rules (03:45
  // UTC): ours 97.0 %, raw MaryTTS 28.3 %. The floor is that figure minus a small margin; raise it as
  // the normalization rules improve.
  static final double OURS_FLOOR_PERCENT = 96.0;
  private static RealSentenceScore score;

  @BeforeAll
  static void score() throws Exception {
    score = RealSentenceScore.run();
    score.writeMisses();
  }

  @Test
  void everyEntryStillLocatesItsSentenceAndReadsEveryTrickyToken() {
    assertEquals(0, score.stale() + score.invalid(), () -> String.join("\n", score.problems()));
  }

  @Test
  void theTableHoldsAtLeast300Entries() {
    assertTrue(score.entries() >= MIN_ENTRIES, score.summary());
  }

  @Test
  void oursReadsAtLeastTheFloorShareOfRealSentencesRight() {
    assertTrue(100.0 * score.ours() / score.entries() >= OURS_FLOOR_PERCENT, score.summary() + "; floor " + OURS_FLOOR_PERCENT + " %");
  }
}
