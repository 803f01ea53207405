package org.editionaudio.edition;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
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
    return switch (input.extension()) {
      case "html", "htm", "xhtml" -> html.read(input, dropped);
      case "txt", "text", "md" -> text.read(input, dropped);
      case "json" -> json.read(input, dropped);
      default -> sniff(input).read(input, dropped);
    };
  }

  private EditionReader sniff(InputDocument input) {
    byte[] bytes = input.bytes();
    String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.UTF_8)
        .replace("\uFEFF", "").stripLeading().toLowerCase(Locale.ROOT);
    if (head.startsWith("{")) {
      return json;
    }
    if (head.startsWith("<") || head.contains("<html") || head.contains("<body") || head.contains("<p>")) {
      return html;
    }
    return text;
  }
}
