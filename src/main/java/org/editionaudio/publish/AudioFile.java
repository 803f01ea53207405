package org.editionaudio.publish;

import org.editionaudio.audio.AudioFormat;

/**
 * The published audio file, as the manifest describes it.
 *
 * @param file its name in the output folder
 * @param format "mp3", "m4a" or "opus"
 * @param bitrateKbps bit rate: constant for MP3, the encoder's target for AAC and Opus
 * @param sampleRate samples per second
 * @param bytes file size
 * @param sha256 hex SHA-256 of the file, so a reader can check that it has the file this manifest describes
 */
public record AudioFile(String file, String format, int bitrateKbps, int sampleRate, long bytes, String sha256) {

  /** The media type of the file, for an {@code <audio>} element's {@code <source type>}. */
  public String mimeType() {
    return AudioFormat.named(format).mimeType();
  }
}
