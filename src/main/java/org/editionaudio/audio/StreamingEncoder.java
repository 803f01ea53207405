package org.editionaudio.audio;

/** An encoder that takes the program's samples while they are still being made, and measures what it encodes. */
interface StreamingEncoder extends AudioEncoder {

  /**
   * Starts encoding the raw samples (16-bit little-endian mono at {@code sampleRate}) that will be
   * written to the returned stream, through {@code filter}; {@code meter} measures the encoded
   * audio on the way.
   */
  EncodingStream start(int sampleRate, String filter, LoudnessMeter meter) throws EncodingException;
}
