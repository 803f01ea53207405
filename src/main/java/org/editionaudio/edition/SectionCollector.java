package org.editionaudio.edition;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups a stream of headings and paragraphs into sections. Paragraphs before the first heading
 * belong to a story titled like the edition; a heading with no paragraph of its own (a grouping
 * heading such as "Briefs") makes no section.
 */
final class SectionCollector {
  private final String leadTitle;
  private final List<Section> sections = new ArrayList<>();
  private String title;
  private String url;
  private List<String> paragraphs = new ArrayList<>();

  SectionCollector(String leadTitle) {
    this.leadTitle = leadTitle;
  }

  /** Starts a new story at a heading. */
  void heading(String text) {
    heading(text, null);
  }

  /** Starts a new story at a heading that links to the story's own page ({@code url} may be null). */
  void heading(String text, String url) {
    if (TextCleaner.clean(text).isEmpty()) {
      return;
    }
    flush();
    title = text;
    this.url = url;
  }

  /** Adds a paragraph to the current story. */
  void paragraph(String text) {
    if (!TextCleaner.clean(text).isEmpty()) {
      paragraphs.add(text);
    }
  }

  /** The stories collected so far, in order. */
  List<Section> sections() {
    flush();
    return List.copyOf(sections);
  }

  private void flush() {
    if (!paragraphs.isEmpty()) {
      String storyTitle = title != null ? title : leadTitle;
      String storyUrl = title != null ? url : null;
      sections.add(new Section(TextCleaner.clean(storyTitle).isEmpty() ? "Untitled story" : storyTitle, paragraphs, storyUrl));
    }
    paragraphs = new ArrayList<>();
  }
}
