package org.editionaudio.speech;

import org.w3c.dom.Document;

/** The cache key of a sentence's clip: its MaryXML document and everything else that decides the samples. */
final class ClipKeys {
  private final String salt;

  /** Keys for clips spoken by {@code engines} and trimmed by {@link EdgeTrimmer}. */
  ClipKeys(EnginePool engines) {
    this.salt = String.join("\n", "edition-audio clip v1", engines.description(),
        Integer.toString(engines.sampleRate()), EdgeTrimmer.description());
  }

  /** The key of the clip {@code document} is spoken as. */
  String of(Document document) {
    return MaryXml.fingerprint(document, salt);
  }
}
