package org.editionaudio.audio;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The formats a program can be published in; MP3 is the default, the one every player plays. */
public enum AudioFormat {
  /** Constant-bit-rate MP3 with ID3v2.3 chapters. */
  MP3("mp3", "audio/mpeg", 64, 32, 320),
  /** AAC in an MPEG-4 audio file with a QuickTime chapter track and Nero chapters, for Apple's players. */
  M4A("m4a", "audio/mp4", 64, 16, 256),
  /** Opus in Ogg with Vorbis chapter comments. */
  OPUS("opus", "audio/ogg; codecs=opus", 32, 6, 256);

  private final String extension;
  private final String mimeType;
  private final int defaultBitrate;
  private final int minBitrate;
  private final int maxBitrate;

  AudioFormat(String extension, String mimeType, int defaultBitrate, int minBitrate, int maxBitrate) {
    this.extension = extension;
    this.mimeType = mimeType;
    this.defaultBitrate = defaultBitrate;
    this.minBitrate = minBitrate;
    this.maxBitrate = maxBitrate;
  }

  /** The format named {@code name} ("mp3", "m4a", "opus"), in any case. */
  public static AudioFormat named(String name) {
    for (AudioFormat format : values()) {
      if (format.extension.equals(name.toLowerCase(Locale.ROOT))) {
        return format;
      }
    }
    throw new IllegalArgumentException("unknown audio format '" + name + "'; use one of " + names());
  }

  /** The formats' names, "mp3", "m4a", "opus". */
  public static List<String> names() {
    return Arrays.stream(values()).map(AudioFormat::extension).toList();
  }

  /** The name and file extension, e.g. "m4a". */
  public String extension() {
    return extension;
  }

  /** The media type, as an {@code <audio>} element's {@code <source type>} takes it. */
  public String mimeType() {
    return mimeType;
  }

  /** The bit rate used when none is given, in kbit/s (mono speech). */
  public int defaultBitrate() {
    return defaultBitrate;
  }

  /** True when the encoder for this format takes {@code kbps}. */
  public boolean accepts(int kbps) {
    return this == MP3 ? Mp3Encoder.bitrates().contains(kbps) : kbps >= minBitrate && kbps <= maxBitrate;
  }

  /** The bit rates this format takes, in words, for an error message. */
  public String bitrateRange() {
    return this == MP3 ? "one of " + Mp3Encoder.bitrates() : minBitrate + " to " + maxBitrate;
  }

  /** An encoder to this format at {@code kbps}. */
  public AudioEncoder encoder(Ffmpeg ffmpeg, int kbps) {
    if (!accepts(kbps)) {
      throw new IllegalArgumentException(extension + " bit rate must be " + bitrateRange() + " kbit/s");
    }
    return switch (this) {
      case MP3 -> new Mp3Encoder(ffmpeg, kbps);
      case M4A -> new M4aEncoder(ffmpeg, kbps);
      case OPUS -> new OpusEncoder(ffmpeg, kbps);
    };
  }
}
