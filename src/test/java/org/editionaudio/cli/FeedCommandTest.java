package org.editionaudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.editionaudio.feed.Editions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedCommandTest {
  @TempDir Path dir;

  @Test
  void aBaseUrlThatIsNotAnAbsoluteHttpUrlIsAUsageErrorOfOneLine() {
    for (String bad : new String[] {"news.example/audio", "ftp://news.example/audio/", "/srv/audio"}) {
      CliRun run = CliRun.of("feed", dir.toString(), "--base-url", bad);
      assertEquals(2, run.exitCode(), bad);
      assertEquals(1, run.errLines().size(), run.err());
      assertTrue(run.err().contains("--base-url"), run.err());
      assertFalse(Files.exists(dir.resolve("feed.xml")));
    }
  }

  @Test
  void batchChecksItsFeedUrlBeforeGeneratingAnything() {
    CliRun run = CliRun.of("batch", "fixtures/editions", "-o", dir.resolve("out").toString(), "--feed", "not a url");
    assertEquals(2, run.exitCode(), run.err());
    assertFalse(Files.exists(dir.resolve("out")));
  }

  @Test
  void aFolderThatIsNotThereIsUnreadableInput() {
    CliRun run = CliRun.of("feed", dir.resolve("missing").toString(), "--base-url", "https://news.example/");
    assertEquals(3, run.exitCode(), run.err());
  }

  @Test
  void optionsWinOverTheProfilesPodcastKeysAndSkippedFoldersAreWarnedOnStderr() throws Exception {
    Editions.publish(dir, "a", "2024-05-01-a", "2024-05-01", "First", "mp3", 1);
    Files.createDirectories(dir.resolve("stray"));
    Path profile = dir.resolve("gazette.properties");
    Files.writeString(profile, "podcast-title = Gazette Audio\npodcast-author = Gazette Desk\npodcast-category = News > Daily News\n");
    CliRun run = CliRun.of("feed", dir.toString(), "--base-url", "https://news.example/audio", "--profile",
        profile.toString(), "--title", "The Gazette, Read Aloud");
    assertEquals(0, run.exitCode(), run.err());
    String feed = Files.readString(dir.resolve("feed.xml"));
    assertTrue(feed.contains("<title>The Gazette, Read Aloud</title>"), "the option wins");
    assertTrue(feed.contains("<itunes:author>Gazette Desk</itunes:author>"), "the profile's key");
    assertTrue(feed.contains("<itunes:category text=\"Daily News\" />"), feed);
    assertTrue(run.err().lines().anyMatch(l -> l.contains(dir.resolve("stray") + ": skipped")), run.err());
  }
}
