package org.editionaudio.feed;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
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

  /** Writes the page for these editions, newest first; the editions' data goes straight to {@code out}. */
  static void write(Writer out, Podcast podcast, List<Episode> episodes, String feedFile) throws IOException {
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
        "SCRIPT", PlayerPage.script());
    // One pass, so that no value can be taken for a placeholder.
    String template = template();
    Matcher placeholder = PLACEHOLDER.matcher(template);
    int at = 0;
    while (placeholder.find()) {
      out.write(template, at, placeholder.start() - at);
      if (placeholder.group(1).equals("ARCHIVE_DATA")) {
        data(out, podcast, episodes, feedFile);
      } else {
        out.write(values.get(placeholder.group(1)));
      }
      at = placeholder.end();
    }
    out.write(template, at, template.length() - at);
  }

  /**
   * The page's data as script-safe JSON, written by a streaming generator rather than built as a
   * tree: it holds every edition, and with years of them a tree would cost several times the text.
   * Each edition has the shape of an edition page's embedded data, plus its folder.
   */
  static void data(Writer out, Podcast podcast, List<Episode> episodes, String feedFile) throws IOException {
    try (JsonGenerator json = JSON_FACTORY.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
      // What could end a <script> element early, or break a line in it, is written escaped.
      json.setCharacterEscapes(SCRIPT_SAFE);
      json.writeStartObject();
      json.writeStringField("title", podcast.title());
      json.writeStringField("feed", feedFile);
      json.writeStringField("feedUrl", podcast.feedUrl());
      json.writeArrayFieldStart("editions");
      for (Episode episode : episodes) {
        json.writeStartObject();
        json.writeStringField("folder", episode.folder());
        json.writeStringField("id", episode.id());
        json.writeStringField("title", episode.title());
        json.writeStringField("publication", episode.publication());
        json.writeStringField("date", episode.date() == null ? null : episode.date().toString());
        json.writeNumberField("durationMs", episode.durationMs());
        json.writeStringField("cover", episode.cover());
        json.writeObjectFieldStart("audio");
        json.writeStringField("file", episode.audio().file());
        json.writeStringField("type", episode.audio().mimeType());
        json.writeEndObject();
        json.writeArrayFieldStart("chapters");
        for (Episode.Mark mark : episode.chapters()) {
          json.writeStartObject();
          json.writeStringField("title", mark.title());
          json.writeNumberField("startMs", mark.startMs());
          json.writeNumberField("endMs", mark.endMs());
          if (mark.url() != null) {
            json.writeStringField("url", mark.url());
          }
          if (mark.intro()) {
            json.writeBooleanField("intro", true);
          }
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
  }

  private static final JsonFactory JSON_FACTORY = new JsonFactory();
  private static final CharacterEscapes SCRIPT_SAFE = new CharacterEscapes() {
    private final int[] escapes = standardAsciiEscapesForJSON();

    {
      escapes['<'] = ESCAPE_STANDARD;
      escapes['>'] = ESCAPE_STANDARD;
      escapes['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return ch == 0x2028 || ch == 0x2029 ? new SerializedString(String.format("\\u%04x", ch)) : null;
    }
  };

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
