package org.editionaudio.audio;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An MPEG-4 audio file as Apple's players read its chapters, parsed box by box here rather than by
 * the ffmpeg that wrote it: the QuickTime chapter track (the text track that the audio track's
 * {@code tref/chap} names: sample times from {@code stts}, titles from the samples), the Nero
 * {@code chpl} box, the {@code covr} cover and the brand.
 */
public final class Mp4Inspection {
  /** A chapter: its start and end in milliseconds and its title. */
  public record Mark(long startMs, long endMs, String title) {}

  private final ByteBuffer file;
  public final String majorBrand;
  /** The chapters of the QuickTime chapter track. */
  public final List<Mark> chapterTrack = new ArrayList<>();
  /** The chapters of the Nero chpl box (no end times: each ends where the next starts). */
  public final List<Mark> nero = new ArrayList<>();
  /** The cover image's bytes, or null. */
  public final byte[] cover;
  /** True when the movie box comes before the media data (a browser can play while downloading). */
  public final boolean moovFirst;
  /** The audio track's duration in milliseconds. */
  public final long audioDurationMs;

  private record Box(String type, int start, int end) {
    int body() {
      return start + 8;
    }
  }

  private Mp4Inspection(byte[] bytes) {
    file = ByteBuffer.wrap(bytes);
    List<Box> top = children(0, bytes.length);
    Box ftyp = find(top, "ftyp");
    majorBrand = new String(bytes, ftyp.body(), 4, StandardCharsets.US_ASCII);
    Box moov = find(top, "moov");
    moovFirst = moov.start < find(top, "mdat").start;

    int chapterTrackId = -1;
    long audioDuration = -1;
    List<Box> traks = new ArrayList<>();
    for (Box box : children(moov.body(), moov.end)) {
      if (box.type.equals("trak")) {
        traks.add(box);
      }
    }
    for (Box trak : traks) {
      Box tref = findOrNull(children(trak.body(), trak.end), "tref");
      if (tref != null) {
        Box chap = find(children(tref.body(), tref.end), "chap");
        chapterTrackId = file.getInt(chap.body());
        Box mdhd = path(trak, "mdia", "mdhd");
        audioDuration = mediaDuration(mdhd);
      }
    }
    audioDurationMs = audioDuration;
    for (Box trak : traks) {
      Box tkhd = find(children(trak.body(), trak.end), "tkhd");
      int version = bytes[tkhd.body()] & 0xFF;
      int id = file.getInt(tkhd.body() + 4 + (version == 1 ? 16 : 8));
      if (id == chapterTrackId) {
        readChapterTrack(trak);
      }
    }
    Box udta = findOrNull(children(moov.body(), moov.end), "udta");
    Box chpl = udta == null ? null : findOrNull(children(udta.body(), udta.end), "chpl");
    if (chpl != null) {
      // Version and flags (4 bytes), 4 reserved bytes, a one-byte count, then per chapter the start in
      // units of 100 ns (8 bytes) and a length-prefixed UTF-8 title.
      int at = chpl.body() + 8;
      int count = bytes[at] & 0xFF;
      at += 1;
      for (int i = 0; i < count; i++) {
        long start100ns = file.getLong(at);
        int length = bytes[at + 8] & 0xFF;
        String title = new String(bytes, at + 9, length, StandardCharsets.UTF_8);
        nero.add(new Mark(start100ns / 10_000, -1, title));
        at += 9 + length;
      }
    }
    Box meta = udta == null ? null : findOrNull(children(udta.body(), udta.end), "meta");
    byte[] art = null;
    if (meta != null) {
      // meta is a full box: 4 bytes of version and flags before its children.
      Box ilst = findOrNull(children(meta.body() + 4, meta.end), "ilst");
      Box covr = ilst == null ? null : findOrNull(children(ilst.body(), ilst.end), "covr");
      if (covr != null) {
        Box data = find(children(covr.body(), covr.end), "data");
        int from = data.body() + 8; // type and locale
        art = java.util.Arrays.copyOfRange(bytes, from, data.end);
      }
    }
    cover = art;
  }

  /** Reads an .m4a file. */
  public static Mp4Inspection of(Path path) throws Exception {
    return new Mp4Inspection(Files.readAllBytes(path));
  }

  private void readChapterTrack(Box trak) {
    Box mdhd = path(trak, "mdia", "mdhd");
    int version = file.get(mdhd.body()) & 0xFF;
    long timescale = Integer.toUnsignedLong(file.getInt(mdhd.body() + 4 + (version == 1 ? 16 : 8)));
    Box stbl = path(trak, "mdia", "minf", "stbl");
    List<Box> tables = children(stbl.body(), stbl.end);
    List<Long> durations = new ArrayList<>();
    Box stts = find(tables, "stts");
    int entries = file.getInt(stts.body() + 4);
    for (int i = 0; i < entries; i++) {
      int count = file.getInt(stts.body() + 8 + 8 * i);
      long delta = Integer.toUnsignedLong(file.getInt(stts.body() + 12 + 8 * i));
      for (int k = 0; k < count; k++) {
        durations.add(delta);
      }
    }
    Box stsz = find(tables, "stsz");
    int fixed = file.getInt(stsz.body() + 4);
    int samples = file.getInt(stsz.body() + 8);
    List<Integer> sizes = new ArrayList<>();
    for (int i = 0; i < samples; i++) {
      sizes.add(fixed != 0 ? fixed : file.getInt(stsz.body() + 12 + 4 * i));
    }
    List<Long> offsets = sampleOffsets(tables, sizes);
    long time = 0;
    for (int i = 0; i < samples; i++) {
      int at = (int) (long) offsets.get(i);
      int length = file.getShort(at) & 0xFFFF;
      String title = new String(file.array(), at + 2, length, StandardCharsets.UTF_8);
      long start = time;
      time += durations.get(i);
      chapterTrack.add(new Mark(start * 1000 / timescale, time * 1000 / timescale, title));
    }
  }

  /** Each sample's file offset, from the chunk offsets (stco/co64) and the sample-to-chunk table (stsc). */
  private List<Long> sampleOffsets(List<Box> tables, List<Integer> sizes) {
    List<Long> chunks = new ArrayList<>();
    Box stco = findOrNull(tables, "stco");
    if (stco != null) {
      int n = file.getInt(stco.body() + 4);
      for (int i = 0; i < n; i++) {
        chunks.add(Integer.toUnsignedLong(file.getInt(stco.body() + 8 + 4 * i)));
      }
    } else {
      Box co64 = find(tables, "co64");
      int n = file.getInt(co64.body() + 4);
      for (int i = 0; i < n; i++) {
        chunks.add(file.getLong(co64.body() + 8 + 8 * i));
      }
    }
    Box stsc = find(tables, "stsc");
    int entries = file.getInt(stsc.body() + 4);
    List<Long> offsets = new ArrayList<>();
    int sample = 0;
    for (int chunk = 0; chunk < chunks.size(); chunk++) {
      int perChunk = 0;
      for (int e = 0; e < entries; e++) {
        int first = file.getInt(stsc.body() + 8 + 12 * e);
        if (first - 1 <= chunk) {
          perChunk = file.getInt(stsc.body() + 12 + 12 * e);
        }
      }
      long at = chunks.get(chunk);
      for (int k = 0; k < perChunk && sample < sizes.size(); k++) {
        offsets.add(at);
        at += sizes.get(sample++);
      }
    }
    return offsets;
  }

  private long mediaDuration(Box mdhd) {
    int version = file.get(mdhd.body()) & 0xFF;
    int at = mdhd.body() + 4 + (version == 1 ? 16 : 8);
    long timescale = Integer.toUnsignedLong(file.getInt(at));
    long duration = version == 1 ? file.getLong(at + 4) : Integer.toUnsignedLong(file.getInt(at + 4));
    return Math.round(duration * 1000.0 / timescale);
  }

  private Box path(Box from, String... types) {
    Box box = from;
    for (String type : types) {
      box = find(children(box.body(), box.end), type);
    }
    return box;
  }

  private List<Box> children(int from, int to) {
    List<Box> boxes = new ArrayList<>();
    int at = from;
    while (at + 8 <= to) {
      long size = Integer.toUnsignedLong(file.getInt(at));
      String type = new String(file.array(), at + 4, 4, StandardCharsets.ISO_8859_1);
      if (size == 1) {
        size = file.getLong(at + 8);
      } else if (size == 0) {
        size = to - at;
      }
      if (size < 8 || at + size > to) {
        throw new IllegalStateException("bad box '" + type + "' at " + at);
      }
      boxes.add(new Box(type, at, (int) (at + size)));
      at += (int) size;
    }
    return boxes;
  }

  private static Box find(List<Box> boxes, String type) {
    Box box = findOrNull(boxes, type);
    if (box == null) {
      throw new IllegalStateException("no '" + type + "' box");
    }
    return box;
  }

  private static Box findOrNull(List<Box> boxes, String type) {
    return boxes.stream().filter(b -> b.type.equals(type)).findFirst().orElse(null);
  }
}
