package org.editionaudio.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.editionaudio.audio.Chapter;
import org.editionaudio.audio.Cue;
import org.editionaudio.audio.Loudness;
import org.editionaudio.audio.LoudnessTarget;
import org.editionaudio.edition.Edition;
import org.editionaudio.edition.Section;
import org.editionaudio.speech.ScriptLine;
import org.editionaudio.speech.Utterance;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PlayerPageTest {
  private static final String HOSTILE = "</script><script>alert(1)</script> __AUDIO_SRC__ \u2028";

  private static Manifest manifest(String title, String format, String cover) {
    return manifest(title, format, cover, List.of());
  }

  private static Manifest manifest(String title, String format, String cover, List<Cue> cues) {
    Edition edition = new Edition("e", title, LocalDate.of(2024, 10, 3), "The Ledger", "in.json",
        List.of(new Section(title, List.of("One."), "https://example.org/a?b=1&c=<2>"), new Section("Two", List.of("Two."))));
    List<Chapter> chapters = List.of(
        new Chapter("Introduction", -1, 0, 48_000, 48_000),
        new Chapter(title, 0, 48_000, 96_000, 48_000, "https://example.org/a?b=1&c=<2>"),
        new Chapter("Two", 1, 96_000, 144_000, 48_000));
    AudioFile audio = new AudioFile("edition." + format, format, 64, 48_000, 1, "00");
    Loudness loudness = new Loudness(-16, -1.5, LoudnessTarget.SPOKEN_WORD, 3, false);
    return new Manifest(edition, chapters, cues, 3000, audio, loudness, "news", "MaryTTS", "00", "00", cover);
  }

  @Test
  void embedsTheChaptersWithoutLettingATitleCloseTheScriptOrFillAPlaceholder() {
    String html = PlayerPage.html(manifest(HOSTILE, "mp3", null));
    Document page = Jsoup.parse(html);
    assertEquals(2, page.select("script").size(), "no script injected");
    String data = page.getElementById("edition-data").data();
    assertFalse(data.contains("</script"), data);
    assertFalse(data.contains("\u2028"), "raw line separators end a JavaScript string in old engines");
    assertTrue(data.contains("\"startMs\":1000"), data);
    assertTrue(page.getElementById("ea-title").text().startsWith("</script><script>alert(1)</script>"));
    assertTrue(page.getElementById("ea-title").text().contains("__AUDIO_SRC__"), "a headline is never a placeholder");
    assertEquals("chapters.vtt", page.selectFirst("audio track[kind=chapters]").attr("src"));
    assertEquals("edition.mp3", page.selectFirst("audio source").attr("src"));
    assertEquals("audio/mpeg", page.selectFirst("audio source").attr("type"));
    assertNull(page.selectFirst("audio track[kind=metadata]"), "no transcript track without sentence times");
  }

  @Test
  void namesTheFormatsFileAndTheCoverAndCarriesTheLinks() throws Exception {
    Document page = Jsoup.parse(PlayerPage.html(manifest("One", "m4a", "cover.jpg")));
    assertEquals("edition.m4a", page.selectFirst("audio source").attr("src"));
    assertEquals("audio/mp4", page.selectFirst("audio source").attr("type"));
    assertEquals("edition.m4a", page.getElementById("ea-download").attr("href"));
    JsonNode data = new ObjectMapper().readTree(page.getElementById("edition-data").data());
    assertEquals("cover.jpg", data.get("cover").asText());
    assertEquals("https://example.org/a?b=1&c=<2>", data.get("chapters").get(1).get("url").asText());
    assertFalse(data.get("chapters").get(0).has("url"));
    assertEquals(0, data.get("transcript").size());
  }

  @Test
  void embedsEverySentenceWithItsChapterAndReadsTranscriptVtt() throws Exception {
    List<Cue> cues = List.of(
        new Cue(new Utterance(ScriptLine.Kind.INTRO, "The Ledger.", -1, -1, 0), 4_800, 40_000, 48_000),
        new Cue(new Utterance(ScriptLine.Kind.PARAGRAPH, "Two.", 1, 0, 0), 100_800, 139_200, 48_000));
    Document page = Jsoup.parse(PlayerPage.html(manifest("One", "mp3", null, cues)));
    assertEquals(EditionFolder.TRANSCRIPT_VTT, page.selectFirst("audio track[kind=metadata]").attr("src"));
    JsonNode transcript = new ObjectMapper().readTree(page.getElementById("edition-data").data()).get("transcript");
    assertEquals(2, transcript.size());
    assertEquals(0, transcript.get(0).get("chapter").asInt(), "the intro's sentence, in the intro");
    assertEquals("Two.", transcript.get(1).get("text").asText());
    assertEquals(2, transcript.get(1).get("chapter").asInt(), "section 1 is chapter 3, after the intro");
    assertEquals(2100, transcript.get(1).get("startMs").asLong());
    assertEquals(2900, transcript.get(1).get("endMs").asLong());
  }
}
