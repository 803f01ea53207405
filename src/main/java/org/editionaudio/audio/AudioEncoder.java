package org.editionaudio.audio;

import java.nio.file.Path;

/** Encodes a program, its tags, cover and chapters into one audio file of an {@link AudioFormat}. */
public interface AudioEncoder {

  /** Writes the file to {@code target}, which must be a seekable file. */
  void encode(Program program, Tags tags, Path target) throws EncodingException;

  /** The format written. */
  AudioFormat format();

  /** The bit rate in kbit/s. */
  int bitrate();
}
