package org.editionaudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.editionaudio.audio.Mp3Inspection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the bad-input trial found, with the real MaryTTS and ffmpeg: text that is not text, endless sentences, SIGTERM. */
class HostileInputIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path JAR = Path.of(System.getProperty("editionaudio.jar", "target/edition-audio.jar"));

  /** The jar in its own process, with {@code tmp} as its temporary folder, so its scratch files are its own. */
  static ProcessBuilder jar(Path work, Path tmp, String... args) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djava.io.tmpdir=" + tmp,
        "-jar", JAR.toAbsolutePath().toString()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).directory(work.toFile());
  }

  /** True when {@code text} holds a control character, a bidirectional override or half a surrogate pair. */
  private static boolean hasNonText(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1));
      if (paired) {
        i++;
        continue;
      }
      if (Character.isSurrogate(c) || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')
          || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
        return true;
      }
    }
    return false;
  }

  @Test
  void loneSurrogatesAndControlCharactersNeverReachTheOutputs(@TempDir Path dir) throws Exception {
    // A lone surrogate made every file but the MP3 unwritable: exit 5 after the whole synthesis.
    String english = "The council met on Tuesday and voted to repair the old bridge over the river before winter.";
    String json = "{\"edition\":{\"title\":\"Bell\\u0007 and \\u202eturn \\ud800 edition\",\"date\":\"2024-05-06\","
        + "\"publication\":\"The\\u0000 Ledger\"},\"sections\":["
        + "{\"title\":\"Bridge\\u0000 vote\\u202e \\udc00\",\"paragraphs\":[\"" + english.replace("Tuesday", "Tuesday \\ud800")
        + "\", \"Residents\\u0007 welcomed \\u2066the decision.\"]},"
        + "{\"title\":\"From the twin city\",\"paragraphs\":[\"\\u0413\\u043e\\u0440\\u043e\\u0434\\u0441\\u043a\\u043e\\u0439 "
        + "\\u0441\\u043e\\u0432\\u0435\\u0442 \\u0441\\u043e\\u0431\\u0440\\u0430\\u043b\\u0441\\u044f.\"]},"
        + "{\"title\":\"Weather\",\"paragraphs\":[\"" + english + "\"]}]}";
    Path input = Files.writeString(dir.resolve("hostile.json"), json);
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("generate", input.toString(), "-o", out.toString(), "--no-cache", "--jobs", "1");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().contains("warning: " + input + ": story \"From the twin city\":")
        && run.err().contains("Cyrillic"), "the story in another script is named: " + run.err());

    for (String file : List.of("chapters.vtt", "transcript.vtt", "chapters.json", "manifest.json", "index.html")) {
      String text = Files.readString(out.resolve(file));
      assertFalse(hasNonText(text), file + " holds a control character or half a surrogate pair");
    }
    JsonNode manifest = JSON.readTree(out.resolve("manifest.json").toFile());
    assertEquals("Bell and turn edition", manifest.get("edition").get("title").asText());
    assertEquals("Bridge vote", manifest.get("sections").get(0).get("title").asText());
    Mp3Inspection mp3 = Mp3Inspection.of(out.resolve("edition.mp3"));
    assertEquals("Bell and turn edition", mp3.text("TIT2"));
    assertEquals("The Ledger", mp3.text("TPE1"));
    for (Mp3Inspection.Chap chapter : mp3.chapters) {
      assertFalse(hasNonText(chapter.title()), "ID3 chapter title: " + chapter.title());
    }
    assertTrue(mp3.chapters.stream().anyMatch(c -> c.title().equals("Bridge vote")));
  }

  @Test
  void aLongParagraphWithoutPunctuationIsSpokenInPieces(@TempDir Path dir) throws Exception {
    // 20,000 such characters ran for over 300 s at 3 GB without finishing; 200,000 overflowed the stack.
    String[] words = {"residents", "of", "the", "northern", "district", "would", "meet", "again", "to", "discuss", "roads"};
    StringBuilder text = new StringBuilder();
    for (int i = 0; text.length() < 2_400; i++) {
      text.append(i == 0 ? "" : " ").append(words[(i * 5) % words.length]);
    }
    Path input = Files.writeString(dir.resolve("long.json"), JSON.writeValueAsString(Map.of(
        "edition", Map.of("title", "One long paragraph"),
        "sections", List.of(Map.of("title", "Unpunctuated", "paragraphs", List.of(text.toString()))))));
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("generate", input.toString(), "-o", out.toString(), "--no-cache");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode sentences = JSON.readTree(out.resolve("manifest.json").toFile()).get("sections").get(0).get("sentences");
    List<String> spoken = new ArrayList<>();
    sentences.forEach(s -> spoken.add(s.get("text").asText()));
    assertTrue(spoken.size() >= 4, "headline and three pieces: " + spoken);
    for (String piece : spoken) {
      assertTrue(piece.length() <= 1000, "a piece of " + piece.length() + " characters");
    }
    assertEquals(text.toString(), String.join(" ", spoken.subList(1, spoken.size())), "every word, in order");
  }

  @Test
  void sigtermRemovesTheCreatedFolderAndTheScratchFiles(@TempDir Path work) throws Exception {
    Path tmp = Files.createDirectories(work.resolve("tmp"));
    Path scratch = tmp.resolve("edition-audio").resolve("work");
    Path out = work.resolve("out");
    Process process = jar(work, tmp, "generate", Path.of("fixtures/editions/morning-briefing.html").toAbsolutePath()
        .toString(), "-o", out.toString(), "--no-cache", "-q", "--jobs", "1")
        .redirectErrorStream(true).redirectOutput(work.resolve("log.txt").toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    // Stop it while it speaks: the folder is open and the program's samples are being laid out.
    while (!(Files.isDirectory(out) && files(scratch).stream().anyMatch(f -> f.toString().endsWith(".pcm") && size(f) > 0))) {
      assertTrue(process.isAlive(), "the run ended before it could be stopped: " + Files.readString(work.resolve("log.txt")));
      assertTrue(System.nanoTime() < deadline, "synthesis did not start in time");
      Thread.sleep(50);
    }
    process.destroy();
    assertTrue(process.waitFor(1, TimeUnit.MINUTES));
    assertEquals(143, process.exitValue(), "stopped by SIGTERM");
    assertFalse(Files.exists(out), "the folder it created is removed");
    assertEquals(List.of(), files(scratch), "no scratch file left");
  }

  private static List<Path> files(Path dir) throws Exception {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.toList();
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (java.io.IOException e) {
      return 0;
    }
  }
}
