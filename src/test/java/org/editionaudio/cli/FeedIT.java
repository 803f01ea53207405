package org.editionaudio.cli;

import static org.editionaudio.cli.Chromium.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * {@code batch --feed} over three very short editions, the feed read back the way podcast apps
 * read it, by parsers that did not write it (Debian's python3-feedparser and
 * python3-podcastparser, which .ci/run installs, and a namespace-aware XML reader for the
 * Podcasting 2.0 tags), and the archive page played in headless Chromium.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FeedIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BASE = "https://audio.example/harbour/";
  private static final Path PYTHON = Path.of("/usr/bin/python3");

  @TempDir static Path dir;
  @TempDir static Path profile;
  static Path inputs;
  static Path out;
  static ChromeDriver browser;
  static StaticServer server;

  @BeforeAll
  static void publishThreeEditionsWithTheirFeed() throws Exception {
    inputs = Files.createDirectories(dir.resolve("in"));
    edition("one", "2024-03-01", "Ferry timetable changes", List.of("The ferry leaves earlier."));
    edition("two", "2024-03-02", "Harbour wall repaired", List.of("Crews finished the wall."));
    edition("three", "2024-03-03", "Regatta weekend", List.of("Boats gathered at dawn.", "Rain held off."));
    out = dir.resolve("out");
    CliRun run = CliRun.of("batch", inputs.toString(), "-o", out.toString(), "--no-intro", "--jobs", "1",
        "--feed", BASE, "--quiet");
    assertEquals(0, run.exitCode(), run.err());
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  @Order(1)
  void independentParsersReadEveryItemWithExactLengthsDurationsAndFilesThatExist() throws Exception {
    JsonNode read = readFeed();
    assertFalse(read.at("/feedparser/bozo").asBoolean(), read.at("/feedparser/bozoException").asText());
    JsonNode entries = read.at("/feedparser/entries");
    JsonNode episodes = read.at("/podcastparser/episodes");
    JsonNode items = read.at("/xml/items");
    assertEquals(3, entries.size());
    assertEquals(3, episodes.size());
    assertEquals(List.of("Regatta weekend", "Harbour wall repaired", "Ferry timetable changes"),
        titles(entries), "newest first");
    assertEquals(read.at("/xml/expectedGuid").asText(), read.at("/xml/guid").asText(),
        "podcast:guid is the UUIDv5 of the feed URL that Python's uuid module makes");
    for (int i = 0; i < 3; i++) {
      JsonNode enclosure = entries.get(i).get("enclosures").get(0);
      Path audio = local(enclosure.get("href").asText());
      JsonNode manifest = JSON.readTree(audio.resolveSibling("manifest.json").toFile());
      assertEquals(Files.size(audio), enclosure.get("length").asLong(), "feedparser: enclosure length");
      assertEquals("audio/mpeg", enclosure.get("type").asText());
      JsonNode ppEnclosure = episodes.get(i).get("enclosures").get(0);
      assertEquals(Files.size(audio), ppEnclosure.get("file_size").asLong(), "podcastparser: enclosure length");
      double seconds = manifest.get("durationMs").asLong() / 1000.0;
      assertEquals(seconds, clock(entries.get(i).get("duration").asText()), 1.0, "feedparser: itunes:duration");
      assertEquals(seconds, episodes.get(i).get("total_time").asDouble(), 1.0, "podcastparser: total_time");
      JsonNode item = items.get(i);
      assertEquals("application/json+chapters", item.at("/chapters/0/type").asText());
      assertTrue(Files.isRegularFile(local(item.at("/chapters/0/url").asText())), "chapters.json exists");
      List<String> types = new ArrayList<>();
      for (JsonNode transcript : item.get("transcripts")) {
        types.add(transcript.get("type").asText());
        assertTrue(Files.isRegularFile(local(transcript.get("url").asText())), transcript.toString());
      }
      assertEquals(List.of("text/vtt", "application/x-subrip"), types);
    }
  }

  @Test
  @Order(2)
  void guidsAreUniqueAndUnchangedAfterOneEditionIsRegenerated() throws Exception {
    List<String> before = guids(readFeed());
    assertEquals(3, new HashSet<>(before).size(), "unique guids: " + before);
    edition("two", "2024-03-02", "Harbour wall repaired", List.of("Crews finished the wall on Friday."));
    CliRun run = CliRun.of("batch", inputs.toString(), "-o", out.toString(), "--no-intro", "--jobs", "1",
        "--feed", BASE, "--quiet");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode manifest = JSON.readTree(out.resolve("2024-03-02-harbour-wall-repaired/manifest.json").toFile());
    assertTrue(manifest.toString().contains("on Friday"), "the edition was generated again");
    assertEquals(before, guids(readFeed()));
    JsonNode regenerated = readFeed().at("/feedparser/entries/1/enclosures/0");
    assertEquals(manifest.at("/audio/bytes").asLong(), regenerated.get("length").asLong(), "the new file's length");
  }

  @Test
  @Order(3)
  void theArchivePagePlaysTheNewestMovesOnWhenItEndsAndItsChapterListSeeks() throws Exception {
    browser = Chromium.start(profile);
    server = new StaticServer(out);
    browser.get(server.url("index.html"));
    waitFor("the list of editions", () -> browser.findElements(By.cssSelector("#ea-archive .ea-edition")).size() == 3);
    waitFor("the newest edition in the player", () -> "Regatta weekend".equals(text("ea-title")));
    Chromium.screenshot(browser, 1280, 900, Path.of("target", "archive-1280.png"));
    js("document.getElementById('ea-archive').scrollIntoView()");
    Chromium.screenshot(browser, 1280, 900, Path.of("target", "archive-1280-list.png"));
    js("window.scrollTo(0, 0)");
    Chromium.screenshot(browser, 390, 844, Path.of("target", "archive-390.png"));
    Chromium.resetViewport(browser);

    waitFor("two chapters", () -> chapterButtons().size() == 2);
    long second = Long.parseLong(chapterButtons().get(1).getAttribute("data-start-ms"));
    chapterButtons().get(1).click();
    waitFor("playing from the second chapter", () -> !paused() && Math.abs(currentTime() - second / 1000.0) < 0.5);

    js("var a = document.getElementById('ea-audio'); a.currentTime = Math.max(0, a.duration - 0.3);");
    waitFor("the next edition, older, in the player", () -> "Harbour wall repaired".equals(text("ea-title")));
    waitFor("it plays", () -> !paused() && String.valueOf(js("return document.getElementById('ea-audio').currentSrc"))
        .contains("/2024-03-02-harbour-wall-repaired/edition.mp3"));
    List<WebElement> editions = browser.findElements(By.cssSelector("#ea-archive .ea-edition"));
    assertTrue(editions.get(1).getAttribute("class").contains("ea-current"), "the second edition is marked");
    js("document.getElementById('ea-audio').pause()");
  }

  @Test
  @Order(4)
  void fromFileUrlsTheArchiveListsEveryEditionWithItsEmbeddedChapters() {
    if (browser == null) {
      browser = Chromium.start(profile);
    }
    browser.get(out.resolve("index.html").toUri().toString());
    waitFor("the list of editions", () -> browser.findElements(By.cssSelector("#ea-archive .ea-edition")).size() == 3);
    waitFor("chapters", () -> chapterButtons().size() == 2);
    assertEquals("embedded", browser.findElement(By.id("ea-chapters")).getAttribute("data-source"));
    assertTrue(browser.findElement(By.id("ea-feed")).getAttribute("href").endsWith("/feed.xml"));
  }

  @Test
  @Order(5)
  void theShadedJarWritesTheSameFeedSoRunningItAgainChangesNothing() throws Exception {
    Path jar = Path.of(System.getProperty("editionaudio.jar", "target/edition-audio.jar"));
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        jar.toString(), "feed", out.toString(), "--base-url", BASE).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, process.exitValue(), output);
    assertTrue(output.contains("3 of 3 editions in the feed, nothing changed"),
        "the jar's ROME plugins (one merged rome.properties) give the same bytes: " + output);
  }

  @Test
  @Order(6)
  void generateWithFeedPublishesIntoTheFeedsFolderAndUpdatesTheFeed() throws Exception {
    edition("four", "2024-03-04", "Lighthouse reopens", List.of("The lamp was lit again."));
    CliRun run = CliRun.of("generate", inputs.resolve("four.json").toString(), "--no-intro", "--feed", out.toString(),
        "--base-url", BASE);
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(Files.isRegularFile(out.resolve("2024-03-04-lighthouse-reopens/manifest.json")), "into DIR/<edition-id>/");
    assertTrue(run.out().contains("4 of 4 editions in the feed"), run.out());
    assertEquals("Lighthouse reopens", readFeed().at("/feedparser/entries/0/title").asText());
  }

  private static void edition(String name, String date, String title, List<String> paragraphs) throws Exception {
    var root = JSON.createObjectNode();
    root.putObject("edition").put("title", title).put("date", date).put("publication", "The Harbour Courier");
    var section = root.putArray("sections").addObject().put("title", title);
    paragraphs.forEach(section.putArray("paragraphs")::add);
    if (paragraphs.size() > 1) {
      var more = JSON.createObjectNode().put("title", "Also today");
      more.putArray("paragraphs").add("Tides are high.");
      ((com.fasterxml.jackson.databind.node.ArrayNode) root.get("sections")).add(more);
    }
    Files.writeString(inputs.resolve(name + ".json"), root.toString());
  }

  private static JsonNode readFeed() throws Exception {
    Path script = dir.resolve("read_feed.py");
    try (InputStream in = FeedIT.class.getResourceAsStream("/org/editionaudio/feed/read_feed.py")) {
      Files.write(script, in.readAllBytes());
    }
    Process process = new ProcessBuilder(PYTHON.toString(), script.toString(), out.resolve("feed.xml").toString(),
        BASE + "feed.xml").redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, process.exitValue(), "read_feed.py (python3-feedparser and python3-podcastparser installed?)");
    return JSON.readTree(output);
  }

  private static Path local(String url) {
    assertTrue(url.startsWith(BASE), url);
    return out.resolve(java.net.URLDecoder.decode(url.substring(BASE.length()), StandardCharsets.UTF_8));
  }

  private static List<String> titles(JsonNode entries) {
    List<String> titles = new ArrayList<>();
    entries.forEach(e -> titles.add(e.get("title").asText()));
    return titles;
  }

  private static List<String> guids(JsonNode read) {
    List<String> guids = new ArrayList<>();
    read.at("/feedparser/entries").forEach(e -> guids.add(e.get("id").asText()));
    List<String> fromPodcastparser = new ArrayList<>();
    read.at("/podcastparser/episodes").forEach(e -> fromPodcastparser.add(e.get("guid").asText()));
    assertEquals(guids, fromPodcastparser, "both parsers read the same guids");
    return guids;
  }

  private static double clock(String text) {
    double seconds = 0;
    for (String part : text.split(":")) {
      seconds = seconds * 60 + Double.parseDouble(part);
    }
    return seconds;
  }

  private static List<WebElement> chapterButtons() {
    return browser.findElements(By.cssSelector("#ea-chapters button.ea-chapter"));
  }

  private static String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  private static boolean paused() {
    return Boolean.TRUE.equals(js("return document.getElementById('ea-audio').paused"));
  }

  private static double currentTime() {
    return ((Number) js("return document.getElementById('ea-audio').currentTime")).doubleValue();
  }

  private static Object js(String script) {
    return ((JavascriptExecutor) browser).executeScript(script);
  }
}
