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
  private List<String> opening = List.of();
  // After a discarded story, paragraphs wait for the next heading: they are the promoted block's.
  private boolean discarded;

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
    discarded = false;
  }

  /** True when the story being collected was left out and no new heading has come since. */
  boolean discarding() {
    return discarded;
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

  /** Leaves out the story being collected, headline and all; returns what it held (headline first, if any). */
  List<String> discard() {
    List<String> gone = new ArrayList<>();
    if (title != null) {
      gone.add(title);
    }
    gone.addAll(paragraphs);
    paragraphs = new ArrayList<>();
    title = null;
    url = null;
    discarded = true;
    return gone;
  }

  /**
   * Leaves out the story a disclosure closes: the story being collected, and when that is only a
   * headline with no text of its own (a schedule's label), the story above it too.
   */
  List<String> discardClosedStory() {
    boolean headlineOnly = title != null && paragraphs.isEmpty();
    boolean aboveIsStory = !sections.isEmpty() && !(sections.size() == 1 && !opening.isEmpty());
    List<String> gone = new ArrayList<>();
    if (headlineOnly && aboveIsStory) {
      Section above = sections.remove(sections.size() - 1);
      gone.add(above.title());
      gone.addAll(above.paragraphs());
    }
    gone.addAll(discard());
    return gone;
  }

  /** The paragraphs read before the first heading (the edition's opening), empty when there were none. */
  List<String> opening() {
    return opening;
  }

  /** Leaves out the opening story (the paragraphs before the first heading), if there is one. */
  void dropOpening() {
    flush();
    if (!opening.isEmpty() && !sections.isEmpty()) {
      sections.remove(0);
      opening = List.of();
    }
  }

  /**
   * Leaves out the opening's paragraphs that {@code drop} picks, and the opening story itself when
   * none is left; returns the paragraphs left out.
   */
  List<String> dropFromOpening(java.util.function.Predicate<String> drop) {
    flush();
    if (opening.isEmpty() || sections.isEmpty()) {
      return List.of();
    }
    List<String> gone = opening.stream().filter(drop).toList();
    if (gone.isEmpty()) {
      return gone;
    }
    List<String> kept = opening.stream().filter(drop.negate()).toList();
    Section first = sections.get(0);
    if (kept.isEmpty()) {
      sections.remove(0);
    } else {
      sections.set(0, new Section(first.title(), kept, first.url()));
    }
    opening = kept;
    return gone;
  }

  private void flush() {
    // The first story named like the edition (no headline, or the masthead's) is the edition's opening.
    boolean edition = title == null || TextCleaner.clean(title).equalsIgnoreCase(TextCleaner.clean(leadTitle));
    if (!paragraphs.isEmpty() && edition && sections.isEmpty() && !discarded) {
      opening = List.copyOf(paragraphs);
    }
    if (!paragraphs.isEmpty()) {
      String storyTitle = title != null ? title : leadTitle;
      String storyUrl = title != null ? url : null;
      sections.add(new Section(TextCleaner.clean(storyTitle).isEmpty() ? "Untitled story" : storyTitle, paragraphs, storyUrl));
    }
    paragraphs = new ArrayList<>();
  }
}
