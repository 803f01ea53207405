package org.editionaudio.benchmark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.editionaudio.edition.Edition;
import org.editionaudio.edition.EditionReader;
import org.editionaudio.edition.Section;
import org.junit.jupiter.api.Test;

/** The metric behaves like the benchmark's own, and extraction does not fall below its floor. */
class ExtractionBenchmarkTest {
  // Measured 0.9708 when this floor was set (issue 9 asks for no less than 0.970); the score is deterministic.
  private static final double F1_FLOOR = 0.970;

  @Test
  void shinglesAreFourTokenWindowsCountedAsMultisets() {
    // Truth: 6 tokens -> 3 shingles; prediction repeats the first shingle and adds a new one.
    double[] score = ExtractionBenchmark.match("one two three four five six", "one two three four\none two three four zz");
    // predicted shingles: [1234, 234-1, 34-1-2, 4-1-2-3, 1234, 234zz] -> tp 1, fp 5, fn 2 (of 8)
    assertArrayEquals(new double[] {1 / 8.0, 5 / 8.0, 2 / 8.0}, score, 1e-12);
  }

  @Test
  void aShortTextIsOneShingleAndUnicodeWordsAreTokens() {
    assertEquals(Map.of(List.of("Grüße", "aus", "Köln"), 1), ExtractionBenchmark.shingles("Grüße, aus Köln!"));
    assertEquals(Map.of(), ExtractionBenchmark.shingles(" — "));
  }

  @Test
  void precisionSkipsPagesThatPredictedNothingAndF1IsOfTheMeans() {
    var score = ExtractionBenchmark.summarize(Map.of(
        "a", new double[] {1, 0, 0},
        "b", new double[] {0, 0, 1},
        "c", new double[] {0.5, 0.25, 0.25}), 1);
    assertEquals((1 + 2 / 3.0) / 2, score.precision(), 1e-12);
    assertEquals((1 + 0 + 2 / 3.0) / 3, score.recall(), 1e-12);
    assertEquals(2 * score.precision() * score.recall() / (score.precision() + score.recall()), score.f1(), 1e-12);
  }

  @Test
  void thePredictionLeavesOutOnlyTheFirstTitle() {
    Edition edition = new Edition("e", "Edition", null, null, "x", List.of(
        new Section("Headline", List.of("First.", "Second.")), new Section("Next", List.of("Third."))));
    assertEquals("First.\nSecond.\nNext\nThird.", ExtractionBenchmark.prediction(edition));
  }

  @Test
  void extractionStaysAboveItsFloor() throws Exception {
    assertTrue(Files.isDirectory(ExtractionBenchmark.DEFAULT_DIR),
        "the shared benchmark must be beside the repository: " + ExtractionBenchmark.DEFAULT_DIR.toAbsolutePath());
    var score = ExtractionBenchmark.score(ExtractionBenchmark.DEFAULT_DIR, EditionReader.automatic());
    assertEquals(122, score.pages());
    assertTrue(score.f1() >= F1_FLOOR, () -> String.format("F1 %.4f fell below %.3f (precision %.4f, recall %.4f)",
        score.f1(), F1_FLOOR, score.precision(), score.recall()));
  }
}
