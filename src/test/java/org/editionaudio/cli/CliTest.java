package org.editionaudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.editionaudio.speech.SpeechEngine;
import org.editionaudio.speech.SpeechEngineFactory;
import org.editionaudio.speech.SynthesisException;
import org.editionaudio.speech.VoiceProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CliTest {
  private static final String SEED_PAGE = "fixtures/editions/todays-edition-page.html";

  @Test
  void sectionsJsonHasTheDocumentedShape() throws Exception {
    CliRun run = CliRun.of("sections", "--json", SEED_PAGE);
    assertEquals(0, run.exitCode(), run.err());
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertEquals(List.of("edition", "sections"), fieldNames(json));
    assertEquals(List.of("id", "title", "date", "publication", "source"), fieldNames(json.get("edition")));
    assertEquals(List.of("title", "paragraphs"), fieldNames(json.get("sections").get(0)));
    assertEquals("2024-09-18-bringing-the-fight-home", json.get("edition").get("id").asText());
    assertEquals(SEED_PAGE, json.get("edition").get("source").asText());
    assertEquals(11, json.get("sections").get(0).get("paragraphs").size());
  }

  @Test
  void sectionsAsTextShowsEveryParagraph() {
    CliRun run = CliRun.of("sections", "fixtures/editions/morning-briefing.html");
    assertEquals(0, run.exitCode());
    assertTrue(run.out().contains("4. Lakers win the regional final"), run.out());
    assertTrue(run.out().contains("   The library said the extra hours"), run.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"empty.txt", "binary.html", "boilerplate-only.html"})
  void badInputIsExitThreeWithOneLine(String fixture, @TempDir Path dir) {
    String input = "fixtures/bad/" + fixture;
    for (String command : List.of("sections", "generate")) {
      Path out = dir.resolve(command);
      CliRun run = command.equals("sections")
          ? CliRun.of(command, input)
          : CliRun.of(command, input, "-o", out.toString());
      assertEquals(3, run.exitCode(), run.err());
      assertEquals(1, run.errLines().size(), run.err());
      assertTrue(run.err().startsWith("edition-audio: " + input + ": "), run.err());
      assertEquals("", run.out());
      assertFalse(Files.exists(out), "no output for " + input);
    }
  }

  /** Engines that only record that one was started, and refuse to speak. */
  private static final class RecordingEngines implements SpeechEngineFactory {
    final AtomicInteger started = new AtomicInteger();

    @Override
    public SpeechEngine start(VoiceProfile voice, int slot) throws SynthesisException {
      started.incrementAndGet();
      throw new SynthesisException(null, "a stand-in engine does not speak", null);
    }

    @Override
    public String description(VoiceProfile voice) {
      return "stand-in";
    }

    @Override
    public int sampleRate(VoiceProfile voice) {
      return 48_000;
    }
  }

  @Test
  void theRecordingEngineSeesAGenerateThatReachesSynthesis(@TempDir Path dir) {
    RecordingEngines engines = new RecordingEngines();
    CliRun run = CliRun.with(new byte[0], verbose -> engines,
        "generate", "fixtures/editions/todays-edition.txt", "-o", dir.resolve("out").toString(), "--no-cache");
    assertEquals(4, run.exitCode(), run.err());
    assertTrue(engines.started.get() > 0, "an edition that gets as far as speech starts an engine");
  }

  @Test
  void moreChaptersThanPlayersReadIsRefusedBeforeAnySynthesis(@TempDir Path dir) throws Exception {
    StringBuilder json = new StringBuilder("{\"sections\":[");
    for (int i = 0; i < 300; i++) {
      json.append(i == 0 ? "" : ",").append("{\"title\":\"Story ").append(i).append("\",\"paragraphs\":[\"Text.\"]}");
    }
    Path input = Files.writeString(dir.resolve("many.json"), json.append("]}").toString());
    RecordingEngines engines = new RecordingEngines();
    CliRun run = CliRun.with(new byte[0], verbose -> engines, "generate", input.toString(), "-o",
        dir.resolve("out").toString());
    assertEquals(3, run.exitCode(), run.err());
    assertTrue(run.err().contains("300 chapters, and an audio file holds at most 255"), run.err());
    assertFalse(Files.exists(dir.resolve("out")));
    assertEquals(0, engines.started.get(), "refused before any speech engine starts");
  }

  @Test
  void missingInputIsExitThree() {
    CliRun run = CliRun.of("sections", "no/such/edition.html");
    assertEquals(3, run.exitCode());
    assertTrue(run.err().contains("no/such/edition.html: cannot read the edition (no such file)"), run.err());
  }

  @Test
  void usageErrorsAreExitTwo(@TempDir Path dir) throws Exception {
    String out = dir.resolve("o").toString();
    String gif = Files.writeString(dir.resolve("cover.gif"), "GIF89a").toString();
    for (String[] args : List.of(
        new String[] {"generate", SEED_PAGE, "--format", "wav", "-o", out},
        new String[] {"generate", SEED_PAGE, "--format", "opus", "--bitrate", "500", "-o", out},
        new String[] {"generate", SEED_PAGE, "--format", "m4a", "--bitrate", "8", "-o", out},
        new String[] {"generate", SEED_PAGE, "--cover", gif, "-o", out},
        new String[] {"generate", SEED_PAGE, "--cover", dir.resolve("none.jpg").toString(), "-o", out},
        new String[] {"generate"},
        new String[] {"generate", SEED_PAGE, "--no-such-option"},
        new String[] {"generate", SEED_PAGE, "--bitrate", "65", "-o", out},
        new String[] {"generate", SEED_PAGE, "--bitrate", "fast", "-o", out},
        new String[] {"generate", SEED_PAGE, "--voice", "nosuch", "-o", out},
        new String[] {"nosuch"})) {
      CliRun run = CliRun.of(args);
      assertEquals(2, run.exitCode(), String.join(" ", args) + ": " + run.err());
      assertEquals(1, run.errLines().size(), run.err());
      assertTrue(run.err().startsWith("edition-audio: "), run.err());
    }
    assertFalse(Files.exists(dir.resolve("o")));
  }

  @Test
  void versionAndVoices() {
    assertTrue(CliRun.of("--version").out().startsWith("edition-audio "));
    CliRun voices = CliRun.of("voices");
    assertEquals(0, voices.exitCode());
    assertTrue(voices.out().contains("news") && voices.out().contains("cmu-slt-hsmm"), voices.out());
  }

  private static Path jsonEdition(Path dir, String name, String title, String paragraph) throws Exception {
    String json = new ObjectMapper().writeValueAsString(java.util.Map.of("edition", java.util.Map.of("title", "An edition"),
        "sections", List.of(java.util.Map.of("title", title, "paragraphs", List.of(paragraph)))));
    return Files.writeString(dir.resolve(name), json);
  }

  @Test
  void anEditionWithNothingSpeakableIsExitThreeBeforeAnySynthesis(@TempDir Path dir) throws Exception {
    // It used to be synthesized into a second of digital silence, with exit 0.
    List<Path> inputs = List.of(
        jsonEdition(dir, "emoji.json", "\ud83d\ude00\ud83d\ude00", "\ud83d\ude00 \ud83c\udf89 \ud83d\udc4d \u263a"),
        jsonEdition(dir, "symbols.json", "\u2605\u2605\u2605", "\u2605 \u2665 \u2192 \u203b \u2713 \u2022 \u00b6 \u00a7 *** ---"),
        Files.writeString(dir.resolve("dingbats.txt"), "\u2766\u2766\n\n\u2756 \u2756 \u2756\n"));
    for (Path input : inputs) {
      Path out = dir.resolve("out-" + input.getFileName());
      long start = System.nanoTime();
      CliRun run = CliRun.of("generate", input.toString(), "-o", out.toString());
      assertEquals(3, run.exitCode(), run.err());
      assertEquals(1, run.errLines().size(), run.err());
      assertTrue(run.err().startsWith("edition-audio: " + input + ": nothing to read aloud"), run.err());
      assertFalse(Files.exists(out), "no output for " + input);
      assertTrue(System.nanoTime() - start < 20_000_000_000L, "refused before MaryTTS starts");
    }
  }

  @Test
  void anEditionMostlyInAnotherScriptIsExitThreeNamingTheScript(@TempDir Path dir) throws Exception {
    for (String[] edition : List.of(
        new String[] {"cyrillic", "\u0421\u043e\u0432\u0435\u0442 \u0441\u043e\u0431\u0440\u0430\u043b\u0441\u044f",
            "\u0413\u043e\u0440\u043e\u0434\u0441\u043a\u043e\u0439 \u0441\u043e\u0432\u0435\u0442 "
                + "\u0441\u043e\u0431\u0440\u0430\u043b\u0441\u044f \u0432\u043e \u0432\u0442\u043e\u0440\u043d\u0438\u043a.",
            "Cyrillic"},
        new String[] {"han", "\u5e02\u8bae\u4f1a", "\u5e02\u8bae\u4f1a\u5468\u4e8c\u5f00\u4f1a\uff0c"
            + "\u6295\u7968\u51b3\u5b9a\u4fee\u590d\u6865\u6881\u3002", "Han"},
        new String[] {"arabic", "\u0645\u062c\u0644\u0633 \u0627\u0644\u0645\u062f\u064a\u0646\u0629",
            "\u0627\u062c\u062a\u0645\u0639 \u0645\u062c\u0644\u0633 \u0627\u0644\u0645\u062f\u064a\u0646\u0629 "
                + "\u064a\u0648\u0645 \u0627\u0644\u062b\u0644\u0627\u062b\u0627\u0621.", "Arabic"})) {
      Path input = jsonEdition(dir, edition[0] + ".json", edition[1], edition[2]);
      Path out = dir.resolve("out-" + edition[0]);
      CliRun run = CliRun.of("generate", input.toString(), "-o", out.toString());
      assertEquals(3, run.exitCode(), run.err());
      assertEquals(1, run.errLines().size(), run.err());
      assertTrue(run.err().contains("nothing to read aloud in English") && run.err().contains(edition[3]), run.err());
      assertFalse(Files.exists(out));
    }
  }

  @Test
  void jsonWithTrailingGarbageIsExitThreeWithOneLine(@TempDir Path dir) throws Exception {
    Path input = Files.writeString(dir.resolve("e.json"),
        "{\"sections\":[{\"title\":\"One\",\"paragraphs\":[\"A short story.\"]}]} garbage");
    CliRun run = CliRun.of("sections", input.toString());
    assertEquals(3, run.exitCode(), run.out());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.err().contains("not valid JSON"), run.err());
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void sectionsReadsTheStandardInputTheCommandLineWasGiven() {
    byte[] edition = "The Injected Gazette\n\nA paragraph that only this test's standard input holds.\n"
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    CliRun run = CliRun.withStdin(edition, "sections", "-");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("The Injected Gazette\n"), run.out());
    assertTrue(run.out().contains("A paragraph that only this test's standard input holds."), run.out());
  }
}
