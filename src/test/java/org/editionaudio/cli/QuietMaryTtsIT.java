package org.editionaudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** say in a process of its own: symbols MaryTTS cannot say are spoken or dropped first, and stderr stays empty. */
class QuietMaryTtsIT {
  private static final String SYMBOLS = "Press \u2190 to go back \u263A \uD83D\uDE00 \uFFFD";

  @Test
  void sayNamesTheArrowDropsEmojiAndWritesNothingToStderr() throws Exception {
    JarIT.Process run = JarIT.run(Path.of("").toAbsolutePath(), "say", "--words", SYMBOLS);
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("Press left arrow to go back\n", run.out());
    assertEquals("", run.err());
  }

  @Test
  void withVerboseMaryTtsLogsToStderr() throws Exception {
    JarIT.Process run = JarIT.run(Path.of("").toAbsolutePath(), "say", "--words", "--verbose", SYMBOLS);
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().contains("MaryTTS INFO"), run.err());
  }
}
