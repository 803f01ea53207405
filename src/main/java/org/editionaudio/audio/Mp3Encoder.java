package org.editionaudio.audio;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Encodes a program to a constant-bit-rate mono MP3 with a LAME/Info header, ID3v2.3 tags and one
 * CHAP frame per chapter under an ordered, top-level CTOC, through the bundled ffmpeg.
 */
public final class Mp3Encoder {
  /** The default bit rate for spoken word, in kbit/s. */
  public static final int DEFAULT_BITRATE = 64;

  private static final List<Integer> BITRATES = List.of(32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320);

  private final Ffmpeg ffmpeg;
  private final int bitrate;

  /** An encoder at {@code bitrate} kbit/s, one of the MPEG-1 Layer III rates. */
  public Mp3Encoder(Ffmpeg ffmpeg, int bitrate) {
    if (!BITRATES.contains(bitrate)) {
      throw new IllegalArgumentException("bit rate must be one of " + BITRATES + " kbit/s");
    }
    this.ffmpeg = ffmpeg;
    this.bitrate = bitrate;
  }

  /** The bit rates an MP3 can have. */
  public static List<Integer> bitrates() {
    return BITRATES;
  }

  /**
   * Writes the MP3 to {@code target}, which must be a seekable file (the Info header is written
   * last, at the start of the file).
   */
  public void encode(Program program, Tags tags, Path target) throws EncodingException {
    encode(program, tags, target, null);
  }

  /** As {@link #encode(Program, Tags, Path)}, with an ffmpeg audio filter (gain, limiter) on the way, or none. */
  public void encode(Program program, Tags tags, Path target, String filter) throws EncodingException {
    Path metadata = null;
    try {
      metadata = Files.createTempFile("edition-audio-", ".ffmetadata");
      Files.writeString(metadata, FfMetadata.of(tags, program.chapters()), StandardCharsets.UTF_8);
      List<String> arguments = new ArrayList<>(List.of(
          "-f", "s16le", "-ar", Integer.toString(program.sampleRate()), "-ac", "1",
          "-i", program.pcm().toString(),
          "-f", "ffmetadata", "-i", metadata.toString(),
          "-map", "0:a", "-map_metadata", "1", "-map_chapters", "1"));
      if (filter != null) {
        arguments.addAll(List.of("-af", filter));
      }
      arguments.addAll(List.of(
          "-c:a", "libmp3lame", "-b:a", bitrate + "k", "-ac", "1", "-ar", Integer.toString(program.sampleRate()),
          "-id3v2_version", "3", "-write_xing", "1",
          "-f", "mp3", target.toString()));
      ffmpeg.run(arguments, target);
    } catch (IOException e) {
      throw new EncodingException(target, "cannot write the chapter list (" + e.getMessage() + ")", e);
    } finally {
      deleteQuietly(metadata);
    }
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        file.toFile().deleteOnExit();
      }
    }
  }

  /** The bit rate in kbit/s. */
  public int bitrate() {
    return bitrate;
  }
}
