package org.editionaudio.speech;

import org.w3c.dom.Document;

/** A text-to-speech engine that turns one MaryXML document into 16-bit mono samples. */
public interface SpeechEngine extends AutoCloseable {

  /** Speaks the document; the result has {@link #sampleRate()} samples per second. */
  short[] speak(Document maryXml) throws SynthesisException;

  /**
   * Runs the engine's text analysis only, up to {@code outputType} (MaryTTS data types such as
   * "WORDS", "PHONEMES", "ALLOPHONES"), and returns its MaryXML: the words as they will be spoken,
   * their phonemes and how each was found ({@code g2p_method} "lexicon" or "rules").
   */
  Document analyze(Document maryXml, String outputType) throws SynthesisException;

  /** Samples per second of what {@link #speak} returns. */
  int sampleRate();

  /** A description for the manifest, e.g. "MaryTTS 5.2.1 cmu-slt-hsmm". */
  String description();

  @Override
  void close();
}
