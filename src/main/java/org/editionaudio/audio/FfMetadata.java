package org.editionaudio.audio;

import java.util.List;

/**
 * Writes ffmpeg's metadata file: tags and chapters. Every value is escaped, so no title can add,
 * end or break a chapter.
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
      field(out, "title", chapter.title());
    }
    return out.toString();
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
