package org.editionaudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.editionaudio.audio.Mp3Inspection;

/** What makes an output folder a complete, consistent edition, checked with readers other than the writer. */
final class OutputChecks {
  private OutputChecks() {}

  /** The manifest names the MP3 on disk, and the MP3's chapters are the manifest's, covering the audio. */
  static JsonNode assertValidEdition(Path dir) throws Exception {
    JsonNode manifest = new ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
    Path mp3 = dir.resolve(manifest.get("audio").get("file").asText());
    byte[] bytes = Files.readAllBytes(mp3);
    assertEquals(manifest.get("audio").get("bytes").asLong(), bytes.length, dir + ": size");
    assertEquals(manifest.get("audio").get("sha256").asText(),
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)), dir + ": the manifest's MP3");
    Mp3Inspection inspection = Mp3Inspection.of(mp3);
    List<Mp3Inspection.Chap> chapters = inspection.chapters;
    JsonNode expected = manifest.get("chapters");
    assertEquals(expected.size(), chapters.size(), dir + ": chapter count");
    assertEquals(0, chapters.get(0).startMs());
    for (int i = 0; i < chapters.size(); i++) {
      assertEquals(expected.get(i).get("title").asText(), chapters.get(i).title(), dir + ": title " + i);
      assertEquals(expected.get(i).get("startMs").asLong(), chapters.get(i).startMs(), dir + ": start " + i);
      assertEquals(expected.get(i).get("endMs").asLong(), chapters.get(i).endMs(), dir + ": end " + i);
      if (i > 0) {
        assertEquals(chapters.get(i - 1).endMs(), chapters.get(i).startMs(), dir + ": contiguous at " + i);
      }
    }
    assertEquals(inspection.durationMs(), chapters.get(chapters.size() - 1).endMs(), 30.0, dir + ": last end");
    assertEquals(1, inspection.tocs.size());
    assertTrue(inspection.tocs.get(0).topLevel() && inspection.tocs.get(0).ordered());
    for (String sidecar : List.of("chapters.vtt", "chapters.json", "transcript.vtt", "index.html")) {
      assertTrue(Files.size(dir.resolve(sidecar)) > 0, dir + ": " + sidecar);
    }
    return manifest;
  }
}
