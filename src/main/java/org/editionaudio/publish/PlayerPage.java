package org.editionaudio.publish;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.editionaudio.audio.Chapter;

/**
 * The "Listen to Today's Edition" page, {@code index.html}: one file with its CSS and JavaScript
 * inlined, nothing fetched from elsewhere. The player reads the chapters from {@code chapters.vtt}
 * through a {@code <track kind="chapters">}, and the transcript from {@code transcript.vtt} when
 * the manifest has sentence times; the same data is embedded in the page for when those cannot be
 * loaded (a page opened from {@code file://}).
 */
public final class PlayerPage {
  /** The file name of the WebVTT transcript, one cue per sentence, which the page reads when present. */
  public static final String TRANSCRIPT_FILE = "transcript.vtt";

  private static final String TEMPLATE = "/org/editionaudio/publish/player.html";
  private static final Pattern PLACEHOLDER =
      Pattern.compile("__(PAGE_TITLE|EDITION_TITLE|AUDIO_SRC|AUDIO_TYPE|TRANSCRIPT_TRACK|EDITION_DATA)__");

  private PlayerPage() {}

  /** The page for what the manifest describes: edition, chapters, audio file, cover and sentence times. */
  public static String html(Manifest manifest) {
    ObjectNode data = data(manifest);
    boolean transcript = data.withArray("transcript").size() > 0;
    Map<String, String> values = Map.of(
        "PAGE_TITLE", escape("Listen: " + manifest.edition().title()),
        "EDITION_TITLE", escape(manifest.edition().title()),
        "AUDIO_SRC", escape(manifest.audio().file()),
        "AUDIO_TYPE", escape(manifest.audio().mimeType()),
        "TRANSCRIPT_TRACK", transcript
            ? "<track kind=\"metadata\" src=\"" + TRANSCRIPT_FILE + "\" srclang=\"en\" label=\"Transcript\">"
            : "",
        "EDITION_DATA", scriptSafe(data));
    // One pass, so that a value (a headline) can never be taken for a placeholder.
    return PLACEHOLDER.matcher(template()).replaceAll(m -> Matcher.quoteReplacement(values.get(m.group(1))));
  }

  /** The data the page embeds: what its script would otherwise read from the sidecar files. */
  static ObjectNode data(Manifest manifest) {
    return data(manifest, manifest.toJson());
  }

  /** The embedded data, taking sentence times from {@code json}, the manifest's JSON. */
  static ObjectNode data(Manifest manifest, JsonNode json) {
    ObjectNode data = JsonNodeFactory.instance.objectNode();
    data.put("title", manifest.edition().title());
    data.put("publication", manifest.edition().publication());
    data.put("date", manifest.edition().date() == null ? null : manifest.edition().date().toString());
    data.put("durationMs", manifest.durationMs());
    data.put("cover", manifest.cover());
    data.putObject("audio").put("file", manifest.audio().file()).put("type", manifest.audio().mimeType());
    ArrayNode chapters = data.putArray("chapters");
    ArrayNode transcript = data.putArray("transcript");
    List<Chapter> list = manifest.chapters();
    for (int i = 0; i < list.size(); i++) {
      Chapter chapter = list.get(i);
      ObjectNode node = chapters.addObject()
          .put("title", chapter.title())
          .put("startMs", chapter.startMs())
          .put("endMs", chapter.endMs());
      if (chapter.url() != null) {
        node.put("url", chapter.url());
      }
      addSentences(transcript, i, json.path("chapters").path(i).path("sentences"));
      if (!chapter.isIntro()) {
        addSentences(transcript, i, json.path("sections").path(chapter.sectionIndex()).path("sentences"));
      }
    }
    return data;
  }

  /** Sentences as the manifest gives them, {@code {"text", "startMs", "endMs"}}; others are skipped. */
  private static void addSentences(ArrayNode transcript, int chapter, JsonNode sentences) {
    for (JsonNode sentence : sentences) {
      if (sentence.path("text").isTextual() && sentence.path("startMs").canConvertToLong()
          && sentence.path("endMs").canConvertToLong()) {
        transcript.addObject()
            .put("chapter", chapter)
            .put("text", sentence.get("text").asText())
            .put("startMs", sentence.get("startMs").asLong())
            .put("endMs", sentence.get("endMs").asLong());
      }
    }
  }

  /** JSON for inside a {@code <script>} element, where "<" must not start "</script>" or "<!--". */
  static String scriptSafe(JsonNode data) {
    return data.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
  }

  /** Text for HTML element content or a quoted attribute value. */
  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replace("'", "&#39;");
  }

  private static String template() {
    try (InputStream in = PlayerPage.class.getResourceAsStream(TEMPLATE)) {
      if (in == null) {
        throw new IllegalStateException("player template missing from the jar: " + TEMPLATE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the player template", e);
    }
  }
}
