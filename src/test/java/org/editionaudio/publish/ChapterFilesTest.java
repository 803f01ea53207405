package org.editionaudio.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.editionaudio.audio.Chapter;
import org.editionaudio.audio.Cue;
import org.editionaudio.speech.ScriptLine;
import org.editionaudio.speech.Utterance;
import org.junit.jupiter.api.Test;

class ChapterFilesTest {
  private static final List<Chapter> CHAPTERS = List.of(
      new Chapter("Introduction", -1, 0, 371_040, 48_000),
      new Chapter("A <b>bold</b> --> move & more", 0, 371_040, 177_840_000L, 48_000));

  @Test
  void webVttCues() {
    assertEquals("WEBVTT\n\nchapter-1\n00:00:00.000 --> 00:00:07.730\nIntroduction\n\n"
        + "chapter-2\n00:00:07.730 --> 01:01:45.000\nA &lt;b&gt;bold&lt;/b&gt; --&gt; move &amp; more\n",
        ChapterFiles.vtt(CHAPTERS));
  }

  @Test
  void subRipTranscriptNumbersEachSentenceWithCommaTimesAndOneLineOfText() {
    List<Cue> cues = List.of(
        new Cue(new Utterance(ScriptLine.Kind.INTRO, "The Ledger.", -1, -1, 0), 4_800, 40_000, 48_000),
        new Cue(new Utterance(ScriptLine.Kind.PARAGRAPH, "Two <b> & more.", 1, 0, 0), 100_800, 177_840_000L, 48_000));
    assertEquals("1\n00:00:00,100 --> 00:00:00,833\nThe Ledger.\n\n"
        + "2\n00:00:02,100 --> 01:01:45,000\nTwo <b> & more.\n\n", ChapterFiles.srt(cues));
  }

  @Test
  void podcastingJsonChaptersInExactSeconds() throws Exception {
    String text = ChapterFiles.json(CHAPTERS, "T", "Pub", "edition.mp3");
    assertTrue(text.contains("\"startTime\" : 7.730,"), text);
    JsonNode json = new ObjectMapper().readTree(text);
    assertEquals("1.2.0", json.get("version").asText());
    assertEquals(7.73, json.get("chapters").get(1).get("startTime").asDouble());
    assertEquals(3705.0, json.get("chapters").get(1).get("endTime").asDouble());
    assertEquals("A <b>bold</b> --> move & more", json.get("chapters").get(1).get("title").asText());
    assertTrue(json.get("chapters").get(0).get("startTime").isNumber());
  }

  @Test
  void jsonChaptersCarryFullTitlesLinksAndTheCover() throws Exception {
    String longTitle = "City council approves the harbor flood wall after a decade of debate, with gates";
    List<Chapter> chapters = List.of(
        new Chapter("Introduction", -1, 0, 48_000, 48_000),
        new Chapter(longTitle, 0, 48_000, 96_000, 48_000, "https://example.org/wall"));
    JsonNode json = new ObjectMapper().readTree(ChapterFiles.json(chapters, "T", "Pub", "edition.m4a", "cover.png"));
    assertEquals("edition.m4a", json.get("fileName").asText());
    JsonNode intro = json.get("chapters").get(0);
    assertEquals("cover.png", intro.get("img").asText());
    assertTrue(!intro.has("url"));
    JsonNode story = json.get("chapters").get(1);
    assertEquals(longTitle, story.get("title").asText());
    assertEquals("https://example.org/wall", story.get("url").asText());
    assertEquals("cover.png", story.get("img").asText());
    assertTrue(ChapterFiles.vtt(chapters).contains("\n" + longTitle + "\n"), "the VTT has the full title");
  }
}
