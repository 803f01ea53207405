package org.editionaudio.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's headless Chromium through its chromedriver, for the browser tests. */
final class Chromium {
  static final Path BINARY = Path.of(System.getProperty("editionaudio.chromium", "/usr/bin/chromium"));
  static final Path DRIVER = Path.of(System.getProperty("editionaudio.chromedriver", "/usr/bin/chromedriver"));
  // Selenium warns on every start that it has no CDP bindings for this Chromium; WebDriver needs none.
  private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

  private Chromium() {}

  /** A browser, or the test aborted (failed under CI) when Chromium or chromedriver is missing. */
  static ChromeDriver start(Path profile) {
    if (!Files.isExecutable(BINARY) || !Files.isExecutable(DRIVER)) {
      String missing = BINARY + " or " + DRIVER + " is missing: apt-get install chromium chromium-driver"
          + " (.ci/run installs them)";
      if (System.getenv("CI") != null) {
        fail(missing);
      }
      Assumptions.abort(missing);
    }
    SELENIUM_LOG.setLevel(Level.SEVERE);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BINARY.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
        "--mute-audio", "--autoplay-policy=no-user-gesture-required", "--window-size=1280,1100",
        "--hide-scrollbars", "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
    ChromeDriver browser = new ChromeDriver(service, options);
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    return browser;
  }

  /**
   * A screenshot of the page with a viewport of {@code width}×{@code height} CSS pixels (a phone at
   * 390×844 gets its mobile emulation), saved as {@code file}.
   */
  static void screenshot(ChromeDriver browser, int width, int height, Path file) throws Exception {
    java.util.Map<String, Object> metrics = new java.util.HashMap<>();
    metrics.put("width", width);
    metrics.put("height", height);
    metrics.put("deviceScaleFactor", 1);
    metrics.put("mobile", width < 600);
    browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", metrics);
    Thread.sleep(400);
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
  }

  /** Back to the window's own size. */
  static void resetViewport(ChromeDriver browser) {
    browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", new java.util.HashMap<>());
  }

  /** Polls {@code condition} for up to 15 s. */
  static void waitFor(String what, Supplier<Boolean> condition) {
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

}
