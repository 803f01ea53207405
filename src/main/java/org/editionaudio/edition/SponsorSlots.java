package org.editionaudio.edition;

import java.util.List;
import java.util.function.IntPredicate;

/**
 * Finds the sponsor labels that sit above a headline as its kicker ("Presented by Acme" over the
 * sponsor's own headline): the slot they introduce is the story under that headline, so the story
 * above the label stays and the one below goes, headline and body.
 */
final class SponsorSlots {
  static final String LABEL = "sponsor label (above the headline of the slot it introduces)";
  static final String SLOT = "sponsor slot (under a sponsor label)";

  private SponsorSlots() {}

  /**
   * Marks the lines that are sponsor labels, are not headlines themselves, and have a headline as
   * the next read block.
   *
   * @param headline whether block i starts a story when nothing says otherwise
   */
  static boolean[] labelsAboveHeadlines(List<Block> blocks, List<String> rules, IntPredicate headline) {
    boolean[] label = new boolean[blocks.size()];
    for (int i = 0; i < blocks.size(); i++) {
      if (rules.get(i) != null || headline.test(i) || !Boilerplate.isSponsorLabel(blocks.get(i).text())) {
        continue;
      }
      for (int j = i + 1; j < blocks.size(); j++) {
        if (rules.get(j) == null) {
          label[i] = headline.test(j);
          break;
        }
      }
    }
    return label;
  }
}
