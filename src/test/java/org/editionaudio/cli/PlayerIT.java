package org.editionaudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The generated player in real headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}, which .ci/run installs), served over HTTP on loopback as a publisher
 * would serve the output folder, and opened from {@code file://} as a person double-clicking
 * {@code index.html} would.
 */
class PlayerIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path FIXTURE = Path.of("fixtures/editions/morning-briefing.html");
  private static final Path SCREENSHOT = Path.of("target", "player-screenshot.png");
  private static final Path TRANSCRIPT_SCREENSHOT = Path.of("target", "player-transcript-screenshot.png");

  @TempDir static Path dir;
  @TempDir static Path profile;
  static JsonNode manifest;
  static StaticServer server;
  static ChromeDriver browser;

  @BeforeAll
  static void generateServeAndOpenABrowser() throws Exception {
    browser = Chromium.start(profile);
    Path cover = dir.resolve("cover-source.png");
    writeCover(cover);
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("generate", FIXTURE.toString(), "-o", out.toString(), "--cover", cover.toString(), "--json");
    assertEquals(0, run.exitCode(), run.err());
    manifest = JSON.readTree(run.out());
    server = new StaticServer(out);

    Path one = dir.resolve("one-story.json");
    Files.writeString(one, "{\"edition\":{\"title\":\"Night market opens\",\"date\":\"2024-06-01\"},"
        + "\"sections\":[{\"title\":\"Night market opens\",\"paragraphs\":[\"Stalls opened at dusk.\","
        + "\"Music played until late.\"]}]}");
    CliRun single = CliRun.of("generate", one.toString(), "-o", dir.resolve("out/one").toString(), "--no-intro", "--quiet");
    assertEquals(0, single.exitCode(), single.err());
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
  void overHttpTheChapterListIsReadFromChaptersVttAndClickingTheThirdChapterPlaysFromItsStart() throws Exception {
    browser.get(server.url("index.html"));
    waitFor("the chapter list read from chapters.vtt",
        () -> "chapters.vtt".equals(browser.findElement(By.id("ea-chapters")).getAttribute("data-source")));

    assertChapterListIsTheManifests();
    assertTrue(browser.findElement(By.id("ea-meta")).getText()
        .startsWith("The Lakeside Ledger · Thursday, October 3, 2024 · " + manifest.get("sections").size() + " stories · "),
        browser.findElement(By.id("ea-meta")).getText());

    JsonNode third = manifest.get("chapters").get(2);
    double start = third.get("startMs").asLong() / 1000.0;
    js("window.__seekedAt = null; document.getElementById('ea-audio')"
        + ".addEventListener('seeked', function (e) { window.__seekedAt = e.target.currentTime; }, {once: true});");
    chapterButtons().get(2).click();
    waitFor("the seek to the third chapter", () -> js("return window.__seekedAt") != null);
    double seekedAt = number(js("return window.__seekedAt"));
    double currentTime = number(js("return document.getElementById('ea-audio').currentTime"));
    assertEquals(start, seekedAt, 0.3, "currentTime when the seek ended");
    assertEquals(start, currentTime, 0.3, "currentTime");
    waitFor("playing", () -> Boolean.FALSE.equals(js("return document.getElementById('ea-audio').paused")));

    waitFor("the third chapter highlighted", () -> "true".equals(chapterButtons().get(2).getAttribute("aria-current")));
    assertEquals(1, browser.findElements(By.cssSelector("#ea-chapters li.ea-current")).size());
    assertEquals(third.get("title").asText(),
        js("return navigator.mediaSession.metadata && navigator.mediaSession.metadata.title"),
        "Media Session metadata names the chapter playing");
    assertEquals(manifest.get("chapters").size() - 1, browser.findElements(By.cssSelector("#ea-ticks .ea-tick")).size(),
        "a tick on the scrubber where each chapter after the first starts");

    js("document.getElementById('ea-audio').pause()");
    Files.createDirectories(SCREENSHOT.getParent());
    Files.write(SCREENSHOT, browser.getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void keyboardMovesBetweenChaptersAndPlaysAndPauses() {
    browser.get(server.url("index.html"));
    waitFor("chapters", () -> chapterButtons().size() == manifest.get("chapters").size());
    WebElement play = browser.findElement(By.id("ea-play"));
    play.sendKeys("n");
    waitFor("chapter 2 after N", () -> "true".equals(chapterButtons().get(1).getAttribute("aria-current")));
    play.sendKeys("n");
    waitFor("chapter 3 after N", () -> "true".equals(chapterButtons().get(2).getAttribute("aria-current")));
    play.sendKeys(Keys.chord(Keys.SHIFT, Keys.ARROW_LEFT));
    waitFor("chapter 2 after Shift+Left", () -> "true".equals(chapterButtons().get(1).getAttribute("aria-current")));
    browser.findElement(By.id("ea-seek")).sendKeys("k");
    waitFor("playing after K", () -> Boolean.FALSE.equals(js("return document.getElementById('ea-audio').paused")));
    assertEquals("Pause", play.getAttribute("aria-label"));
    browser.findElement(By.id("ea-seek")).sendKeys("k");
    waitFor("paused after K", () -> Boolean.TRUE.equals(js("return document.getElementById('ea-audio').paused")));
    assertEquals("Play", play.getAttribute("aria-label"));
  }

  @Test
  void fromFileUrlsTheEmbeddedChaptersStandInForTheBlockedTrack() throws Exception {
    browser.get(dir.resolve("out/index.html").toUri().toString());
    waitFor("the chapter list", () -> chapterButtons().size() == manifest.get("chapters").size());
    assertEquals("embedded", browser.findElement(By.id("ea-chapters")).getAttribute("data-source"),
        "Chromium does not load a <track> from file://");
    assertChapterListIsTheManifests();
    assertTrue(browser.findElement(By.id("ea-cover")).isDisplayed(), "the cover");
    assertEquals(!manifestSentences().isEmpty(), browser.findElement(By.id("ea-transcript-box")).isDisplayed(),
        "a transcript panel when there are sentence times, none otherwise");
  }

  @Test
  void theTranscriptHighlightsTheSentenceBeingRead() throws Exception {
    List<JsonNode> real = manifestSentences();
    String page = "index.html";
    List<JsonNode> sentences = real.isEmpty() ? fabricateSentences() : real;
    if (real.isEmpty()) {
      // A run without sentence times: give the page some, placed inside each story's chapter.
      page = "fabricated.html";
      Files.writeString(dir.resolve("out").resolve(page), withTranscript(Files.readString(dir.resolve("out/index.html")), sentences));
    }
    browser.get(server.url(page));
    waitFor("the transcript", () -> browser.findElements(By.cssSelector("#ea-transcript .ea-s")).size() == sentences.size());
    JsonNode target = sentences.get(sentences.size() / 2);
    js("document.getElementById('ea-audio').currentTime = arguments[0]", (target.get("startMs").asLong() + 50) / 1000.0);
    waitFor("the sentence highlighted", () -> browser.findElements(By.cssSelector("#ea-transcript .ea-s.ea-current")).size() == 1);
    assertEquals(target.get("text").asText(),
        browser.findElement(By.cssSelector("#ea-transcript .ea-s.ea-current")).getText());
    Thread.sleep(800); // let the transcript's smooth scroll settle before the picture
    Files.createDirectories(TRANSCRIPT_SCREENSHOT.getParent());
    Files.write(TRANSCRIPT_SCREENSHOT, browser.getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void theTranscriptKeepsEachStorysParagraphs() throws Exception {
    browser.get(server.url("index.html"));
    JsonNode sections = manifest.get("sections");
    int paragraphs = 0;
    for (JsonNode section : sections) {
      java.util.Set<Integer> spoken = new java.util.HashSet<>();
      section.get("sentences").forEach(x -> {
        if (!x.get("paragraph").isNull()) {
          spoken.add(x.get("paragraph").asInt());
        }
      });
      paragraphs += spoken.size();
    }
    // The spoken intro, when there is one, is a paragraph of its own under its heading.
    boolean intro = manifest.get("chapters").get(0).get("section").isNull();
    int expected = paragraphs + (intro ? 1 : 0);
    waitFor("the transcript", () -> !browser.findElements(By.cssSelector("#ea-transcript .ea-s")).isEmpty());
    assertTrue(expected > sections.size(), "the fixture has stories of several paragraphs");
    assertEquals(expected, browser.findElements(By.cssSelector("#ea-transcript p")).size(),
        "one <p> per spoken paragraph");
  }

  @Test
  void screenshotsAtDesktopAndPhoneSizesAndOnAPhoneThePageIsTheOneScrollingArea() throws Exception {
    browser.get(server.url("index.html"));
    waitFor("the transcript", () -> !browser.findElements(By.cssSelector("#ea-transcript .ea-s")).isEmpty());
    js("document.getElementById('ea-audio').currentTime = arguments[0]",
        manifest.get("chapters").get(2).get("startMs").asLong() / 1000.0 + 3);
    Thread.sleep(800);
    Chromium.screenshot(browser, 1280, 900, Path.of("target", "player-1280.png"));
    WebElement box = browser.findElement(By.id("ea-transcript"));
    assertEquals("auto", box.getCssValue("overflow-y"), "on a desktop the transcript is a box of its own");
    assertTrue(box.getCssValue("mask-image").contains("gradient"), "which fades out rather than cutting a line");
    assertTrue(browser.findElement(By.id("ea-volume")).isDisplayed());

    Chromium.screenshot(browser, 390, 844, Path.of("target", "player-390.png"));
    assertEquals("visible", box.getCssValue("overflow-y"), "on a phone the page scrolls, not a box inside it");
    assertFalse(browser.findElement(By.id("ea-volume")).isDisplayed(), "no volume slider on a phone");
    assertTrue(number(js("return document.documentElement.scrollWidth")) <= 390, "nothing wider than the phone");
    js("window.scrollTo(0, document.body.scrollHeight / 2)");
    Thread.sleep(300);
    Chromium.screenshot(browser, 390, 844, Path.of("target", "player-390-scrolled.png"));
    double deckTop = number(js("return document.querySelector('.ea-deck').getBoundingClientRect().top"));
    assertEquals(0, deckTop, 1, "the controls stay at the top while the transcript scrolls under them");
    Chromium.resetViewport(browser);
  }

  @Test
  void chapterTicksAreMarksInsideTheRail() {
    browser.get(server.url("index.html"));
    waitFor("ticks", () -> !browser.findElements(By.cssSelector("#ea-ticks .ea-tick")).isEmpty());
    WebElement rail = browser.findElement(By.cssSelector(".ea-rail"));
    for (WebElement tick : browser.findElements(By.cssSelector("#ea-ticks .ea-tick"))) {
      assertEquals(rail.getRect().getY(), tick.getRect().getY(), 1, "a tick starts where the rail does");
      assertEquals(rail.getRect().getHeight(), tick.getRect().getHeight(), 1, "and is as tall as the rail");
    }
  }

  @Test
  void aOneStoryEditionGivesTheTranscriptTheWholeWidthWithNoChapterColumn() throws Exception {
    browser.get(server.url("one/index.html"));
    waitFor("the transcript", () -> !browser.findElements(By.cssSelector("#ea-transcript .ea-s")).isEmpty());
    assertFalse(browser.findElement(By.id("ea-chapters")).isDisplayed(), "no chapter column");
    double body = browser.findElement(By.id("ea-body")).getRect().getWidth();
    double transcript = browser.findElement(By.id("ea-transcript-box")).getRect().getWidth();
    assertEquals(body, transcript, 2, "the transcript is as wide as the player's body");
    Chromium.screenshot(browser, 1280, 900, Path.of("target", "player-one-story-1280.png"));
    Chromium.resetViewport(browser);
  }

  private static void assertChapterListIsTheManifests() {
    List<String> titles = new ArrayList<>();
    List<Long> starts = new ArrayList<>();
    manifest.get("chapters").forEach(c -> {
      titles.add(c.get("title").asText());
      starts.add(c.get("startMs").asLong());
    });
    assertEquals(titles, browser.findElements(By.cssSelector("#ea-chapters .ea-ctitle")).stream().map(WebElement::getText).toList());
    assertEquals(starts, chapterButtons().stream().map(b -> Long.parseLong(b.getAttribute("data-start-ms"))).toList());
  }

  /** The sentences of transcript.vtt, as {"text", "startMs"}; none when the run wrote no transcript. */
  private static List<JsonNode> manifestSentences() throws Exception {
    List<JsonNode> sentences = new ArrayList<>();
    Path vtt = dir.resolve("out/transcript.vtt");
    if (!Files.exists(vtt)) {
      return sentences;
    }
    Matcher cue = Pattern.compile("(\\d{2}):(\\d{2}):(\\d{2})\\.(\\d{3}) --> [^\\n]+\\n(.+)").matcher(Files.readString(vtt));
    while (cue.find()) {
      long ms = Long.parseLong(cue.group(1)) * 3_600_000 + Long.parseLong(cue.group(2)) * 60_000
          + Long.parseLong(cue.group(3)) * 1000 + Long.parseLong(cue.group(4));
      String text = cue.group(5).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
      sentences.add(JSON.createObjectNode().put("text", text).put("startMs", ms));
    }
    return sentences;
  }

  private static List<JsonNode> fabricateSentences() {
    List<JsonNode> sentences = new ArrayList<>();
    JsonNode chapters = manifest.get("chapters");
    for (int i = 0; i < chapters.size(); i++) {
      JsonNode chapter = chapters.get(i);
      if (chapter.get("section").isNull()) {
        continue;
      }
      long start = chapter.get("startMs").asLong() + 500;
      long length = (chapter.get("endMs").asLong() - start - 500) / 2;
      for (int k = 0; k < 2; k++) {
        sentences.add(JSON.createObjectNode().put("chapter", i).put("text", "Sentence " + (k + 1) + " of chapter " + (i + 1) + ".")
            .put("startMs", start + k * length).put("endMs", start + (k + 1) * length - 100));
      }
    }
    return sentences;
  }

  private static String withTranscript(String html, List<JsonNode> sentences) throws Exception {
    String open = "<script type=\"application/json\" id=\"edition-data\">";
    int from = html.indexOf(open) + open.length();
    int to = html.indexOf("</script>", from);
    ObjectNode data = (ObjectNode) JSON.readTree(html.substring(from, to));
    ArrayNode transcript = data.putArray("transcript");
    sentences.forEach(transcript::add);
    return html.substring(0, from) + data.toString().replace("<", "\\u003c") + html.substring(to);
  }

  private static List<WebElement> chapterButtons() {
    return browser.findElements(By.cssSelector("#ea-chapters button.ea-chapter"));
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(script, args);
  }

  private static double number(Object value) {
    return ((Number) value).doubleValue();
  }

  private static void waitFor(String what, Supplier<Boolean> condition) {
    Chromium.waitFor(what, condition);
  }

  /** A cover as a publication might have one: a square with its initials. */
  private static void writeCover(Path file) throws Exception {
    System.setProperty("java.awt.headless", "true");
    BufferedImage image = new BufferedImage(512, 512, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setPaint(new GradientPaint(0, 0, new Color(0x1d3557), 512, 512, new Color(0x457b9d)));
    g.fillRect(0, 0, 512, 512);
    g.setColor(new Color(0xf1faee));
    g.setFont(new Font(Font.SERIF, Font.BOLD, 220));
    String text = "LL";
    g.drawString(text, (512 - g.getFontMetrics().stringWidth(text)) / 2, 330);
    g.dispose();
    ImageIO.write(image, "png", file.toFile());
  }
}
