package org.editionaudio.feed;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One published edition, as the feed and the archive page need it: what its manifest says,
 * without the sentences.
 *
 * @param folder the edition's folder name under the feed's folder
 * @param id the edition's id
 * @param title the edition's title
 * @param date the edition's date, or null
 * @param published when it counts as published: its date at 12:00 UTC, else the manifest file's time
 * @param publication the publication's name, or null
 * @param chapters the chapters in order, the intro's too
 * @param durationMs the audio's duration
 * @param audio the audio file
 * @param cover the cover image's file name in the folder, or null
 * @param files the sidecar files present: chapters.json, transcript.vtt, transcript.srt
 */
record Episode(
    String folder, String id, String title, LocalDate date, Instant published, String publication,
    List<Mark> chapters, long durationMs, Audio audio, String cover, Files files) {

  /**
   * A chapter.
   *
   * @param title its full title
   * @param startMs where it starts
   * @param endMs where it ends
   * @param url the story's link, or null
   * @param intro whether it is the spoken intro rather than a story
   */
  record Mark(String title, long startMs, long endMs, String url, boolean intro) {}

  /**
   * The audio file.
   *
   * @param file its name in the folder
   * @param format mp3, m4a or opus
   * @param mimeType its media type
   * @param bitrateKbps its bit rate
   * @param bytes its size
   * @param sha256 its SHA-256, hex
   */
  record Audio(String file, String format, String mimeType, int bitrateKbps, long bytes, String sha256) {}

  /**
   * Which sidecar files the folder holds.
   *
   * @param chaptersJson chapters.json
   * @param transcriptVtt transcript.vtt
   * @param transcriptSrt transcript.srt
   */
  record Files(boolean chaptersJson, boolean transcriptVtt, boolean transcriptSrt) {}

  Episode {
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(published, "published");
    chapters = List.copyOf(chapters);
    Objects.requireNonNull(audio, "audio");
    Objects.requireNonNull(files, "files");
  }

  /** The titles of the stories, the intro left out. */
  List<String> stories() {
    return chapters.stream().filter(c -> !c.intro()).map(Mark::title).toList();
  }
}
