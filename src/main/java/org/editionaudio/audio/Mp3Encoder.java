package org.editionaudio.audio;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Encodes a program to a constant-bit-rate mono MP3 with a LAME/Info header through the bundled
 * ffmpeg, behind an ID3v2.3 tag of our own ({@link Id3Tag}): ffmpeg writes the audio alone
 * ({@code -write_id3v2 0}) and the final file is the tag followed by that audio.
 */
public final class Mp3Encoder implements AudioEncoder {
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
   * Writes the MP3 to {@code target}. ffmpeg writes the audio to a seekable temporary file first
   * (the Info header is written last, at its start).
   */
  @Override
  public void encode(Program program, Tags tags, Path target, String filter) throws EncodingException {
    byte[] tag;
    try {
      tag = Id3Tag.of(tags, program.chapters());
    } catch (IllegalArgumentException e) {
      throw new EncodingException(target, e.getMessage(), e);
    }
    try (TempFiles temp = new TempFiles()) {
      Path audio;
      try {
        audio = temp.create(".mp3");
      } catch (IOException e) {
        throw new EncodingException(target, "cannot create a temporary file (" + e.getMessage() + ")", e);
      }
      List<String> arguments = new ArrayList<>(Ffmpeg.rawInput(program.pcm(), program.sampleRate()));
      arguments.addAll(List.of(
          "-map", "0:a", "-map_metadata", "-1", "-map_chapters", "-1"));
      if (filter != null) {
        arguments.addAll(List.of("-af", filter));
      }
      arguments.addAll(List.of(
          "-c:a", "libmp3lame", "-b:a", bitrate + "k", "-ac", "1", "-ar", Integer.toString(program.sampleRate()),
          "-write_id3v2", "0", "-write_xing", "1",
          "-f", "mp3", audio.toString()));
      ffmpeg.run(arguments, target);
      try (OutputStream out = Files.newOutputStream(target); InputStream in = Files.newInputStream(audio)) {
        out.write(tag);
        in.transferTo(out);
      } catch (IOException e) {
        throw new EncodingException(target, "cannot write the MP3 (" + e.getMessage() + ")", e);
      }
    }
  }

  @Override
  public AudioFormat format() {
    return AudioFormat.MP3;
  }

  /** The bit rate in kbit/s. */
  @Override
  public int bitrate() {
    return bitrate;
  }
}
