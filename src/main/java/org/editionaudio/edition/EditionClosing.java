package org.editionaudio.edition;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Finds the edition's sign-off at the end of its last story: a short closing line ending in a comma
 * ("Thanks for reading,", "Best,") followed only by one or two lines of names. It is the letter's, not
 * the story's, and is left out like the greeting that opens an edition.
 */
final class EditionClosing {
  static final String RULE = "sign-off (a closing line and the names under it, after the last story)";
  private static final int MAX_CLOSING_WORDS = 5;
  private static final int MAX_NAME_LINES = 2;
  private static final int MAX_NAME_WORDS = 6;
  private static final Pattern NAME_LINE = Pattern.compile("^[—–-]?\\s*\\p{Lu}[^.!?:]*$");

  private EditionClosing() {}

  /** The stories with the sign-off taken from the last one (and that story left out if nothing else is left). */
  static List<Section> without(List<Section> stories, Consumer<Dropped> dropped) {
    if (stories.size() < 2) {
      return stories;
    }
    Section last = stories.get(stories.size() - 1);
    List<String> paragraphs = last.paragraphs();
    int start = signOff(paragraphs);
    if (start < 0) {
      return stories;
    }
    paragraphs.subList(start, paragraphs.size()).forEach(p -> dropped.accept(new Dropped(RULE, p)));
    List<Section> kept = new ArrayList<>(stories.subList(0, stories.size() - 1));
    if (start > 0) {
      kept.add(new Section(last.title(), paragraphs.subList(0, start), last.url()));
    }
    return kept;
  }

  /** Where the sign-off starts in the paragraphs, or -1 when they do not end with one. */
  static int signOff(List<String> paragraphs) {
    for (int names = 1; names <= MAX_NAME_LINES && names < paragraphs.size(); names++) {
      int closing = paragraphs.size() - names - 1;
      String line = TextCleaner.clean(paragraphs.get(closing));
      if (!line.endsWith(",") || Boilerplate.words(line) > MAX_CLOSING_WORDS) {
        continue;
      }
      boolean allNames = paragraphs.subList(closing + 1, paragraphs.size()).stream()
          .map(TextCleaner::clean)
          .allMatch(p -> Boilerplate.words(p) <= MAX_NAME_WORDS && NAME_LINE.matcher(p).matches());
      if (allNames) {
        return closing;
      }
    }
    return -1;
  }
}
