package org.editionaudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.editionaudio.audio.Mp3Inspection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The runnable jar as users run it: a separate process, its exit code, its stderr, its working folder. */
class JarIT {
  private static final Path JAR = Path.of(System.getProperty("editionaudio.jar", "target/edition-audio.jar"));
  private static final Path REPO = Path.of("").toAbsolutePath();

  record Process(int exitCode, String out, String err) {
    List<String> errLines() {
      return err.lines().toList();
    }
  }

  static Process run(Path workingDir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toAbsolutePath().toString()));
    command.addAll(List.of(args));
    return run(new ProcessBuilder(command).directory(workingDir.toFile()), 5);
  }

  /** Runs {@code builder} to its end, within {@code minutes}, its output and errors captured through files. */
  static Process run(ProcessBuilder builder, int minutes) throws IOException, InterruptedException {
    Path out = Files.createTempFile("edition-audio-it-", ".out");
    Path err = Files.createTempFile("edition-audio-it-", ".err");
    try {
      java.lang.Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      assertTrue(process.waitFor(minutes, TimeUnit.MINUTES), "finished in time: " + builder.command());
      return new Process(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }


  @Test
  void theReadmeCommandWritesTheSeedEditionIntoOut(@TempDir Path work) throws Exception {
    Process run = run(work, "generate", REPO.resolve("fixtures/editions/todays-edition-page.html").toString());
    assertEquals(0, run.exitCode(), run.err());
    Path mp3 = work.resolve("out/2024-09-18-bringing-the-fight-home/edition.mp3");
    assertTrue(Files.size(mp3) > 100_000, "an MP3 of the seed edition");
    assertTrue(run.out().startsWith("out/2024-09-18-bringing-the-fight-home/edition.mp3: 1 story and an intro, "),
        run.out());
    assertEquals(1, run.out().lines().count(), "a one-line summary");
    try (var left = Files.list(work)) {
      assertEquals(List.of("out"), left.map(p -> p.getFileName().toString()).toList(),
          "MaryTTS leaves no log folder in the working directory");
    }
    assertFalse(run.err().contains("SLF4J"), run.err());
    Mp3Inspection inspection = Mp3Inspection.of(mp3);
    assertEquals(List.of("Introduction", "Bringing the Fight Home"),
        inspection.chapters.stream().map(Mp3Inspection.Chap::title).toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {"empty.txt", "binary.html", "boilerplate-only.html"})
  void badInputsExitThreeWithOneLineAndNoOutput(String fixture, @TempDir Path work) throws Exception {
    Path input = REPO.resolve("fixtures/bad").resolve(fixture);
    Process run = run(work, "generate", input.toString());
    assertEquals(3, run.exitCode(), run.err());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.err().startsWith("edition-audio: " + input + ": "), run.err());
    try (var left = Files.list(work)) {
      assertEquals(0, left.count(), "no output files, no log folder");
    }
  }

  @Test
  void aHeadlineWithMetadataSpecialsIsOneChapterWithExactlyThatTitle(@TempDir Path work) throws Exception {
    Process run = run(work, "generate", REPO.resolve("fixtures/bad/headline-specials.json").toString(),
        "-o", "specials", "--json");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode manifest = new ObjectMapper().readTree(run.out());
    String title = manifest.get("sections").get(0).get("title").asText();
    assertEquals("Stocks = up; #1 rally \\ of the year [CHAPTER] ends", title);
    Mp3Inspection mp3 = Mp3Inspection.of(work.resolve("specials/edition.mp3"));
    assertEquals(List.of("Introduction", title, "Oil slips"),
        mp3.chapters.stream().map(Mp3Inspection.Chap::title).toList());
    assertEquals(3, mp3.tocs.get(0).children().size());
  }

  @Test
  void markupInTheTextIsReadAsText(@TempDir Path work) throws Exception {
    Process run = run(work, "generate", REPO.resolve("fixtures/bad/markup-in-text.txt").toString(), "-o", "m", "--json");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode paragraphs = new ObjectMapper().readTree(run.out()).get("sections").get(0).get("paragraphs");
    assertTrue(paragraphs.get(0).asText().contains("<prosody rate=\"x-slow\" pitch=\"+100%\">"), paragraphs.toString());
    assertTrue(paragraphs.get(1).asText().contains("<!DOCTYPE x [<!ENTITY xxe SYSTEM"), paragraphs.toString());
    assertEquals(1, Mp3Inspection.of(work.resolve("m/edition.mp3")).chapters.size());
  }

  @Test
  void maryTtsLogsWarningsOnlyUnlessVerbose(@TempDir Path work) throws Exception {
    String input = REPO.resolve("fixtures/bad/headline-specials.json").toString();
    // --no-cache: MaryTTS must run to log, and other tests may have cached these sentences.
    Process quiet = run(work, "generate", input, "-o", "quiet", "--no-cache");
    assertEquals(0, quiet.exitCode(), quiet.err());
    assertFalse(quiet.err().contains("MaryTTS INFO"), quiet.err());
    Process verbose = run(work, "generate", input, "-o", "verbose", "--verbose", "--no-cache");
    assertEquals(0, verbose.exitCode(), verbose.err());
    assertTrue(verbose.err().contains("MaryTTS INFO"), "--verbose shows MaryTTS's log");
    try (var left = Files.list(work)) {
      assertEquals(List.of("quiet", "verbose"), left.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void anOutputFolderThatCannotBeMadeIsExitFive(@TempDir Path work) throws Exception {
    Files.writeString(work.resolve("blocker"), "a file where a folder should go");
    Process run = run(work, "generate", REPO.resolve("fixtures/bad/headline-specials.json").toString(),
        "-o", "blocker/edition");
    assertEquals(5, run.exitCode(), run.err());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.err().startsWith("edition-audio: blocker/edition: cannot write the output"), run.err());
    assertFalse(run.err().contains("MaryTTS"), "fails before starting MaryTTS: " + run.err());
  }
}
