package org.editionaudio.edition;

import java.util.List;
import java.util.Objects;

/**
 * One story of an edition: its headline and the paragraphs read under it.
 *
 * @param title the headline, on one line
 * @param paragraphs the paragraphs in reading order, at least one, none blank
 * @param url the story's own link when the edition gives one (http or https), or null
 */
public record Section(String title, List<String> paragraphs, String url) {

  /** A story without a link of its own. */
  public Section(String title, List<String> paragraphs) {
    this(title, paragraphs, null);
  }

  /** Validates and normalizes the whitespace of the title and every paragraph. */
  public Section {
    title = TextCleaner.clean(Objects.requireNonNull(title, "title"));
    if (title.isEmpty()) {
      throw new IllegalArgumentException("a section needs a title");
    }
    paragraphs = Objects.requireNonNull(paragraphs, "paragraphs").stream().map(TextCleaner::clean).toList();
    if (paragraphs.isEmpty()) {
      throw new IllegalArgumentException("section '" + title + "' has no paragraph");
    }
    if (paragraphs.stream().anyMatch(String::isEmpty)) {
      throw new IllegalArgumentException("section '" + title + "' has a blank paragraph");
    }
    url = url == null || TextCleaner.clean(url).isEmpty() ? null : TextCleaner.clean(url);
    if (url != null && !url.matches("(?i)https?://\\S+")) {
      throw new IllegalArgumentException("section '" + title + "': not an http(s) link: " + url);
    }
  }
}
