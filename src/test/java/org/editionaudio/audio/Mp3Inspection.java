package org.editionaudio.audio;

import com.mpatric.mp3agic.ID3v2;
import com.mpatric.mp3agic.ID3v2ChapterFrameData;
import com.mpatric.mp3agic.ID3v2ChapterTOCFrameData;
import com.mpatric.mp3agic.ID3v2Frame;
import com.mpatric.mp3agic.ID3v2TextFrameData;
import com.mpatric.mp3agic.ID3v2UrlFrameData;
import com.mpatric.mp3agic.Mp3File;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javazoom.jl.decoder.Bitstream;
import javazoom.jl.decoder.Decoder;
import javazoom.jl.decoder.Header;
import javazoom.jl.decoder.SampleBuffer;

/**
 * An MP3 as players see it, read with tools that did not write it: mp3agic for the ID3v2 tag and
 * the MPEG frames, a parse of the LAME/Info header for the exact sample count, and JLayer to
 * decode the audio.
 */
public final class Mp3Inspection {
  /**
   * A CHAP frame: its TIT2 title, TIT3 full title and WXXX link (null when absent), times and byte
   * offsets.
   */
  public record Chap(String id, String title, long startMs, long endMs, long startOffset, long endOffset,
      String fullTitle, String url) {}

  /** The CTOC frame. */
  public record Toc(String id, boolean topLevel, boolean ordered, List<String> children) {}

  public final Mp3File file;
  public final ID3v2 tag;
  public final List<Chap> chapters;
  public final List<Toc> tocs;
  public final int frames;
  public final int encoderDelay;
  public final int padding;
  public final int sampleRate;
  /** Every MPEG frame after the tag, the Info frame included, walked header to header. */
  public final int walkedFrames;
  /** The bit rates (kbit/s) of the walked frames. */
  public final java.util.Set<Integer> walkedBitrates = new java.util.TreeSet<>();

  private Mp3Inspection(Path path) throws Exception {
    file = new Mp3File(path);
    tag = file.getId3v2Tag();
    chapters = new ArrayList<>();
    for (ID3v2ChapterFrameData chap : tag.getChapters() == null ? List.<ID3v2ChapterFrameData>of() : tag.getChapters()) {
      chapters.add(new Chap(chap.getId(), subframeText(chap.getSubframes(), "TIT2"),
          Integer.toUnsignedLong(chap.getStartTime()), Integer.toUnsignedLong(chap.getEndTime()),
          Integer.toUnsignedLong(chap.getStartOffset()), Integer.toUnsignedLong(chap.getEndOffset()),
          subframeText(chap.getSubframes(), "TIT3"), subframeUrl(chap.getSubframes())));
    }
    tocs = new ArrayList<>();
    for (ID3v2ChapterTOCFrameData toc : tag.getChapterTOC() == null ? List.<ID3v2ChapterTOCFrameData>of() : tag.getChapterTOC()) {
      tocs.add(new Toc(toc.getId(), toc.isRoot(), toc.isOrdered(), Arrays.asList(toc.getChildren())));
    }
    sampleRate = file.getSampleRate();
    byte[] bytes = Files.readAllBytes(path);
    if (!file.hasXingFrame()) {
      throw new IllegalStateException("no Info (CBR) header");
    }
    int info = indexOf(bytes, "Info".getBytes(), file.getXingOffset());
    if (info < 0 || info > file.getXingOffset() + 64) {
      throw new IllegalStateException("no Info (CBR) header in the first frame");
    }
    int flags = readInt(bytes, info + 4);
    int at = info + 8;
    frames = (flags & 1) != 0 ? readInt(bytes, at) : -1;
    at += (flags & 1) != 0 ? 4 : 0;
    at += (flags & 2) != 0 ? 4 : 0;
    at += (flags & 4) != 0 ? 100 : 0;
    at += (flags & 8) != 0 ? 4 : 0;
    // LAME extension: 9-byte encoder string, then 12 bytes, then 12-bit delay and 12-bit padding.
    int delayPadding = ((bytes[at + 21] & 0xFF) << 16) | ((bytes[at + 22] & 0xFF) << 8) | (bytes[at + 23] & 0xFF);
    encoderDelay = delayPadding >>> 12;
    padding = delayPadding & 0xFFF;
    walkedFrames = walk(bytes, file.getXingOffset());
  }

  private static final int[] MPEG1_LAYER3_KBPS = {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320};
  private static final int[] MPEG1_RATES = {44_100, 48_000, 32_000};

  /** Follows MPEG-1 Layer III frame headers from {@code at} to the end of the file; fails on a gap. */
  private int walk(byte[] b, int at) {
    int count = 0;
    int i = at;
    while (i + 4 <= b.length) {
      if ((b[i] & 0xFF) != 0xFF || (b[i + 1] & 0xFE) != 0xFA) {
        if (i + 128 == b.length && b[i] == 'T' && b[i + 1] == 'A' && b[i + 2] == 'G') {
          break;
        }
        throw new IllegalStateException("not an MPEG-1 Layer III frame at byte " + i);
      }
      int kbps = MPEG1_LAYER3_KBPS[(b[i + 2] & 0xF0) >> 4];
      int rate = MPEG1_RATES[(b[i + 2] & 0x0C) >> 2];
      int pad = (b[i + 2] & 0x02) >> 1;
      walkedBitrates.add(kbps);
      i += 144 * kbps * 1000 / rate + pad;
      count++;
    }
    return count;
  }

  /** Reads an MP3 file. */
  public static Mp3Inspection of(Path path) throws Exception {
    return new Mp3Inspection(path);
  }

  /** The ID3v2 major version (3 for ID3v2.3). */
  public int id3MajorVersion() {
    return Integer.parseInt(tag.getVersion().substring(0, tag.getVersion().indexOf('.')));
  }

  /** Samples of audio, as a gapless player plays them: frames less encoder delay and padding. */
  public long samples() {
    return (long) frames * 1152 - encoderDelay - padding;
  }

  /** Duration in milliseconds from the sample count. */
  public double durationMs() {
    return samples() * 1000.0 / sampleRate;
  }

  /** The text of a text frame, e.g. TIT2. */
  public String text(String frameId) throws Exception {
    var set = tag.getFrameSets().get(frameId);
    if (set == null) {
      return null;
    }
    return new ID3v2TextFrameData(false, set.getFrames().get(0).getData()).getText().toString();
  }

  /**
   * Decodes the audio with JLayer, aligned so that index 0 is the first sample of the program:
   * the Info frame decodes as silence and is skipped, then the encoder delay and the decoder's own
   * 529-sample delay.
   */
  public short[] decode(Path path) throws Exception {
    ByteArrayOutputStream pcm = new ByteArrayOutputStream();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
      Bitstream bitstream = new Bitstream(in);
      Decoder decoder = new Decoder();
      boolean first = true;
      Header header;
      while ((header = bitstream.readFrame()) != null) {
        SampleBuffer buffer = (SampleBuffer) decoder.decodeFrame(header, bitstream);
        if (!first) {
          short[] samples = buffer.getBuffer();
          for (int i = 0; i < buffer.getBufferLength(); i++) {
            pcm.write(samples[i] & 0xFF);
            pcm.write((samples[i] >> 8) & 0xFF);
          }
        }
        first = false;
        bitstream.closeFrame();
      }
    }
    byte[] bytes = pcm.toByteArray();
    int skip = encoderDelay + 529;
    int count = (int) Math.min(samples(), bytes.length / 2 - skip);
    short[] samples = new short[count];
    for (int i = 0; i < count; i++) {
      int k = 2 * (i + skip);
      samples[i] = (short) ((bytes[k] & 0xFF) | (bytes[k + 1] << 8));
    }
    return samples;
  }

  /** Root mean square level, in dBFS, of samples [from, to). */
  public static double rmsDbfs(short[] samples, int from, int to) {
    double sum = 0;
    for (int i = Math.max(0, from); i < Math.min(samples.length, to); i++) {
      sum += (double) samples[i] * samples[i];
    }
    double rms = Math.sqrt(sum / Math.max(1, to - from));
    return rms == 0 ? -120 : 20 * Math.log10(rms / 32768.0);
  }

  /** The text of the subframe {@code id} of a CHAP, or null. */
  public static String subframeText(List<ID3v2Frame> subframes, String id) throws Exception {
    for (ID3v2Frame frame : subframes) {
      if (frame.getId().equals(id)) {
        return new ID3v2TextFrameData(false, frame.getData()).getText().toString();
      }
    }
    return null;
  }

  /** The link of a CHAP's WXXX subframe, or null. */
  public static String subframeUrl(List<ID3v2Frame> subframes) throws Exception {
    for (ID3v2Frame frame : subframes) {
      if (frame.getId().equals("WXXX")) {
        return new ID3v2UrlFrameData(false, frame.getData()).getUrl();
      }
    }
    return null;
  }

  private static int readInt(byte[] b, int at) {
    return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
  }

  private static int indexOf(byte[] haystack, byte[] needle, int from) {
    outer:
    for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
