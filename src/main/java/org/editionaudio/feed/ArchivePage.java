package org.editionaudio.feed;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.editionaudio.publish.PlayerPage;

/**
 * The archive page, {@code DIR/index.html}: every edition newest first, and one player (the
 * edition player's own markup, CSS and script, from {@link PlayerPage}) that plays an edition and
 * goes on to the one before it. Self-contained: audio and sidecar files are linked relative to the
 * page, so it works from {@code file://} and from a web server.
 */
final class ArchivePage {
  private static final String TEMPLATE = "/org/editionaudio/feed/archive.html";
  private static final Pattern PLACEHOLDER = Pattern.compile(
      "__(PAGE_TITLE|PODCAST_TITLE|PODCAST_DESCRIPTION|FEED_FILE|FEED_URL|STYLE|PLAYER|SCRIPT|ARCHIVE_DATA)__");

  private ArchivePage() {}

  /** The page for these editions, newest first. */
  static String html(Podcast podcast, List<Episode> episodes, String feedFile) {
    ObjectNode data = JsonNodeFactory.instance.objectNode();
    data.put("title", podcast.title());
    data.put("feed", feedFile);
    data.put("feedUrl", podcast.feedUrl());
    ArrayNode editions = data.putArray("editions");
    episodes.forEach(episode -> editions.add(edition(episode)));
    Episode newest = episodes.isEmpty() ? null : episodes.get(0);
    String player = newest == null
        ? PlayerPage.section(podcast.title(), "", "audio/mpeg")
        : PlayerPage.section(newest.title(), RssFeedPaths.relative(newest, newest.audio().file()),
            newest.audio().mimeType());
    Map<String, String> values = Map.of(
        "PAGE_TITLE", PlayerPage.escape(podcast.title()),
        "PODCAST_TITLE", PlayerPage.escape(podcast.title()),
        "PODCAST_DESCRIPTION", PlayerPage.escape(podcast.description()),
        "FEED_FILE", PlayerPage.escape(feedFile),
        "FEED_URL", PlayerPage.escape(podcast.feedUrl()),
        "STYLE", PlayerPage.style(),
        "PLAYER", player,
        "SCRIPT", PlayerPage.script(),
        "ARCHIVE_DATA", PlayerPage.scriptSafe(data));
    // One pass, so that no value can be taken for a placeholder.
    return PLACEHOLDER.matcher(template()).replaceAll(m -> Matcher.quoteReplacement(values.get(m.group(1))));
  }

  /** What the player needs of an edition: the shape of an edition page's embedded data, plus its folder. */
  private static ObjectNode edition(Episode episode) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("folder", episode.folder());
    node.put("id", episode.id());
    node.put("title", episode.title());
    node.put("publication", episode.publication());
    node.put("date", episode.date() == null ? null : episode.date().toString());
    node.put("durationMs", episode.durationMs());
    node.put("cover", episode.cover());
    node.putObject("audio").put("file", episode.audio().file()).put("type", episode.audio().mimeType());
    ArrayNode chapters = node.putArray("chapters");
    for (Episode.Mark mark : episode.chapters()) {
      ObjectNode chapter = chapters.addObject().put("title", mark.title()).put("startMs", mark.startMs())
          .put("endMs", mark.endMs());
      if (mark.url() != null) {
        chapter.put("url", mark.url());
      }
      if (mark.intro()) {
        chapter.put("intro", true);
      }
    }
    return node;
  }

  private static String template() {
    try (InputStream in = ArchivePage.class.getResourceAsStream(TEMPLATE)) {
      if (in == null) {
        throw new IllegalStateException("archive template missing from the jar: " + TEMPLATE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the archive template", e);
    }
  }

  /** Paths relative to the archive page. */
  private static final class RssFeedPaths {
    static String relative(Episode episode, String file) {
      return java.net.URLEncoder.encode(episode.folder(), StandardCharsets.UTF_8).replace("+", "%20") + "/"
          + java.net.URLEncoder.encode(file, StandardCharsets.UTF_8).replace("+", "%20");
    }
  }
}
