package org.editionaudio.audio;

import java.nio.file.Path;

/** Encodes a program, its tags, cover and chapters into one audio file of an {@link AudioFormat}. */
public interface AudioEncoder {

  /** Writes the file to {@code target}, which must be a seekable file. */
  default void encode(Program program, Tags tags, Path target) throws EncodingException {
    encode(program, tags, target, null);
  }

  /** As {@link #encode(Program, Tags, Path)}, with an ffmpeg audio filter (gain, limiter) on the way, or none. */
  void encode(Program program, Tags tags, Path target, String filter) throws EncodingException;

  /** The format written. */
  AudioFormat format();

  /** The bit rate in kbit/s. */
  int bitrate();
}
