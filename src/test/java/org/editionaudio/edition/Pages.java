package org.editionaudio.edition;

import java.nio.charset.StandardCharsets;

/** Reads a page written in a test, as the tool reads a file named {@code page.html}. */
public final class Pages {
  private Pages() {}

  /** The edition the automatic reader finds in {@code html}. */
  public static Edition read(String html) throws EditionException {
    return EditionReader.automatic().read(new InputDocument("page.html", html.getBytes(StandardCharsets.UTF_8)));
  }
}
