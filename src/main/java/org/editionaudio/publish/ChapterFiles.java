package org.editionaudio.publish;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import org.editionaudio.audio.Chapter;
import org.editionaudio.audio.Cue;
import org.editionaudio.edition.EditionJson;

/**
 * The chapter list as WebVTT ({@code chapters.vtt}) and as Podcasting 2.0 JSON ({@code chapters.json}),
 * and the sentences as a WebVTT transcript ({@code transcript.vtt}).
 */
public final class ChapterFiles {
  /** The version of the Podcasting 2.0 JSON chapters format written. */
  public static final String JSON_CHAPTERS_VERSION = "1.2.0";

  private ChapterFiles() {}

  /** WebVTT chapters: one cue per chapter, its full title as the cue text. */
  public static String vtt(List<Chapter> chapters) {
    return webVtt("chapter-", chapters.stream().map(c -> new VttCue(c.startMs(), c.endMs(), c.title())).toList());
  }

  /** The read-along transcript: one WebVTT cue per spoken sentence, the sentence as the cue text. */
  public static String transcript(List<Cue> cues) {
    return webVtt("sentence-",
        cues.stream().map(c -> new VttCue(c.startMs(), c.endMs(), c.utterance().text())).toList());
  }

  /**
   * The transcript as SubRip ({@code transcript.srt}), which some podcast apps take where they take
   * no WebVTT: numbered cues, {@code HH:MM:SS,mmm} times, the sentence as plain text on one line.
   */
  public static String srt(List<Cue> cues) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < cues.size(); i++) {
      Cue cue = cues.get(i);
      out.append(i + 1).append('\n')
          .append(timestamp(cue.startMs()).replace('.', ',')).append(" --> ")
          .append(timestamp(cue.endMs()).replace('.', ',')).append('\n')
          // A blank line ends an SRT cue, so the text stays on one line.
          .append(cue.utterance().text().replaceAll("\\s*\\R\\s*", " ")).append("\n\n");
    }
    return out.toString();
  }

  private record VttCue(long startMs, long endMs, String text) {}

  private static String webVtt(String idPrefix, List<VttCue> cues) {
    StringBuilder out = new StringBuilder("WEBVTT\n");
    for (int i = 0; i < cues.size(); i++) {
      VttCue cue = cues.get(i);
      out.append('\n')
          .append(idPrefix).append(i + 1).append('\n')
          .append(timestamp(cue.startMs())).append(" --> ").append(timestamp(cue.endMs())).append('\n')
          .append(cueText(cue.text())).append('\n');
    }
    return out.toString();
  }

  /** Podcasting 2.0 JSON chapters with start and end times in seconds, exact to the millisecond. */
  public static String json(List<Chapter> chapters, String title, String podcastName, String fileName) {
    return json(chapters, title, podcastName, fileName, null);
  }

  /**
   * Podcasting 2.0 JSON chapters with the full titles, each story's {@code url} when it has one
   * and {@code img}, the cover's address relative to this file, on every chapter when given.
   */
  public static String json(List<Chapter> chapters, String title, String podcastName, String fileName, String img) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("version", JSON_CHAPTERS_VERSION);
    if (title != null) {
      root.put("title", title);
    }
    if (podcastName != null) {
      root.put("podcastName", podcastName);
    }
    root.put("fileName", fileName);
    ArrayNode list = root.putArray("chapters");
    for (Chapter chapter : chapters) {
      ObjectNode node = list.addObject();
      node.put("startTime", seconds(chapter.startMs()));
      node.put("endTime", seconds(chapter.endMs()));
      node.put("title", chapter.title());
      if (img != null) {
        node.put("img", img);
      }
      if (chapter.url() != null) {
        node.put("url", chapter.url());
      }
    }
    return EditionJson.write(root);
  }

  /** Milliseconds as seconds with three decimals, without binary rounding. */
  static BigDecimal seconds(long millis) {
    return BigDecimal.valueOf(millis, 3);
  }

  /** HH:MM:SS.mmm. */
  static String timestamp(long millis) {
    long hours = millis / 3_600_000;
    long minutes = millis / 60_000 % 60;
    long seconds = millis / 1000 % 60;
    return String.format("%02d:%02d:%02d.%03d", hours, minutes, seconds, millis % 1000);
  }

  /** Cue text cannot hold markup or the "-->" arrow; escape them as WebVTT requires. */
  static String cueText(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
