package org.editionaudio.audio;

import java.util.List;

/**
 * Writes ffmpeg's metadata file: tags and chapters. Every value is escaped, so no title can add,
 * end or break a chapter. Chapters carry the player title ({@link Chapter#shortTitle()}).
 */
final class FfMetadata {
  private FfMetadata() {}

  /** The ffmetadata text for the tags and chapters, times in milliseconds. */
  static String of(Tags tags, List<Chapter> chapters) {
    StringBuilder out = new StringBuilder(";FFMETADATA1\n");
    field(out, "title", tags.title());
    field(out, "artist", tags.artist());
    field(out, "album", tags.album());
    field(out, "date", tags.date());
    field(out, "genre", tags.genre());
    field(out, "comment", tags.comment());
    for (Chapter chapter : chapters) {
      out.append("\n[CHAPTER]\nTIMEBASE=1/1000\n");
      out.append("START=").append(chapter.startMs()).append('\n');
      out.append("END=").append(chapter.endMs()).append('\n');
      field(out, "title", chapter.shortTitle());
    }
    return out.toString();
  }

  /**
   * The ffmetadata text for an Ogg stream: the tags, and the chapters as the Vorbis comments of
   * Xiph's chapter extension ({@code CHAPTER000=HH:MM:SS.mmm}, {@code CHAPTER000NAME},
   * {@code CHAPTER000URL}), plus the cover as a {@code METADATA_BLOCK_PICTURE}. They are written
   * as tags because ffmpeg 4.4's own chapter comments round the seconds (4.5 s becomes
   * "00:00:05.500"); ffmpeg copies tags into the comment header as they are.
   */
  static String vorbisComments(Tags tags, List<Chapter> chapters, String pictureBlock) {
    if (chapters.size() > 1000) {
      throw new IllegalArgumentException("Vorbis chapter comments number at most 1000 chapters");
    }
    StringBuilder out = new StringBuilder(of(tags, List.of()));
    for (int i = 0; i < chapters.size(); i++) {
      Chapter chapter = chapters.get(i);
      String key = String.format("CHAPTER%03d", i);
      field(out, key, clock(chapter.startMs()));
      field(out, key + "NAME", chapter.shortTitle());
      field(out, key + "URL", chapter.url());
    }
    field(out, "METADATA_BLOCK_PICTURE", pictureBlock);
    return out.toString();
  }

  /** HH:MM:SS.mmm. */
  static String clock(long millis) {
    return String.format("%02d:%02d:%02d.%03d", millis / 3_600_000, millis / 60_000 % 60, millis / 1000 % 60, millis % 1000);
  }

  private static void field(StringBuilder out, String key, String value) {
    if (value != null && !value.isEmpty()) {
      out.append(key).append('=').append(escape(value)).append('\n');
    }
  }

  /** Backslash-escapes '=', ';', '#', '\' and newlines, as ffmpeg's ffmetadata format requires. */
  static String escape(String value) {
    StringBuilder escaped = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '=' || c == ';' || c == '#' || c == '\\' || c == '\n') {
        escaped.append('\\');
      }
      if (c == '\r') {
        continue;
      }
      escaped.append(c);
    }
    return escaped.toString();
  }
}
