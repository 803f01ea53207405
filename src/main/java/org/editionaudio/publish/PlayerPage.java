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
import org.editionaudio.audio.Cue;

/**
 * The "Listen to Today's Edition" page ({@link EditionFolder#PLAYER}): one file with its CSS and JavaScript
 * inlined, nothing fetched from elsewhere. The player reads the chapters from {@link EditionFolder#CHAPTERS_VTT}
 * through a {@code <track kind="chapters">}, and the transcript from {@link EditionFolder#TRANSCRIPT_VTT}
 * through a {@code <track kind="metadata">} when there are sentence times; the same data is
 * embedded in the page for when those cannot be loaded (a page opened from {@code file://}).
 */
public final class PlayerPage {
  private static final String RESOURCES = "/org/editionaudio/publish/";
  private static final Pattern PLACEHOLDER =
      Pattern.compile("__(PAGE_TITLE|EDITION_TITLE|AUDIO_SRC|AUDIO_TYPE|TRANSCRIPT_TRACK|CHAPTERS_VTT|CHAPTERS_JSON"
          + "|TRANSCRIPT_VTT|MANIFEST|EDITION_DATA)__");

  private PlayerPage() {}

  /** The page for what the manifest describes: edition, chapters, audio file, cover and sentences. */
  public static String html(Manifest manifest) {
    ObjectNode data = data(manifest);
    boolean transcript = data.withArray("transcript").size() > 0;
    Map<String, String> values = Map.of(
        "PAGE_TITLE", escape("Listen: " + manifest.edition().title()),
        "EDITION_TITLE", escape(manifest.edition().title()),
        "AUDIO_SRC", escape(manifest.audio().file()),
        "AUDIO_TYPE", escape(manifest.audio().mimeType()),
        "TRANSCRIPT_TRACK", transcript
            ? "<track kind=\"metadata\" src=\"" + EditionFolder.TRANSCRIPT_VTT + "\" srclang=\"en\" label=\"Transcript\">"
            : "",
        "CHAPTERS_VTT", escape(EditionFolder.CHAPTERS_VTT),
        "CHAPTERS_JSON", escape(EditionFolder.CHAPTERS_JSON),
        "TRANSCRIPT_VTT", escape(EditionFolder.TRANSCRIPT_VTT),
        "EDITION_DATA", scriptSafe(data));
    String page = resource("player.html").replace("__STYLE__", style()).replace("__PLAYER__", resource("player-section.html"))
        .replace("__SCRIPT__", script());
    return fill(page, values);
  }

  /**
   * The player's markup for another page built on the player (the archive page): the edition
   * named and its audio file, given relative to that page.
   */
  public static String section(String editionTitle, String audioSrc, String audioType) {
    return fill(resource("player-section.html"), Map.of("EDITION_TITLE", escape(editionTitle),
        "AUDIO_SRC", escape(audioSrc), "AUDIO_TYPE", escape(audioType), "TRANSCRIPT_TRACK", "",
        "CHAPTERS_VTT", escape(EditionFolder.CHAPTERS_VTT), "CHAPTERS_JSON", escape(EditionFolder.CHAPTERS_JSON)));
  }

  /** The player's CSS, for the {@code <style>} of a page built on the player. */
  public static String style() {
    return resource("player.css");
  }

  /** The player's script; it reads {@code <script id="edition-data">} and offers {@code window.EditionAudioPlayer}. */
  public static String script() {
    // The edition folder's file names, which the script reads beside the page, come from EditionFolder.
    return fill(resource("player.js"), Map.of("CHAPTERS_VTT", EditionFolder.CHAPTERS_VTT,
        "CHAPTERS_JSON", EditionFolder.CHAPTERS_JSON, "TRANSCRIPT_VTT", EditionFolder.TRANSCRIPT_VTT,
        "MANIFEST", EditionFolder.MANIFEST));
  }

  // One pass, so that a value (a headline) can never be taken for a placeholder.
  private static String fill(String template, Map<String, String> values) {
    return PLACEHOLDER.matcher(template).replaceAll(m -> Matcher.quoteReplacement(values.get(m.group(1))));
  }

  /** The data the page embeds: what its script would otherwise read from the sidecar files. */
  public static ObjectNode data(Manifest manifest) {
    ObjectNode data = JsonNodeFactory.instance.objectNode();
    data.put("title", manifest.edition().title());
    data.put("publication", manifest.edition().publication());
    data.put("date", manifest.edition().date() == null ? null : manifest.edition().date().toString());
    data.put("durationMs", manifest.durationMs());
    data.put("cover", manifest.cover());
    data.putObject("audio").put("file", manifest.audio().file()).put("type", manifest.audio().mimeType());
    ArrayNode chapters = data.putArray("chapters");
    List<Chapter> list = manifest.chapters();
    for (Chapter chapter : list) {
      ObjectNode node = chapters.addObject()
          .put("title", chapter.title())
          .put("startMs", chapter.startMs())
          .put("endMs", chapter.endMs());
      if (chapter.url() != null) {
        node.put("url", chapter.url());
      }
      if (chapter.isIntro()) {
        node.put("intro", true);
      }
    }
    // Every spoken sentence, the intro's too, with the chapter it is heard in.
    ArrayNode transcript = data.putArray("transcript");
    int chapter = 0;
    for (Cue cue : manifest.cues()) {
      while (chapter + 1 < list.size() && list.get(chapter + 1).startMs() <= cue.startMs()) {
        chapter++;
      }
      // The paragraph, so the transcript keeps the story's paragraph breaks; null for a headline or the intro.
      ObjectNode sentence = transcript.addObject();
      sentence
          .put("chapter", chapter)
          .put("text", cue.utterance().text())
          .put("startMs", cue.startMs())
          .put("endMs", cue.endMs());
      if (cue.utterance().paragraph() >= 0) {
        sentence.put("paragraph", cue.utterance().sectionIndex() + ":" + cue.utterance().paragraph());
      } else {
        sentence.putNull("paragraph");
      }
    }
    return data;
  }

  /** JSON for inside a {@code <script>} element, where "<" must not start "</script>" or "<!--". */
  public static String scriptSafe(JsonNode data) {
    return data.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
  }

  /** Text for HTML element content or a quoted attribute value. */
  public static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replace("'", "&#39;");
  }

  private static String resource(String name) {
    try (InputStream in = PlayerPage.class.getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw new IllegalStateException("player resource missing from the jar: " + RESOURCES + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the player resource " + name, e);
    }
  }
}
