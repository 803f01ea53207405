package org.editionaudio.edition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Decides which stories are teaser copies: a page that lists its stories as short teasers first and
 * then prints each in full reads only the full copies. A story is a teaser copy when a later story
 * has the same headline, the teaser has one or two paragraphs, its first paragraph retells the full
 * copy's opening, and the full copy is a body of its own (three paragraphs or more, several times
 * the teaser's words). Only a run of such copies counts: one headline printed twice is not a
 * teaser list, and stories of the same form that repeat a label ("Step 1" under two plans) differ
 * in size, not in kind.
 */
final class TeaserCopies {
  static final String RULE = "teaser copy (the story follows in full)";
  private static final int MIN_COPIES = 3;
  private static final int MAX_TEASER_PARAGRAPHS = 2;
  private static final int MIN_FULL_PARAGRAPHS = 3;
  private static final int FULL_TO_TEASER_WORDS = 3;
  // Share of the teaser's opening words that the full copy's opening also has.
  private static final double RETOLD = 0.6;

  private TeaserCopies() {}

  /** The stories without their teaser copies, each one left out reported to {@code dropped}. */
  static List<Section> withoutCopies(List<Section> stories, Consumer<Dropped> dropped) {
    // Stories by headline, so each is compared only with the later stories of the same headline.
    java.util.Map<String, List<Integer>> byTitle = new java.util.HashMap<>();
    for (int i = 0; i < stories.size(); i++) {
      byTitle.computeIfAbsent(key(stories.get(i).title()), k -> new ArrayList<>()).add(i);
    }
    List<Integer> copies = new ArrayList<>();
    for (int i = 0; i < stories.size(); i++) {
      for (int j : byTitle.get(key(stories.get(i).title()))) {
        if (j > i && isCopy(stories.get(i), stories.get(j))) {
          copies.add(i);
          break;
        }
      }
    }
    if (copies.size() < MIN_COPIES) {
      return stories;
    }
    // Next to a run of teasers, a teaser followed by the list's own trailing lines is one too: its
    // opening is retold later, whatever follows it.
    Set<Integer> dropping = new HashSet<>(copies);
    int first = copies.get(0);
    int last = copies.get(copies.size() - 1);
    for (int i = Math.max(0, first - 1); i <= Math.min(stories.size() - 1, last + 1); i++) {
      for (int j : byTitle.get(key(stories.get(i).title()))) {
        if (j > i && !dropping.contains(i) && opensLike(stories.get(i), stories.get(j))) {
          dropping.add(i);
        }
      }
    }
    List<Section> kept = new ArrayList<>();
    for (int i = 0; i < stories.size(); i++) {
      Section story = stories.get(i);
      if (dropping.contains(i)) {
        dropped.accept(new Dropped(RULE, story.title()));
        story.paragraphs().forEach(p -> dropped.accept(new Dropped(RULE, p)));
      } else {
        kept.add(story);
      }
    }
    return List.copyOf(kept);
  }

  private static boolean isCopy(Section teaser, Section full) {
    if (!key(teaser.title()).equals(key(full.title()))
        || teaser.paragraphs().size() > MAX_TEASER_PARAGRAPHS || full.paragraphs().size() < MIN_FULL_PARAGRAPHS) {
      return false;
    }
    int teaserWords = teaser.paragraphs().stream().mapToInt(Boilerplate::words).sum();
    int fullWords = full.paragraphs().stream().mapToInt(Boilerplate::words).sum();
    return fullWords >= FULL_TO_TEASER_WORDS * teaserWords && retells(teaser, full);
  }

  /** Same headline, and the later story, a body of its own, retells the teaser's first paragraph. */
  private static boolean opensLike(Section teaser, Section full) {
    int fullWords = full.paragraphs().stream().mapToInt(Boilerplate::words).sum();
    return key(teaser.title()).equals(key(full.title())) && full.paragraphs().size() >= MIN_FULL_PARAGRAPHS
        && fullWords >= FULL_TO_TEASER_WORDS * Boilerplate.words(teaser.paragraphs().get(0)) && retells(teaser, full);
  }

  private static boolean retells(Section teaser, Section full) {
    List<String> opening = words(teaser.paragraphs().get(0));
    Set<String> fullOpening = new HashSet<>(words(full.paragraphs().get(0)));
    long retold = opening.stream().filter(fullOpening::contains).count();
    return !opening.isEmpty() && retold >= RETOLD * opening.size();
  }

  private static String key(String title) {
    return String.join(" ", words(title));
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }
}
