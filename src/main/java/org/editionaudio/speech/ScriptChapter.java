package org.editionaudio.speech;

import java.util.List;
import java.util.Objects;

/**
 * One chapter of the program as it will be spoken.
 *
 * @param title the chapter title players show
 * @param sectionIndex the edition section it reads, or -1 for the intro
 * @param lines what is said, in order
 */
public record ScriptChapter(String title, int sectionIndex, List<ScriptLine> lines) {

  /** Requires a title and at least one line. */
  public ScriptChapter {
    Objects.requireNonNull(title, "title");
    lines = List.copyOf(lines);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("chapter '" + title + "' has nothing to say");
    }
  }

  /** True for the spoken opening that is not a story. */
  public boolean isIntro() {
    return sectionIndex < 0;
  }
}
