package org.editionaudio.edition;

import java.util.Objects;

/**
 * A piece of the input that will not be read aloud, and why: shown by {@code sections --explain}
 * so that an editor can see which rule or profile setting to change.
 *
 * @param rule the name of the rule that left it out
 * @param snippet the start of the text that was left out, on one line
 */
public record Dropped(String rule, String snippet) {
  private static final int MAX_SNIPPET = 100;

  /** Keeps the snippet to one short line. */
  public Dropped {
    Objects.requireNonNull(rule, "rule");
    snippet = TextCleaner.clean(Objects.requireNonNull(snippet, "snippet"));
    if (snippet.length() > MAX_SNIPPET) {
      snippet = snippet.substring(0, MAX_SNIPPET - 1).strip() + "…";
    }
  }
}
