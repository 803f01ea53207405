package org.editionaudio.audio;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Encodes a program to AAC in an MPEG-4 audio file (brand M4A) through the bundled ffmpeg, whose
 * muxer turns the ffmetadata chapters into a QuickTime chapter text track (what Apple's players
 * read) and a Nero {@code chpl} box; the cover becomes {@code covr}. The index is moved to the
 * front ({@code +faststart}) so that a browser can start playing before the download ends.
 */
final class M4aEncoder implements AudioEncoder {
  private final Ffmpeg ffmpeg;
  private final int bitrate;

  M4aEncoder(Ffmpeg ffmpeg, int bitrate) {
    this.ffmpeg = ffmpeg;
    this.bitrate = bitrate;
  }

  @Override
  public void encode(Program program, Tags tags, Path target, String filter) throws EncodingException {
    try (TempFiles temp = new TempFiles()) {
      List<String> args = new ArrayList<>(Ffmpeg.rawInput(program.pcm(), program.sampleRate()));
      args.addAll(List.of(
          "-f", "ffmetadata", "-i", write(temp, ".ffmetadata", FfMetadata.of(tags, program.chapters()), target)));
      List<String> maps = new ArrayList<>(List.of("-map", "0:a"));
      if (tags.cover() != null) {
        Path cover = bytes(temp, "." + tags.cover().extension(), tags.cover().data(), target);
        args.addAll(List.of("-i", cover.toString()));
        maps.addAll(List.of("-map", "2:v", "-c:v", "copy", "-disposition:v", "attached_pic"));
      }
      args.addAll(maps);
      if (filter != null) {
        args.addAll(List.of("-af", filter));
      }
      args.addAll(List.of(
          "-map_metadata", "1", "-map_chapters", "1",
          "-c:a", "aac", "-b:a", bitrate + "k", "-ac", "1", "-ar", Integer.toString(program.sampleRate()),
          "-movflags", "+faststart",
          "-f", "ipod", target.toString()));
      ffmpeg.run(args, target);
    }
  }

  static String write(TempFiles temp, String suffix, String text, Path target) throws EncodingException {
    return bytes(temp, suffix, text.getBytes(StandardCharsets.UTF_8), target).toString();
  }

  static Path bytes(TempFiles temp, String suffix, byte[] data, Path target) throws EncodingException {
    try {
      Path file = temp.create(suffix);
      Files.write(file, data);
      return file;
    } catch (IOException e) {
      throw new EncodingException(target, "cannot write a temporary file (" + e.getMessage() + ")", e);
    }
  }

  @Override
  public AudioFormat format() {
    return AudioFormat.M4A;
  }

  @Override
  public int bitrate() {
    return bitrate;
  }
}
