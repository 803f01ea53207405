package org.editionaudio.speech;

import java.util.List;
import java.util.Objects;

/**
 * The whole program as it will be spoken: chapters in order and the pauses between their lines.
 *
 * @param chapters the intro, if any, then one chapter per story
 * @param pauses the pacing
 */
public record Script(List<ScriptChapter> chapters, Pauses pauses) {

  /** Requires at least one chapter. */
  public Script {
    chapters = List.copyOf(chapters);
    Objects.requireNonNull(pauses, "pauses");
    if (chapters.isEmpty()) {
      throw new IllegalArgumentException("a script needs at least one chapter");
    }
  }
}
