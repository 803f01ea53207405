package org.editionaudio.audio;

import java.io.OutputStream;
import java.nio.file.Path;

/** An encoding under way (see {@link StreamingEncoder}); closing it stops ffmpeg and deletes what it wrote. */
interface EncodingStream extends AutoCloseable {

  /** Where the samples go, in order. */
  OutputStream samples();

  /** Ends the samples, waits for the encoder and returns the encoded audio's loudness as a player decodes it. */
  LoudnessMeter.Measurement end() throws EncodingException;

  /** Writes the file for {@code program} (its tags and chapters, then the encoded audio) to {@code target}, after {@link #end()}. */
  void write(Program program, Tags tags, Path target) throws EncodingException;

  @Override
  void close();
}
