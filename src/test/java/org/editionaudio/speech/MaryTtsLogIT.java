package org.editionaudio.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * MaryTTS's own log is kept off stderr unless verbose, even when it is handed a token it cannot
 * say (the normalizer is bypassed here on purpose). Each engine is a fresh MaryTTS in a class
 * loader of its own, so that its console logger writes to the stderr captured while it starts.
 */
class MaryTtsLogIT {
  private static final String UNSAYABLE = "Press \u2190 to go back.";

  @Test
  void withoutVerboseMaryTtsWritesNothingEvenForATokenItCannotSay() throws Exception {
    // The test's class path holds SLF4J twice (the built jar and a dependency), which SLF4J reports
    // when the isolated loader starts; that is the test set-up speaking, not MaryTTS.
    List<String> lines = stderrWhileAnalyzing(false).lines().filter(line -> !line.startsWith("SLF4J:")).toList();
    assertEquals(List.of(), lines);
  }

  @Test
  void withVerboseItsErrorAboutThatTokenShows() throws Exception {
    String err = stderrWhileAnalyzing(true);
    assertTrue(err.contains("JPhonemiser") && err.contains("\u2190"), err);
  }

  private static String stderrWhileAnalyzing(boolean verbose) throws Exception {
    VoiceProfile voice = VoiceProfile.load(VoiceProfile.DEFAULT);
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try (SpeechEngine engine = IsolatedMaryTtsEngine.start("log-test-" + verbose, voice.maryVoice(), verbose)) {
      engine.analyze(MaryXml.line(ScriptLine.Kind.PARAGRAPH, UNSAYABLE, voice), "PHONEMES");
    } finally {
      System.setErr(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}
