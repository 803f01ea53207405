package org.editionaudio.audio;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Encodes a program to Opus in Ogg through the bundled ffmpeg, with the chapters and the cover as
 * Vorbis comments ({@link FfMetadata#vorbisComments}).
 */
final class OpusEncoder implements AudioEncoder {
  private final Ffmpeg ffmpeg;
  private final int bitrate;

  OpusEncoder(Ffmpeg ffmpeg, int bitrate) {
    this.ffmpeg = ffmpeg;
    this.bitrate = bitrate;
  }

  @Override
  public void encode(Program program, Tags tags, Path target, String filter) throws EncodingException {
    String picture = tags.cover() == null ? null : pictureBlock(tags.cover());
    try (TempFiles temp = new TempFiles()) {
      String metadata = M4aEncoder.write(
          temp, ".ffmetadata", FfMetadata.vorbisComments(tags, program.chapters(), picture), target);
      List<String> arguments = new ArrayList<>(Ffmpeg.rawInput(program.pcm(), program.sampleRate()));
      arguments.addAll(List.of(
          "-f", "ffmetadata", "-i", metadata,
          "-map", "0:a", "-map_metadata", "1", "-map_chapters", "-1"));
      if (filter != null) {
        arguments.addAll(List.of("-af", filter));
      }
      arguments.addAll(List.of(
          "-c:a", "libopus", "-b:a", bitrate + "k", "-ac", "1", "-ar", Integer.toString(program.sampleRate()),
          "-f", "ogg", target.toString()));
      ffmpeg.run(arguments, target);
    }
  }

  /** A FLAC picture block, base64-encoded, as Ogg's METADATA_BLOCK_PICTURE comment holds it. */
  static String pictureBlock(Cover cover) {
    ByteArrayOutputStream block = new ByteArrayOutputStream();
    byte[] mime = cover.mimeType().getBytes(StandardCharsets.US_ASCII);
    byte[] description = "Cover".getBytes(StandardCharsets.UTF_8);
    byte[] data = cover.data();
    int32(block, 3); // front cover
    int32(block, mime.length);
    block.writeBytes(mime);
    int32(block, description.length);
    block.writeBytes(description);
    int32(block, cover.width());
    int32(block, cover.height());
    int32(block, 0); // colour depth: not needed by readers, which decode the image
    int32(block, 0); // colours used: 0 for images that are not indexed
    int32(block, data.length);
    block.writeBytes(data);
    return Base64.getEncoder().encodeToString(block.toByteArray());
  }

  private static void int32(ByteArrayOutputStream out, int value) {
    out.write(value >>> 24 & 0xFF);
    out.write(value >>> 16 & 0xFF);
    out.write(value >>> 8 & 0xFF);
    out.write(value & 0xFF);
  }

  @Override
  public AudioFormat format() {
    return AudioFormat.OPUS;
  }

  @Override
  public int bitrate() {
    return bitrate;
  }
}
