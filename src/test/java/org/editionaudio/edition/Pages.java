package org.editionaudio.edition;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/** Reads a page written in a test, as the tool reads a file named {@code page.html}. */
public final class Pages {
  /** A sentence of plain story prose, long enough to be a story's paragraph. */
  public static final String PROSE =
      "The committee met on Tuesday and agreed to publish its report before the end of the month.";

  private Pages() {}

  /** The edition the automatic reader finds in {@code html}. */
  public static Edition read(String html) throws EditionException {
    return EditionReader.automatic().read(new InputDocument("page.html", html.getBytes(StandardCharsets.UTF_8)));
  }

  /** As {@link #read(String)}, reporting every dropped block and every split to {@code dropped}. */
  public static Edition read(String html, Consumer<Dropped> dropped) throws EditionException {
    return EditionReader.automatic()
        .read(new InputDocument("page.html", html.getBytes(StandardCharsets.UTF_8)), dropped);
  }

  /** The edition's story titles, in order. */
  public static List<String> titles(Edition edition) {
    return edition.sections().stream().map(Section::title).toList();
  }
}
