package org.editionaudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lexicon and say errors are usage errors, found before MaryTTS starts. */
class LexiconCliTest {
  private static final String EDITION = "fixtures/editions/todays-edition.txt";

  @Test
  void aBadLexiconIsExitTwoWithItsFileAndLine(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.pls");
    Files.writeString(bad, """
        <lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon" alphabet="x-marytts">
          <lexeme><grapheme>Kidal</grapheme><phoneme>k i - ' d A l</phoneme></lexeme>
          <lexeme><grapheme>Goïta</grapheme><phoneme>g o i t a</phoneme></lexeme>
        </lexicon>
        """);
    Path out = dir.resolve("out");
    for (String[] args : new String[][] {
        {"generate", EDITION, "-o", out.toString(), "--lexicon", bad.toString()},
        {"sections", EDITION, "--lexicon", bad.toString()},
        {"sections", EDITION, "--unknown", "--lexicon", bad.toString()},
        {"say", "--words", "--lexicon", bad.toString(), "Goïta"}}) {
      CliRun run = CliRun.of(args);
      assertEquals(2, run.exitCode(), String.join(" ", args) + ": " + run.err());
      assertEquals(1, run.errLines().size(), run.err());
      assertTrue(run.err().startsWith("edition-audio: lexicon " + bad + ":3: <phoneme>: 'o' is not a phone"), run.err());
      assertEquals("", run.out());
    }
    assertFalse(Files.exists(out));
  }

  @Test
  void aMissingLexiconIsExitTwo() {
    CliRun run = CliRun.of("sections", EDITION, "--lexicon", "no/such.pls");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("lexicon no/such.pls: no such file"), run.err());
  }

  @Test
  void sayNeedsTextAndAWavOrMp3(@TempDir Path dir) {
    CliRun ogg = CliRun.of("say", "-o", dir.resolve("x.ogg").toString(), "Hello");
    assertEquals(2, ogg.exitCode(), ogg.err());
    assertTrue(ogg.err().contains("x.ogg is neither a .wav nor an .mp3 file"), ogg.err());
    CliRun empty = CliRun.of("say", " ");
    assertEquals(2, empty.exitCode(), empty.err());
    assertTrue(empty.err().contains("the text is empty"), empty.err());
    assertEquals(2, CliRun.of("say").exitCode());
  }

  @Test
  void aBinaryLexiconIsOneLineOnStderrAndNothingFromTheXmlParser(@TempDir Path dir) throws Exception {
    byte[] binary = new byte[3000];
    new java.util.Random(14).nextBytes(binary);
    Path random = Files.write(dir.resolve("random.pls"), binary);
    Path controls = Files.writeString(dir.resolve("controls.pls"), "<lexicon>\u0001\u0000</lexicon>");
    for (Path lexicon : java.util.List.of(random, controls)) {
      // The JDK's XML parser writes its "[Fatal Error]" line to System.err, not to picocli's writer.
      java.io.PrintStream stderr = System.err;
      java.io.ByteArrayOutputStream direct = new java.io.ByteArrayOutputStream();
      CliRun run;
      try {
        System.setErr(new java.io.PrintStream(direct, true, java.nio.charset.StandardCharsets.UTF_8));
        run = CliRun.of("sections", EDITION, "--lexicon", lexicon.toString());
      } finally {
        System.setErr(stderr);
      }
      assertEquals(2, run.exitCode(), run.err());
      assertEquals(1, run.errLines().size(), run.err());
      assertTrue(run.err().startsWith("edition-audio: lexicon " + lexicon + ":"), run.err());
      assertEquals("", direct.toString(java.nio.charset.StandardCharsets.UTF_8), "written around picocli");
    }
  }
}
