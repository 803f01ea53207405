package org.editionaudio.edition;

import java.util.function.Consumer;

/** Turns the bytes of an input into an edition of stories; the first stage of the pipeline. */
public interface EditionReader {

  /** Reads the edition, or explains why there is nothing to read aloud. */
  Edition read(InputDocument input) throws EditionException;

  /** Reads the edition and reports each piece of the input left out, with the rule that left it out. */
  default Edition read(InputDocument input, Consumer<Dropped> dropped) throws EditionException {
    return read(input);
  }

  /** A reader that picks HTML, text or JSON from the file extension, or from the content for stdin. */
  static EditionReader automatic() {
    return new FormatDetectingReader(new HtmlEditionReader(), new TextEditionReader(), new JsonEditionReader());
  }

  /** Like {@link #automatic()}, with HTML read through a publication profile. */
  static EditionReader withProfile(Profile profile) {
    return new FormatDetectingReader(new HtmlEditionReader(profile), new TextEditionReader(), new JsonEditionReader());
  }
}
