package org.editionaudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An editor's loop: generate, fix one story, generate again; only that story is spoken again. */
class RegenerateIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aSecondRunSpeaksOnlyWhatChanged(@TempDir Path dir) throws Exception {
    Path cache = dir.resolve("cache");
    Path edition = dir.resolve("briefing.html");
    String page = Files.readString(Path.of("fixtures/editions/morning-briefing.html"));
    Files.writeString(edition, page);

    CliRun first = CliRun.of("generate", edition.toString(), "-o", dir.resolve("a").toString(), "--cache",
        cache.toString(), "--json");
    assertEquals(0, first.exitCode(), first.err());
    CliRun again = CliRun.of("generate", edition.toString(), "-o", dir.resolve("b").toString(), "--cache",
        cache.toString());
    assertEquals(0, again.exitCode(), again.err());
    assertTrue(again.out().contains("(0 of "), "nothing synthesized the second time: " + again.out());
    assertEquals(JSON.readTree(first.out()).get("audio").get("sha256"),
        JSON.readTree(dir.resolve("b/manifest.json").toFile()).get("audio").get("sha256"),
        "the cached sentences give the same MP3");

    Files.writeString(edition, page.replace("Breakfast will still be served.", "Lunch will be served as usual."));
    CliRun edited = CliRun.of("generate", edition.toString(), "-o", dir.resolve("c").toString(), "--cache",
        cache.toString(), "--json");
    assertEquals(0, edited.exitCode(), edited.err());
    JsonNode manifest = JSON.readTree(edited.out());
    assertNotEquals(JSON.readTree(first.out()).get("audio").get("sha256"), manifest.get("audio").get("sha256"));
    CliRun summary = CliRun.of("generate", edition.toString(), "-o", dir.resolve("d").toString(), "--cache",
        cache.toString());
    assertTrue(summary.out().contains("(0 of "), summary.out());
    assertTrue(Files.list(cache).findAny().isPresent());
  }

  @Test
  void anEditedSentenceIsTheOnlyOneSynthesized(@TempDir Path dir) throws Exception {
    Path cache = dir.resolve("cache");
    Path edition = dir.resolve("e.txt");
    Files.writeString(edition, "Title\n\nFirst sentence here. Second sentence here.\n\nThird one.\n");
    CliRun first = CliRun.of("generate", edition.toString(), "-o", dir.resolve("a").toString(), "--cache",
        cache.toString(), "--jobs", "1");
    assertEquals(0, first.exitCode(), first.err());
    Files.writeString(edition, "Title\n\nFirst sentence here. Second sentence changed.\n\nThird one.\n");
    CliRun second = CliRun.of("generate", edition.toString(), "-o", dir.resolve("b").toString(), "--cache",
        cache.toString(), "--jobs", "1");
    assertEquals(0, second.exitCode(), second.err());
    assertTrue(second.out().contains("(1 of 4 sentences synthesized, 3 from the cache)"), second.out());
  }
}
