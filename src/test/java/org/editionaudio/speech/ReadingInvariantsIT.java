package org.editionaudio.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every sentence of the real articles and editions in ../shared/benchmarks (read in place) goes
 * through the code behind {@code say --words}, and no rule of {@link ReadingInvariants} is broken.
 */
class ReadingInvariantsIT {
  private static final Path BENCHMARKS = Path.of("../shared/benchmarks");

  @Test
  void noSentenceOfTheRealTextBreaksAReadingInvariant() throws Exception {
    List<String> sentences = ReadingInvariants.realSentences(BENCHMARKS);
    assertTrue(sentences.size() > 5000, "the real text is there: " + sentences.size() + " sentences");
    List<ReadingInvariants.Violation> violations;
    try (MaryPreview mary = MaryPreview.start()) {
      violations = new ReadingInvariants(mary.preview()).checkAll(sentences);
    }
    assertEquals(List.of(), violations.stream().map(v -> v.rule() + " " + v.detail() + " | " + String.join(" ", v.spoken()))
        .limit(40).collect(Collectors.toList()), () -> ReadingInvariants.counts(violations).toString());
  }
}
