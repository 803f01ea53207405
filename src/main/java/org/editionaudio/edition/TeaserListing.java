package org.editionaudio.edition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Decides whether a page is a listing of teasers: its story unit is a headline (a heading, or a
 * short line that is one link) followed by a prose blurb, repeated. A front page or news listing
 * holds its stories that way, each with one or two sentences, while a denser block elsewhere (an
 * organisation's self-description, a promotion box) can outscore any single teaser. Where most
 * units sit together under one element, the choice holds at most one of them and fewer than three
 * paragraphs outside that element (so it is no story's body), and the element holds more blurb
 * prose than those paragraphs or twice as many teasers, the listing is the content.
 */
final class TeaserListing {
  private static final int MIN_UNITS = 3;
  // The element that holds most units: at least three quarters of them, so a lone unit elsewhere
  // (an about box under its own heading) does not pull the area up to the whole page.
  private static final double CLUSTER_SHARE = 0.75;
  private static final int MAX_HEADLINE_WORDS = 16;
  private static final int MAX_KICKER_WORDS = 3;
  private static final int MIN_BLURB_WORDS = 6;
  private static final double MAX_BLURB_LINKS = 0.3;
  private static final double LINKED_HEADLINE = 0.9;
  // A date or byline line may stand between a headline and its blurb.
  private static final int MAX_BETWEEN_WORDS = 12;
  private static final Pattern SENTENCE_END = Pattern.compile("(?s).*[.!?][\"”’)]?$");
  private static final Pattern NOT_A_TITLE_END = Pattern.compile("(?s).*[,;:]$");

  /** A teaser: its headline block and the blurb block under it. */
  record Unit(Block headline, Block blurb) {}

  private TeaserListing() {}

  /** The teaser units of a page in reading order. */
  static List<Unit> units(List<Block> blocks) {
    List<Unit> units = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      Block headline = blocks.get(i);
      if (!isHeadline(headline)) {
        continue;
      }
      for (int j = i + 1; j < Math.min(blocks.size(), i + 3); j++) {
        Block next = blocks.get(j);
        if (isBlurb(next)) {
          units.add(new Unit(headline, next));
          break;
        }
        if (isHeadline(next) || j > i + 1 || Boilerplate.words(next.text()) > MAX_BETWEEN_WORDS) {
          break;
        }
      }
    }
    return units;
  }

  /**
   * The kickers of a front page's teasers: a short label line ("COMMENT", "HARVEST") right above a
   * teaser's headline, on a page of three or more teasers and no story of its own.
   */
  static Set<Block> kickers(List<Block> blocks) {
    List<Unit> units = units(blocks);
    Set<Block> blurbs = Collections.newSetFromMap(new IdentityHashMap<>());
    Set<Block> headlines = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Unit unit : units) {
      blurbs.add(unit.blurb());
      headlines.add(unit.headline());
    }
    long storyParagraphs = blocks.stream().filter(b -> isBlurb(b) && !blurbs.contains(b)).count();
    Set<Block> kickers = Collections.newSetFromMap(new IdentityHashMap<>());
    if (units.size() < MIN_UNITS || storyParagraphs >= MIN_UNITS) {
      return kickers;
    }
    for (int i = 1; i < blocks.size(); i++) {
      Block label = blocks.get(i - 1);
      int words = Boilerplate.words(label.text());
      if (headlines.contains(blocks.get(i)) && !label.isHeading() && !headlines.contains(label)
          && label.linkDensity() == 0 && words >= 1 && words <= MAX_KICKER_WORDS
          && !SENTENCE_END.matcher(label.text()).matches()) {
        kickers.add(label);
      }
    }
    return kickers;
  }

  /** True when {@code heading} heads a teaser and another teaser comes before it: one story's, not the page's. */
  static boolean headsALaterTeaser(List<Block> blocks, Block heading) {
    List<Unit> units = units(blocks);
    for (int i = 1; i < units.size(); i++) {
      if (units.get(i).headline() == heading) {
        return true;
      }
    }
    return false;
  }

  /** A heading, or a short line that is all one link and does not end as a sentence does. */
  static boolean isHeadline(Block block) {
    if (block.isHeading()) {
      return true;
    }
    int words = Boilerplate.words(block.text());
    return block.linkDensity() >= LINKED_HEADLINE && words >= 2 && words <= MAX_HEADLINE_WORDS
        && !SENTENCE_END.matcher(block.text()).matches() && !NOT_A_TITLE_END.matcher(block.text()).matches();
  }

  /** One or more sentences of prose with few links. */
  static boolean isBlurb(Block block) {
    return !block.isHeading() && block.linkDensity() < MAX_BLURB_LINKS
        && Boilerplate.words(block.text()) >= MIN_BLURB_WORDS && SENTENCE_END.matcher(block.text()).matches();
  }

  /**
   * The roots to read: {@code chosen}, or the element holding most teaser units when the page is a
   * listing whose teasers the choice misses.
   */
  static List<Element> area(Element body, List<Block> blocks, List<Element> chosen) {
    List<Unit> units = units(blocks);
    if (units.size() < MIN_UNITS) {
      return chosen;
    }
    Map<Element, Integer> counts = new IdentityHashMap<>();
    List<Element> homes = new ArrayList<>();
    for (Unit unit : units) {
      Element home = common(unit.headline().container(), unit.blurb().container());
      homes.add(home);
      for (Element e = home; e != null; e = e.parent()) {
        counts.merge(e, 1, Integer::sum);
      }
    }
    int needed = Math.max(MIN_UNITS, (int) Math.ceil(units.size() * CLUSTER_SHARE));
    Element listing = null;
    int depth = -1;
    for (Map.Entry<Element, Integer> entry : counts.entrySet()) {
      int d = entry.getKey().parents().size();
      if (entry.getValue() >= needed && d > depth) {
        listing = entry.getKey();
        depth = d;
      }
    }
    if (listing == null || listing == body) {
      return chosen;
    }
    Set<Element> roots = Collections.newSetFromMap(new IdentityHashMap<>());
    roots.addAll(chosen);
    for (Element root : chosen) {
      if (ContentFinder.isInside(listing, root)) {
        return chosen;
      }
    }
    int unitsChosen = 0;
    int listingProse = 0;
    int inListing = 0;
    Set<Block> blurbs = Collections.newSetFromMap(new IdentityHashMap<>());
    for (int i = 0; i < units.size(); i++) {
      Unit unit = units.get(i);
      blurbs.add(unit.blurb());
      if (PageCleaner.isInsideAny(unit.headline().container(), roots)
          && PageCleaner.isInsideAny(unit.blurb().container(), roots)) {
        unitsChosen++;
      }
      if (ContentFinder.isInside(homes.get(i), listing)) {
        listingProse += unit.blurb().text().length();
        inListing++;
      }
    }
    int lost = 0;
    int lostBlocks = 0;
    int storyParagraphs = 0;
    int chosenBlurbs = 0;
    for (Block block : blocks) {
      if (!isBlurb(block) || block.container() == null || !PageCleaner.isInsideAny(block.container(), roots)) {
        continue;
      }
      chosenBlurbs++;
      if (!blurbs.contains(block)) {
        storyParagraphs++;
      }
      if (!ContentFinder.isInside(block.container(), listing)) {
        lost += block.text().length();
        lostBlocks++;
      }
    }
    // Three or more paragraphs that are no teaser's blurb are a story's body: the choice stands.
    if (storyParagraphs >= MIN_UNITS || inListing <= unitsChosen) {
      return chosen;
    }
    if (chosenBlurbs == 1 && storyParagraphs == 0) {
      // The finder chose one teaser's blurb, outside the run of the others: the listing is both.
      Element both = listing;
      for (Element root : chosen) {
        both = common(both, root);
      }
      return both == body ? chosen : List.of(both);
    }
    return listingProse >= lost || inListing >= 2 * lostBlocks ? List.of(listing) : chosen;
  }

  private static Element common(Element a, Element b) {
    if (a == null) {
      return b;
    }
    Set<Element> above = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element e = a; e != null; e = e.parent()) {
      above.add(e);
    }
    for (Element e = b; e != null; e = e.parent()) {
      if (above.contains(e)) {
        return e;
      }
    }
    return a;
  }
}
