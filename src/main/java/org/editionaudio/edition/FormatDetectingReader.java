package org.editionaudio.edition;

import java.util.function.Consumer;

/** Chooses the reader for an input by its extension, or by a look at its first bytes. */
final class FormatDetectingReader implements EditionReader {
  private final EditionReader html;
  private final EditionReader text;
  private final EditionReader json;

  FormatDetectingReader(EditionReader html, EditionReader text, EditionReader json) {
    this.html = html;
    this.text = text;
    this.json = json;
  }

  @Override
  public Edition read(InputDocument input) throws EditionException {
    return read(input, dropped -> {});
  }

  @Override
  public Edition read(InputDocument input, Consumer<Dropped> dropped) throws EditionException {
    if (input.length() == 0) {
      throw EditionException.nothingToRead(input.name(), "the file is empty");
    }
    if (input.looksBinary()) {
      throw new EditionException(
          input.name(),
          "this is a binary file, not an edition",
          "give an .html, .txt or .json edition");
    }
    InputKind kind = switch (input.extension()) {
      case "html", "htm", "xhtml" -> null;
      case "json" -> null;
      case "txt", "text", "md", "markdown" -> InputKind.namedText(input.bytes());
      case "xml" -> InputKind.namedXml(input.bytes());
      default -> InputKind.sniff(input.bytes());
    };
    if (kind == null) {
      return input.extension().equals("json") ? json.read(input, dropped) : html.read(input, dropped);
    }
    return switch (kind.kind()) {
      case HTML -> html.read(input, dropped);
      case JSON -> json.read(input, dropped);
      case TEXT -> text.read(input, dropped);
      case NOT_AN_EDITION -> throw new EditionException(input.name(), kind.why(),
          "give an HTML page, a text edition (a title line, then paragraphs separated by blank lines, "
              + "'## Headline' lines starting stories) or a JSON edition");
    };
  }
}
