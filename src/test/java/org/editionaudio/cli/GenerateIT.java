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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.editionaudio.audio.Mp3Inspection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generates the multi-story fixture with the real MaryTTS and ffmpeg, then checks the MP3 as a player would. */
class GenerateIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path FIXTURE = Path.of("fixtures/editions/morning-briefing.html");
  private static final long UNSET = 0xFFFFFFFFL;

  @TempDir static Path dir;
  static CliRun run;
  static JsonNode manifest;
  static Mp3Inspection mp3;

  @BeforeAll
  static void generate() throws Exception {
    // No cache: every sentence is synthesized, by as many workers as there are cores.
    run = CliRun.of("generate", FIXTURE.toString(), "-o", dir.toString(), "--json", "--no-cache");
    assertEquals(0, run.exitCode(), run.err());
    manifest = JSON.readTree(run.out());
    mp3 = Mp3Inspection.of(dir.resolve("edition.mp3"));
  }

  @Test
  void oneSpeechJobWritesTheSameAudioAsSeveral(@TempDir Path single) throws Exception {
    CliRun one = CliRun.of("generate", FIXTURE.toString(), "-o", single.toString(), "--json", "--jobs", "1",
        "--no-cache");
    assertEquals(0, one.exitCode(), one.err());
    assertTrue(Runtime.getRuntime().availableProcessors() < 2
        || !run.out().isEmpty(), "the first run used the default, one job per core");
    assertEquals(manifest.get("audio").get("sha256"), JSON.readTree(one.out()).get("audio").get("sha256"),
        "same MP3 bytes, so the same samples went into the encoder");
    assertEquals(manifest.get("chapters"), JSON.readTree(one.out()).get("chapters"));
  }

  @Test
  void writesEveryOutputAndNothingElse() throws Exception {
    try (var files = Files.list(dir)) {
      List<String> names = files.map(f -> f.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
      assertEquals(List.of("chapters.json", "chapters.vtt", "edition.mp3", "index.html", "manifest.json",
          "transcript.srt", "transcript.vtt"), names);
    }
    try (var files = Files.list(dir)) {
      assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file left");
    }
    assertEquals(manifest, JSON.readTree(dir.resolve("manifest.json").toFile()), "--json prints the manifest");
  }

  @Test
  void isAConstantBitRateMonoMp3WithAnInfoHeaderAndId3v23() {
    assertEquals(3, mp3.id3MajorVersion());
    assertFalse(mp3.file.isVbr());
    assertEquals(java.util.Set.of(64), mp3.walkedBitrates, "every frame at 64 kbit/s");
    assertEquals(64, mp3.file.getBitrate());
    assertEquals(48_000, mp3.sampleRate);
    assertEquals("Mono", mp3.file.getChannelMode());
    assertTrue(mp3.file.hasXingFrame(), "LAME/Info header");
    assertEquals(mp3.walkedFrames - 1, mp3.frames, "the Info header counts the audio frames after it");
  }

  @Test
  void tagsNameTheEdition() throws Exception {
    assertEquals("Morning Briefing: Thursday, October 3", mp3.text("TIT2"));
    assertEquals("The Lakeside Ledger", mp3.text("TPE1"));
    assertEquals("The Lakeside Ledger", mp3.text("TALB"));
    assertEquals("2024", mp3.text("TYER"));
    assertEquals("0310", mp3.text("TDAT"), "day and month, DDMM");
    assertEquals("Speech", mp3.text("TCON"));
    assertEquals(null, mp3.tag.getAlbumImage(), "no cover unless one is given");
  }

  @Test
  void oneChapterPerStoryAfterTheIntroUnderAnOrderedTopLevelToc() throws Exception {
    List<String> expected = new ArrayList<>(List.of("Introduction"));
    JSON.readTree(Path.of("fixtures/editions/morning-briefing.expected.json").toFile())
        .get("sections").forEach(s -> expected.add(s.get("title").asText()));
    assertEquals(expected, mp3.chapters.stream().map(Mp3Inspection.Chap::title).toList());

    assertEquals(1, mp3.tocs.size());
    Mp3Inspection.Toc toc = mp3.tocs.get(0);
    assertTrue(toc.topLevel(), "CTOC top-level flag");
    assertTrue(toc.ordered(), "CTOC ordered flag");
    assertEquals(mp3.chapters.stream().map(Mp3Inspection.Chap::id).toList(), toc.children());
    for (Mp3Inspection.Chap chap : mp3.chapters) {
      assertEquals(UNSET, chap.startOffset(), "byte offsets unset");
      assertEquals(UNSET, chap.endOffset(), "byte offsets unset");
      assertEquals(null, chap.fullTitle(), "no TIT3: every headline fits in 60 characters");
      assertEquals(null, chap.url(), "no WXXX: the page gives no story links");
    }
  }

  @Test
  void chaptersCoverTheAudioEndToEnd() {
    List<Mp3Inspection.Chap> chapters = mp3.chapters;
    assertEquals(0, chapters.get(0).startMs());
    for (int i = 1; i < chapters.size(); i++) {
      assertEquals(chapters.get(i - 1).endMs(), chapters.get(i).startMs(), "contiguous at chapter " + i);
      assertTrue(chapters.get(i).startMs() < chapters.get(i).endMs());
    }
    long lastEnd = chapters.get(chapters.size() - 1).endMs();
    assertEquals(mp3.durationMs(), lastEnd, 30.0, "last chapter ends at the end of the audio");
    assertEquals(manifest.get("durationMs").asLong(), lastEnd);
  }

  @Test
  void manifestVttAndJsonTimesEqualTheId3Times() throws Exception {
    List<long[]> id3 = mp3.chapters.stream().map(c -> new long[] {c.startMs(), c.endMs()}).toList();

    List<long[]> fromManifest = new ArrayList<>();
    manifest.get("chapters").forEach(c -> fromManifest.add(new long[] {c.get("startMs").asLong(), c.get("endMs").asLong()}));
    assertTimes(id3, fromManifest, "manifest chapters");

    List<long[]> sections = new ArrayList<>();
    manifest.get("sections").forEach(s -> sections.add(new long[] {s.get("startMs").asLong(), s.get("endMs").asLong()}));
    assertTimes(id3.subList(1, id3.size()), sections, "manifest sections");

    JsonNode chaptersJson = JSON.readTree(dir.resolve("chapters.json").toFile());
    assertEquals("1.2.0", chaptersJson.get("version").asText());
    List<long[]> fromJson = new ArrayList<>();
    chaptersJson.get("chapters").forEach(c -> fromJson.add(new long[] {
        c.get("startTime").decimalValue().movePointRight(3).longValueExact(),
        c.get("endTime").decimalValue().movePointRight(3).longValueExact()}));
    assertTimes(id3, fromJson, "chapters.json");

    String vtt = Files.readString(dir.resolve("chapters.vtt"));
    assertTrue(vtt.startsWith("WEBVTT\n"));
    Matcher cue = Pattern.compile("(\\d{2}):(\\d{2}):(\\d{2})\\.(\\d{3}) --> (\\d{2}):(\\d{2}):(\\d{2})\\.(\\d{3})\\n(.+)")
        .matcher(vtt);
    List<long[]> fromVtt = new ArrayList<>();
    List<String> vttTitles = new ArrayList<>();
    while (cue.find()) {
      fromVtt.add(new long[] {millis(cue, 1), millis(cue, 5)});
      vttTitles.add(cue.group(9));
    }
    assertTimes(id3, fromVtt, "chapters.vtt");
    assertEquals(mp3.chapters.stream().map(Mp3Inspection.Chap::title).toList(), vttTitles);
  }

  @Test
  void silenceJustBeforeEachChapterStartAndSpeechAfterIt() throws Exception {
    short[] audio = mp3.decode(dir.resolve("edition.mp3"));
    int perMs = mp3.sampleRate / 1000;
    for (Mp3Inspection.Chap chap : mp3.chapters) {
      int start = (int) chap.startMs() * perMs;
      if (chap.startMs() > 0) {
        double before = Mp3Inspection.rmsDbfs(audio, start - 400 * perMs, start - 40 * perMs);
        assertTrue(before < -55, chap.title() + ": " + before + " dBFS just before its start");
        double leadIn = Mp3Inspection.rmsDbfs(audio, start + 20 * perMs, start + 200 * perMs);
        assertTrue(leadIn < -55, chap.title() + ": " + leadIn + " dBFS: the start is not inside the pause");
      }
      double speech = Mp3Inspection.rmsDbfs(audio, start + 300 * perMs, start + 1500 * perMs);
      assertTrue(speech > -40, chap.title() + ": " + speech + " dBFS where its headline is spoken");
    }
  }

  @Test
  void theFinishedProgramMeetsTheLoudnessTarget() throws Exception {
    double[] measured = Ebur128.measure(dir.resolve("edition.mp3"));
    assertEquals(-16.0, measured[0], 1.0, "integrated loudness, LUFS");
    assertTrue(measured[1] <= -1.0, "true peak " + measured[1] + " dBTP");
    JsonNode loudness = manifest.get("loudness");
    assertEquals(measured[0], loudness.get("integratedLufs").asDouble(), 0.05);
    assertEquals(measured[1], loudness.get("truePeakDbtp").asDouble(), 0.05);
    assertEquals(-16.0, loudness.get("target").asDouble());
  }

  @Test
  void theSrtTranscriptHasTheVttTranscriptsCuesWithSubRipTimes() throws Exception {
    java.util.regex.Pattern vttTime = java.util.regex.Pattern.compile("(\\d{2}:\\d{2}:\\d{2})\\.(\\d{3}) --> (\\d{2}:\\d{2}:\\d{2})\\.(\\d{3})");
    List<String> expected = new java.util.ArrayList<>();
    java.util.regex.Matcher vtt = vttTime.matcher(Files.readString(dir.resolve("transcript.vtt")));
    while (vtt.find()) {
      expected.add(vtt.group(1) + "," + vtt.group(2) + " --> " + vtt.group(3) + "," + vtt.group(4));
    }
    List<String> srt = Files.readString(dir.resolve("transcript.srt")).lines().filter(l -> l.contains(" --> ")).toList();
    assertTrue(expected.size() > 5, "the edition has sentences");
    assertEquals(expected, srt);
  }

  @Test
  void transcriptCuesStartWhereEachSentenceIsHeard() throws Exception {
    String vtt = Files.readString(dir.resolve("transcript.vtt"));
    Matcher cue = Pattern.compile("(\\d{2}):(\\d{2}):(\\d{2})\\.(\\d{3}) --> (\\d{2}):(\\d{2}):(\\d{2})\\.(\\d{3})\\n(.+)")
        .matcher(vtt);
    List<long[]> cues = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    while (cue.find()) {
      cues.add(new long[] {millis(cue, 1), millis(cue, 5)});
      texts.add(cue.group(9));
    }
    List<String> sentences = new ArrayList<>();
    List<long[]> fromManifest = new ArrayList<>();
    manifest.get("sections").forEach(section -> section.get("sentences").forEach(sentence -> {
      sentences.add(sentence.get("text").asText());
      fromManifest.add(new long[] {sentence.get("startMs").asLong(), sentence.get("endMs").asLong()});
    }));
    assertTrue(sentences.size() > 10, "sentences: " + sentences.size());
    assertEquals(sentences, texts.subList(texts.size() - sentences.size(), texts.size()),
        "the transcript reads every section's sentences, after the intro");
    assertTimes(cues.subList(cues.size() - sentences.size(), cues.size()), fromManifest, "manifest sentences");

    short[] audio = mp3.decode(dir.resolve("edition.mp3"));
    int perMs = mp3.sampleRate / 1000;
    for (int i = 0; i < cues.size(); i++) {
      long start = cues.get(i)[0];
      long heard = onset(audio, (int) (start - 150) * perMs, perMs) / perMs;
      assertTrue(Math.abs(heard - start) <= 50,
          "cue " + (i + 1) + " \"" + texts.get(i) + "\" starts at " + start + " ms, heard at " + heard + " ms");
    }
  }

  /** The first 5 ms window from {@code from} on whose level rises above -45 dBFS. */
  private static long onset(short[] audio, int from, int perMs) {
    int window = 5 * perMs;
    for (int at = Math.max(0, from); at + window < audio.length; at += perMs) {
      if (Mp3Inspection.rmsDbfs(audio, at, at + window) > -45) {
        return at;
      }
    }
    return audio.length;
  }

  private static long millis(Matcher m, int group) {
    return Long.parseLong(m.group(group)) * 3_600_000 + Long.parseLong(m.group(group + 1)) * 60_000
        + Long.parseLong(m.group(group + 2)) * 1000 + Long.parseLong(m.group(group + 3));
  }

  private static void assertTimes(List<long[]> expected, List<long[]> actual, String what) {
    assertEquals(expected.size(), actual.size(), what + " count");
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i)[0], actual.get(i)[0], what + " start " + i);
      assertEquals(expected.get(i)[1], actual.get(i)[1], what + " end " + i);
    }
  }
}
