package org.editionaudio.edition;

import java.util.List;
import java.util.Objects;

/**
 * One story of an edition: its headline and the paragraphs read under it.
 *
 * @param title the headline, on one line
 * @param paragraphs the paragraphs in reading order, at least one, none blank
 */
public record Section(String title, List<String> paragraphs) {

  /** Validates and normalizes the whitespace of the title and every paragraph. */
  public Section {
    title = Text.clean(Objects.requireNonNull(title, "title"));
    if (title.isEmpty()) {
      throw new IllegalArgumentException("a section needs a title");
    }
    paragraphs = Objects.requireNonNull(paragraphs, "paragraphs").stream().map(Text::clean).toList();
    if (paragraphs.isEmpty()) {
      throw new IllegalArgumentException("section '" + title + "' has no paragraph");
    }
    if (paragraphs.stream().anyMatch(String::isEmpty)) {
      throw new IllegalArgumentException("section '" + title + "' has a blank paragraph");
    }
  }
}
