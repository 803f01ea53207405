package org.editionaudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

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
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The generated player in real headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}, which .ci/run installs), served over HTTP on loopback as a publisher
 * would serve the output folder, and opened from {@code file://} as a person double-clicking
 * {@code index.html} would.
 */
class PlayerIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path FIXTURE = Path.of("fixtures/editions/morning-briefing.html");
  private static final Path CHROMIUM = Path.of(System.getProperty("editionaudio.chromium", "/usr/bin/chromium"));
  private static final Path CHROMEDRIVER = Path.of(System.getProperty("editionaudio.chromedriver", "/usr/bin/chromedriver"));
  private static final Path SCREENSHOT = Path.of("target", "player-screenshot.png");
  private static final Path TRANSCRIPT_SCREENSHOT = Path.of("target", "player-transcript-screenshot.png");
  // Selenium warns on every start that it has no CDP bindings for this Chromium; WebDriver needs none.
  private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

  @TempDir static Path dir;
  @TempDir static Path profile;
  static JsonNode manifest;
  static StaticServer server;
  static ChromeDriver browser;

  // Why the browser tests cannot run here, or null. Each test is then skipped with this reason: an abort
  // in @BeforeAll would hide the tests from the report (0 run, 0 skipped).
  static String missing;

  @BeforeAll
  static void generateServeAndOpenABrowser() throws Exception {
    missing = null;
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      missing = CHROMIUM + " or " + CHROMEDRIVER + " is missing: apt-get install chromium chromium-driver"
          + " (.ci/run installs them)";
      if (System.getenv("CI") != null) {
        fail(missing);
      }
      return;
    }
    SELENIUM_LOG.setLevel(Level.SEVERE);
    Path cover = dir.resolve("cover-source.png");
    writeCover(cover);
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("generate", FIXTURE.toString(), "-o", out.toString(), "--cover", cover.toString(), "--json");
    assertEquals(0, run.exitCode(), run.err());
    manifest = JSON.readTree(run.out());
    server = new StaticServer(out);

    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
        "--mute-audio", "--autoplay-policy=no-user-gesture-required", "--window-size=1280,1100",
        "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
  }

  @BeforeEach
  void skipWithoutABrowser() {
    Assumptions.assumeTrue(missing == null, missing);
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
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    RuntimeException last = null;
    while (System.nanoTime() < deadline) {
      try {
        if (Boolean.TRUE.equals(condition.get())) {
          return;
        }
      } catch (RuntimeException e) {
        last = e;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    fail("timed out waiting for " + what + (last == null ? "" : ": " + last));
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
