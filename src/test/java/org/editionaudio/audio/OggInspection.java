package org.editionaudio.audio;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Ogg Opus file read page by page here, not by the ffmpeg that wrote it: every page's checksum,
 * the OpusHead and OpusTags packets, the Vorbis comments with Xiph's chapter extension
 * ({@code CHAPTERnnn=HH:MM:SS.mmm}, {@code CHAPTERnnnNAME}, {@code CHAPTERnnnURL}) and the
 * duration from the last granule position less the pre-skip.
 */
public final class OggInspection {
  /** A chapter: start in milliseconds, name and link (null when none). */
  public record Mark(long startMs, String title, String url) {}

  private static final Pattern CHAPTER = Pattern.compile("CHAPTER(\\d{3})(NAME|URL)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern CLOCK = Pattern.compile("(\\d{2}):(\\d{2}):(\\d{2})\\.(\\d{3})");
  private static final int[] CRC = new int[256];

  static {
    for (int i = 0; i < 256; i++) {
      int r = i << 24;
      for (int k = 0; k < 8; k++) {
        r = (r & 0x80000000) != 0 ? (r << 1) ^ 0x04C11DB7 : r << 1;
      }
      CRC[i] = r;
    }
  }

  /** The comments, in order, as "key=value" split at the first '='. */
  public final List<Map.Entry<String, String>> comments = new ArrayList<>();
  public final List<Mark> chapters = new ArrayList<>();
  public final String vendor;
  public final int channels;
  public final double durationMs;

  private OggInspection(byte[] bytes) {
    List<byte[]> packets = new ArrayList<>();
    ByteArrayOutputStream packet = new ByteArrayOutputStream();
    long lastGranule = 0;
    int at = 0;
    while (at < bytes.length) {
      if (bytes[at] != 'O' || bytes[at + 1] != 'g' || bytes[at + 2] != 'g' || bytes[at + 3] != 'S') {
        throw new IllegalStateException("no Ogg page at byte " + at);
      }
      ByteBuffer header = ByteBuffer.wrap(bytes, at, 27).order(ByteOrder.LITTLE_ENDIAN);
      long granule = header.getLong(at + 6);
      int storedCrc = header.getInt(at + 22);
      int segments = bytes[at + 26] & 0xFF;
      int bodyLength = 0;
      for (int i = 0; i < segments; i++) {
        bodyLength += bytes[at + 27 + i] & 0xFF;
      }
      int pageLength = 27 + segments + bodyLength;
      if (crc(bytes, at, pageLength) != storedCrc) {
        throw new IllegalStateException("bad checksum on the Ogg page at byte " + at);
      }
      int body = at + 27 + segments;
      for (int i = 0; i < segments; i++) {
        int lace = bytes[at + 27 + i] & 0xFF;
        packet.write(bytes, body, lace);
        body += lace;
        if (lace < 255) {
          packets.add(packet.toByteArray());
          packet.reset();
        }
      }
      if (granule != -1) {
        lastGranule = granule;
      }
      at += pageLength;
    }
    ByteBuffer head = ByteBuffer.wrap(packets.get(0)).order(ByteOrder.LITTLE_ENDIAN);
    if (!new String(packets.get(0), 0, 8, StandardCharsets.US_ASCII).equals("OpusHead")) {
      throw new IllegalStateException("the first packet is not OpusHead");
    }
    channels = packets.get(0)[9] & 0xFF;
    int preSkip = head.getShort(10) & 0xFFFF;
    durationMs = (lastGranule - preSkip) * 1000.0 / 48_000;

    ByteBuffer tags = ByteBuffer.wrap(packets.get(1)).order(ByteOrder.LITTLE_ENDIAN);
    if (!new String(packets.get(1), 0, 8, StandardCharsets.US_ASCII).equals("OpusTags")) {
      throw new IllegalStateException("the second packet is not OpusTags");
    }
    tags.position(8);
    vendor = string(tags);
    int count = tags.getInt();
    Map<Integer, Object[]> marks = new TreeMap<>();
    for (int i = 0; i < count; i++) {
      String comment = string(tags);
      int eq = comment.indexOf('=');
      String key = comment.substring(0, eq);
      String value = comment.substring(eq + 1);
      comments.add(Map.entry(key, value));
      Matcher m = CHAPTER.matcher(key);
      if (m.matches()) {
        Object[] mark = marks.computeIfAbsent(Integer.parseInt(m.group(1)), n -> new Object[3]);
        mark[m.group(2) == null ? 0 : m.group(2).equalsIgnoreCase("NAME") ? 1 : 2] = value;
      }
    }
    for (Object[] mark : marks.values()) {
      Matcher clock = CLOCK.matcher((String) mark[0]);
      if (!clock.matches()) {
        throw new IllegalStateException("not a chapter time: " + mark[0]);
      }
      long ms = Long.parseLong(clock.group(1)) * 3_600_000 + Long.parseLong(clock.group(2)) * 60_000
          + Long.parseLong(clock.group(3)) * 1000 + Long.parseLong(clock.group(4));
      chapters.add(new Mark(ms, (String) mark[1], (String) mark[2]));
    }
  }

  /** Reads an .opus file. */
  public static OggInspection of(Path path) throws Exception {
    return new OggInspection(Files.readAllBytes(path));
  }

  /** The first comment named {@code key} (case-insensitive, as Vorbis comments are), or null. */
  public String comment(String key) {
    return comments.stream().filter(e -> e.getKey().equalsIgnoreCase(key)).map(Map.Entry::getValue).findFirst().orElse(null);
  }

  /** The comments as a map, first value per lowercased key. */
  public Map<String, String> commentMap() {
    Map<String, String> map = new LinkedHashMap<>();
    comments.forEach(e -> map.putIfAbsent(e.getKey().toLowerCase(java.util.Locale.ROOT), e.getValue()));
    return map;
  }

  private static String string(ByteBuffer buffer) {
    int length = buffer.getInt();
    byte[] bytes = new byte[length];
    buffer.get(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** Ogg's CRC-32 (polynomial 0x04C11DB7, not reflected) over the page with its checksum field as zeros. */
  private static int crc(byte[] bytes, int from, int length) {
    int crc = 0;
    for (int i = 0; i < length; i++) {
      int b = (i >= 22 && i < 26) ? 0 : bytes[from + i] & 0xFF;
      crc = (crc << 8) ^ CRC[((crc >>> 24) & 0xFF) ^ b];
    }
    return crc;
  }
}
