package org.editionaudio.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExitCodeTest {
  private static final class Refused extends EditionAudioException {
    Refused(String message) {
      super(ExitCode.SYNTHESIS, message);
    }
  }

  @Test
  void theCodesAreTheDocumentedZeroToSix() {
    assertEquals(List.of(0, 1, 2, 3, 4, 5, 6), Arrays.stream(ExitCode.values()).map(ExitCode::code).toList());
  }

  @Test
  void aFailureCarriesItsOwnCodeAndAnythingElseIsInternal() {
    assertEquals(ExitCode.SYNTHESIS, ExitCode.of(new Refused("no")));
    assertEquals(ExitCode.INTERNAL, ExitCode.of(new IllegalStateException("bug")));
  }

  @Test
  void oneLineJoinsLinesOfAKnownFailureAndMarksABug() {
    assertEquals("first second", ExitCode.oneLine(new Refused("first\n  second")));
    assertEquals("internal error: java.lang.IllegalStateException: bug",
        ExitCode.oneLine(new IllegalStateException("bug")));
  }
}
