package org.editionaudio.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.editionaudio.audio.Mp3Inspection;
import org.editionaudio.audio.Mp4Inspection;
import org.editionaudio.audio.OggInspection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same edition, with story links, a headline too long for players and a cover, in each format:
 * the chapters, links and cover read back by readers other than the ffmpeg that wrote them equal
 * the manifest's, and the sidecar files and player name the right file.
 */
class FormatsIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path FIXTURE = Path.of("fixtures/rich/linked-stories.json");
  private static byte[] JPEG;

  @TempDir Path dir;

  /** Generates the fixture in {@code format} with a cover; returns the manifest. */
  private JsonNode generate(String format) throws Exception {
    JPEG = jpeg(64, 48);
    Path cover = Files.write(dir.resolve("cover-source.jpg"), JPEG);
    CliRun run = CliRun.of("generate", FIXTURE.toString(), "-o", dir.resolve("out").toString(), "--format", format,
        "--cover", cover.toString(), "--json", "--quiet");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode manifest = JSON.readTree(run.out());
    assertSidecarsNameTheFile(manifest, format);
    JsonNode loudness = manifest.get("loudness");
    assertEquals(-16, loudness.get("integratedLufs").asDouble(), 1.0, format + " mastered like the MP3: " + loudness);
    assertTrue(loudness.get("truePeakDbtp").asDouble() <= -1.0, format + ": " + loudness);
    return manifest;
  }

  @Test
  void mp3ChaptersCarryShortAndFullTitlesLinksAndTheCover() throws Exception {
    JsonNode manifest = generate("mp3");
    Mp3Inspection mp3 = Mp3Inspection.of(dir.resolve("out/edition.mp3"));
    assertEquals(3, mp3.id3MajorVersion());
    assertTrue(mp3.file.hasXingFrame(), "LAME/Info header after our tag");
    assertEquals(mp3.walkedFrames - 1, mp3.frames, "the Info header counts the audio frames after it");
    assertFalse(mp3.file.isVbr());

    JsonNode chapters = manifest.get("chapters");
    assertEquals(chapters.size(), mp3.chapters.size());
    assertEquals(mp3.chapters.stream().map(Mp3Inspection.Chap::id).toList(), mp3.tocs.get(0).children());
    for (int i = 0; i < chapters.size(); i++) {
      JsonNode expected = chapters.get(i);
      Mp3Inspection.Chap chap = mp3.chapters.get(i);
      assertEquals(expected.get("startMs").asLong(), chap.startMs());
      assertEquals(expected.get("endMs").asLong(), chap.endMs());
      assertEquals(shortTitle(expected), chap.title());
      assertEquals(expected.has("shortTitle") ? expected.get("title").asText() : null, chap.fullTitle(), "TIT3");
      assertEquals(expected.has("url") ? ascii(expected.get("url").asText()) : null, chap.url(), "WXXX");
    }
    assertTrue(chapters.get(1).has("shortTitle"), "the fixture's first headline is too long for players");
    assertTrue(chapters.get(1).get("shortTitle").asText().length() <= 60);
    assertTrue(chapters.get(1).get("shortTitle").asText().endsWith("…"));
    assertEquals("Café owners in the old town — prices up, crowds down", mp3.chapters.get(2).title(), "UTF-16 title");

    assertEquals("image/jpeg", mp3.tag.getAlbumImageMimeType());
    assertArrayEquals(JPEG, mp3.tag.getAlbumImage());
    assertEquals("0410", mp3.text("TDAT"));
    assertEquals(mp3.durationMs(), manifest.get("durationMs").asDouble(), 30.0);
  }

  @Test
  void m4aHasAQuickTimeChapterTrackAndNeroChaptersEqualToTheManifest() throws Exception {
    JsonNode manifest = generate("m4a");
    Mp4Inspection m4a = Mp4Inspection.of(dir.resolve("out/edition.m4a"));
    assertEquals("M4A ", m4a.majorBrand);
    assertTrue(m4a.moovFirst, "the index before the media, so that browsers can play while downloading");
    JsonNode chapters = manifest.get("chapters");
    assertEquals(chapters.size(), m4a.chapterTrack.size());
    assertEquals(chapters.size(), m4a.nero.size());
    for (int i = 0; i < chapters.size(); i++) {
      JsonNode expected = chapters.get(i);
      assertEquals(expected.get("startMs").asLong(), m4a.chapterTrack.get(i).startMs(), "chapter track start " + i);
      assertEquals(expected.get("endMs").asLong(), m4a.chapterTrack.get(i).endMs(), "chapter track end " + i);
      assertEquals(shortTitle(expected), m4a.chapterTrack.get(i).title());
      assertEquals(expected.get("startMs").asLong(), m4a.nero.get(i).startMs(), "chpl start " + i);
      assertEquals(shortTitle(expected), m4a.nero.get(i).title());
    }
    assertArrayEquals(JPEG, m4a.cover, "covr");
    assertEquals(manifest.get("durationMs").asLong(), m4a.audioDurationMs, 60, "audio duration");
  }

  @Test
  void opusHasVorbisChapterCommentsToTheMillisecondAndAPictureBlock() throws Exception {
    JsonNode manifest = generate("opus");
    OggInspection opus = OggInspection.of(dir.resolve("out/edition.opus"));
    assertEquals(1, opus.channels);
    JsonNode chapters = manifest.get("chapters");
    assertEquals(chapters.size(), opus.chapters.size());
    for (int i = 0; i < chapters.size(); i++) {
      JsonNode expected = chapters.get(i);
      assertEquals(expected.get("startMs").asLong(), opus.chapters.get(i).startMs(), "chapter start " + i);
      assertEquals(shortTitle(expected), opus.chapters.get(i).title());
      assertEquals(expected.has("url") ? expected.get("url").asText() : null, opus.chapters.get(i).url());
    }
    assertTrue(chapters.get(2).get("startMs").asLong() % 1000 != 0, "a start with milliseconds to get right");
    assertEquals("Evening Update: Friday, October 4", opus.comment("title"));
    assertEquals("The Lakeside Ledger", opus.comment("artist"));

    ByteBuffer picture = ByteBuffer.wrap(Base64.getDecoder().decode(opus.comment("METADATA_BLOCK_PICTURE")));
    assertEquals(3, picture.getInt(), "front cover");
    byte[] mime = new byte[picture.getInt()];
    picture.get(mime);
    assertEquals("image/jpeg", new String(mime, StandardCharsets.US_ASCII));
    int description = picture.getInt();
    picture.position(picture.position() + description);
    assertEquals(64, picture.getInt(), "width");
    assertEquals(48, picture.getInt(), "height");
    picture.position(picture.position() + 8);
    byte[] data = new byte[picture.getInt()];
    picture.get(data);
    assertArrayEquals(JPEG, data);
    assertEquals(manifest.get("durationMs").asDouble(), opus.durationMs, 30.0, "duration from the last granule");
  }

  private void assertSidecarsNameTheFile(JsonNode manifest, String format) throws Exception {
    String file = "edition." + format;
    Path out = dir.resolve("out");
    assertEquals(file, manifest.get("audio").get("file").asText());
    assertEquals(format, manifest.get("audio").get("format").asText());
    assertEquals("cover.jpg", manifest.get("cover").asText());
    try (var files = Files.list(out)) {
      assertEquals(List.of("chapters.json", "chapters.vtt", "cover.jpg", file, "index.html", "manifest.json", "transcript.srt",
          "transcript.vtt"),
          files.map(f -> f.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList());
    }
    assertArrayEquals(JPEG, Files.readAllBytes(out.resolve("cover.jpg")));
    assertEquals(Files.size(out.resolve(file)), manifest.get("audio").get("bytes").asLong());

    JsonNode chaptersJson = JSON.readTree(out.resolve("chapters.json").toFile());
    assertEquals(file, chaptersJson.get("fileName").asText());
    List<String> titles = new ArrayList<>();
    manifest.get("chapters").forEach(c -> titles.add(c.get("title").asText()));
    List<String> jsonTitles = new ArrayList<>();
    for (int i = 0; i < manifest.get("chapters").size(); i++) {
      JsonNode chapter = chaptersJson.get("chapters").get(i);
      jsonTitles.add(chapter.get("title").asText());
      assertEquals("cover.jpg", chapter.get("img").asText());
      assertEquals(manifest.get("chapters").get(i).path("url"), chapter.path("url"));
    }
    assertEquals(titles, jsonTitles, "full titles in chapters.json");
    assertEquals(manifest.get("sections").get(0).get("url"), manifest.get("chapters").get(1).get("url"));
    String vtt = Files.readString(out.resolve("chapters.vtt"));
    assertTrue(vtt.contains("\n" + titles.get(1) + "\n"), "the full title in chapters.vtt");

    Document page = Jsoup.parse(out.resolve("index.html").toFile());
    assertEquals(file, page.selectFirst("audio source").attr("src"));
    assertEquals(manifest.get("audio").get("mimeType").asText(), page.selectFirst("audio source").attr("type"));
  }

  private static String shortTitle(JsonNode chapter) {
    return chapter.has("shortTitle") ? chapter.get("shortTitle").asText() : chapter.get("title").asText();
  }

  /** A link as WXXX holds it: ISO-8859-1, so anything else percent-encoded as UTF-8. */
  private static String ascii(String url) {
    StringBuilder out = new StringBuilder();
    for (byte b : url.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      out.append(c > 0x20 && c < 0x7F ? String.valueOf((char) c) : String.format("%%%02X", c));
    }
    return out.toString();
  }

  private static byte[] jpeg(int width, int height) throws Exception {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageIO.write(
        new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB), "jpg", out);
    return out.toByteArray();
  }
}
