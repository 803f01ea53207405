package org.editionaudio.publish;

import org.editionaudio.audio.AudioFormat;
import org.editionaudio.audio.Cover;
import org.editionaudio.edition.EditionJson;

/**
 * The layout of an edition's output folder: the one place that names its files, and the files
 * written beside the audio (chapters, transcript, player, manifest).
 */
public final class EditionFolder {
  /** What was made, for whom: the last file published, so its presence means the folder is complete. */
  public static final String MANIFEST = "manifest.json";
  /** WebVTT chapters with the full titles. */
  public static final String CHAPTERS_VTT = "chapters.vtt";
  /** Podcasting 2.0 JSON chapters. */
  public static final String CHAPTERS_JSON = "chapters.json";
  /** The read-along transcript, one WebVTT cue per sentence. */
  public static final String TRANSCRIPT_VTT = "transcript.vtt";
  /** The same transcript as SubRip, for the podcast apps that take SRT rather than WebVTT. */
  public static final String TRANSCRIPT_SRT = "transcript.srt";
  /** The "Listen to Today's Edition" player page. */
  public static final String PLAYER = "index.html";

  private static final String AUDIO_NAME = "edition";
  private static final String COVER_NAME = "cover";

  private EditionFolder() {}

  /** The audio file's name: {@code edition.mp3}, {@code edition.m4a} or {@code edition.opus}. */
  public static String audio(AudioFormat format) {
    return AUDIO_NAME + "." + format.extension();
  }

  /** The cover's name, after its content: {@code cover.jpg} or {@code cover.png}. */
  public static String cover(Cover cover) {
    return COVER_NAME + "." + cover.extension();
  }

  /**
   * Stages everything the manifest describes besides the audio and the cover: chapters,
   * transcript, player and, last, the manifest itself.
   */
  public static void writeSidecars(Staging staging, Manifest manifest) throws PublishException {
    staging.write(CHAPTERS_VTT, ChapterFiles.vtt(manifest.chapters()));
    staging.write(TRANSCRIPT_VTT, ChapterFiles.transcript(manifest.cues()));
    staging.write(TRANSCRIPT_SRT, ChapterFiles.srt(manifest.cues()));
    staging.write(CHAPTERS_JSON, ChapterFiles.json(manifest.chapters(), manifest.edition().title(),
        manifest.edition().publication(), manifest.audio().file(), manifest.cover()));
    staging.write(PLAYER, PlayerPage.html(manifest));
    staging.write(MANIFEST, EditionJson.write(manifest.toJson()));
  }
}
