package org.editionaudio.audio;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes the ID3v2.3 tag that goes in front of the MP3's audio: the edition's text frames and
 * cover (APIC), one top-level ordered CTOC listing every chapter, and one CHAP per chapter with its
 * player title (TIT2), the full title when that was shortened (TIT3) and the story's link (WXXX).
 * ffmpeg's muxer cannot put WXXX or APIC inside a CHAP, hence a writer of our own. No
 * unsynchronisation, no extended header, no padding.
 */
final class Id3Tag {
  /** ID3v2.3 CHAP element ids are free text; ffmpeg's "ch0", "ch1"… are kept. */
  static final String TOC_ID = "toc";

  private static final int MAX_CHAPTERS = Chapter.MAX_PER_PROGRAM;
  // A tag's size is a 28-bit synchsafe integer.
  private static final int MAX_TAG_SIZE = (1 << 28) - 1;
  private static final byte LATIN_1 = 0;
  private static final byte UTF_16 = 1;
  private static final byte FRONT_COVER = 3;

  private Id3Tag() {}

  /** The whole tag, header included, for the tags and chapters. */
  static byte[] of(Tags tags, List<Chapter> chapters) {
    if (chapters.size() > MAX_CHAPTERS) {
      throw new IllegalArgumentException(chapters.size() + " chapters; a CTOC lists at most " + MAX_CHAPTERS);
    }
    ByteArrayOutputStream frames = new ByteArrayOutputStream();
    text(frames, "TIT2", tags.title());
    text(frames, "TPE1", tags.artist());
    text(frames, "TALB", tags.album());
    if (tags.date() != null && tags.date().matches("\\d{4}-\\d{2}-\\d{2}")) {
      text(frames, "TYER", tags.date().substring(0, 4));
      text(frames, "TDAT", tags.date().substring(8, 10) + tags.date().substring(5, 7));
    }
    text(frames, "TCON", tags.genre());
    comment(frames, tags.comment());
    if (tags.cover() != null) {
      picture(frames, tags.cover());
    }
    if (!chapters.isEmpty()) {
      toc(frames, chapters.size());
      for (int i = 0; i < chapters.size(); i++) {
        chapter(frames, i, chapters.get(i));
      }
    }
    int size = frames.size();
    if (size > MAX_TAG_SIZE) {
      throw new IllegalArgumentException("ID3 tag of " + size + " bytes is too large");
    }
    ByteArrayOutputStream tag = new ByteArrayOutputStream(10 + size);
    tag.writeBytes(new byte[] {'I', 'D', '3', 3, 0, 0});
    tag.writeBytes(new byte[] {
        (byte) (size >>> 21 & 0x7F), (byte) (size >>> 14 & 0x7F), (byte) (size >>> 7 & 0x7F), (byte) (size & 0x7F)});
    tag.writeBytes(frames.toByteArray());
    return tag.toByteArray();
  }

  /** The id of the chapter at {@code index}. */
  static String chapterId(int index) {
    return "ch" + index;
  }

  private static void toc(ByteArrayOutputStream out, int count) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(latin1z(TOC_ID));
    body.write(0x03); // top-level and ordered
    body.write(count);
    for (int i = 0; i < count; i++) {
      body.writeBytes(latin1z(chapterId(i)));
    }
    frame(out, "CTOC", body.toByteArray());
  }

  private static void chapter(ByteArrayOutputStream out, int index, Chapter chapter) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(latin1z(chapterId(index)));
    int32(body, chapter.startMs());
    int32(body, chapter.endMs());
    int32(body, 0xFFFFFFFFL); // byte offsets unset: players seek by time
    int32(body, 0xFFFFFFFFL);
    text(body, "TIT2", chapter.shortTitle());
    if (chapter.isShortened()) {
      text(body, "TIT3", chapter.title());
    }
    if (chapter.url() != null) {
      link(body, chapter.url());
    }
    frame(out, "CHAP", body.toByteArray());
  }

  private static void text(ByteArrayOutputStream out, String id, String value) {
    if (value == null || value.isEmpty()) {
      return;
    }
    String line = oneLine(value);
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    byte encoding = encodingFor(line);
    body.write(encoding);
    body.writeBytes(encode(line, encoding));
    frame(out, id, body.toByteArray());
  }

  private static void comment(ByteArrayOutputStream out, String value) {
    if (value == null || value.isEmpty()) {
      return;
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    byte encoding = encodingFor(value);
    body.write(encoding);
    body.writeBytes(new byte[] {'e', 'n', 'g'});
    body.writeBytes(terminator(encoding)); // empty short description
    body.writeBytes(encode(value, encoding));
    frame(out, "COMM", body.toByteArray());
  }

  private static void link(ByteArrayOutputStream out, String url) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(LATIN_1);
    body.writeBytes(latin1z("Story"));
    body.writeBytes(asciiUrl(url).getBytes(StandardCharsets.ISO_8859_1));
    frame(out, "WXXX", body.toByteArray());
  }

  private static void picture(ByteArrayOutputStream out, Cover cover) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(LATIN_1);
    body.writeBytes(latin1z(cover.mimeType()));
    body.write(FRONT_COVER);
    body.writeBytes(latin1z("Cover"));
    body.writeBytes(cover.data());
    frame(out, "APIC", body.toByteArray());
  }

  private static void frame(ByteArrayOutputStream out, String id, byte[] body) {
    out.writeBytes(id.getBytes(StandardCharsets.ISO_8859_1));
    int32(out, body.length); // ID3v2.3 frame sizes are plain 32-bit integers, not synchsafe
    out.write(0);
    out.write(0);
    out.writeBytes(body);
  }

  /** Text frames hold no line breaks; a title is one line already, this also covers tag values. */
  private static String oneLine(String value) {
    return value.replaceAll("[\\r\\n\\u0085\\u2028\\u2029]+", " ").replace("\0", "");
  }

  private static byte encodingFor(String value) {
    return StandardCharsets.ISO_8859_1.newEncoder().canEncode(value) ? LATIN_1 : UTF_16;
  }

  private static byte[] encode(String value, byte encoding) {
    // Java's UTF-16 writes a big-endian byte order mark first, as ID3v2.3's encoding 1 requires.
    return value.getBytes(encoding == LATIN_1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_16);
  }

  private static byte[] terminator(byte encoding) {
    return encoding == LATIN_1 ? new byte[] {0} : new byte[] {0, 0};
  }

  private static byte[] latin1z(String value) {
    byte[] bytes = value.getBytes(StandardCharsets.ISO_8859_1);
    byte[] out = new byte[bytes.length + 1];
    System.arraycopy(bytes, 0, out, 0, bytes.length);
    return out;
  }

  /** WXXX's URL is ISO-8859-1; a link with other characters is written percent-encoded (RFC 3986). */
  static String asciiUrl(String url) {
    StringBuilder out = new StringBuilder(url.length());
    for (byte b : url.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (c > 0x20 && c < 0x7F) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return out.toString();
  }

  private static void int32(ByteArrayOutputStream out, long value) {
    out.write((int) (value >>> 24) & 0xFF);
    out.write((int) (value >>> 16) & 0xFF);
    out.write((int) (value >>> 8) & 0xFF);
    out.write((int) value & 0xFF);
  }
}
