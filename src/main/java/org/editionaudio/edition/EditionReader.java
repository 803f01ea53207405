package org.editionaudio.edition;

/** Turns the bytes of an input into an edition of stories; the first stage of the pipeline. */
public interface EditionReader {

  /** Reads the edition, or explains why there is nothing to read aloud. */
  Edition read(InputDocument input) throws EditionException;

  /** A reader that picks HTML, text or JSON from the file extension, or from the content for stdin. */
  static EditionReader automatic() {
    return new FormatDetectingReader(new HtmlEditionReader(), new TextEditionReader(), new JsonEditionReader());
  }
}
