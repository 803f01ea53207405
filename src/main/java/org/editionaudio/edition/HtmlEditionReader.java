package org.editionaudio.edition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads an HTML page or newsletter: metadata from the page, the main content found by its
 * structure (or by the profile's selectors), stories split on headings, bold headline cells and
 * bold lead-ins, and everything that is page furniture left out.
 */
final class HtmlEditionReader implements EditionReader {
  private static final double MAX_LINK_DENSITY = 0.5;
  private static final int MAX_LEAD_IN_WORDS = 16;
  private static final int MAX_BOLD_HEADING_WORDS = 20;
  // A short linked line that recurs on the page ("FULL STORY", "Posted by …", a media link) is the template's.
  private static final int MAX_TEMPLATE_LINE_WORDS = 6;
  private static final int MIN_TEMPLATE_REPEATS = 3;
  private static final int MAX_OPENING_WORDS = 40;
  private static final double HEADLINE_RATIO = 1.1;
  private static final int MAX_CAPTION_WORDS = 60;
  private static final double FULLY_LINKED = 0.95;
  private static final int PROSE_WORDS = 10;
  private static final int MIN_DESCRIPTION_WORDS = 4;
  private static final Pattern CONTRIBUTOR_NAME = Pattern.compile("\\p{Lu}[\\p{L}'’.-]+(\\s+\\p{Lu}[\\p{L}'’.-]+){1,3}");
  private static final int MAX_OPENING_LINE_WORDS = 15;
  // An e-mail's footer sits in its last blocks; once its first line is seen, the short lines after it are its.
  private static final int FOOTER_REGION = 15;
  private static final int NOT_A_HEADING_LEVEL = 7;
  private static final String MOSTLY_LINKS = "mostly links";
  // A headline line's own box holds a few nodes; a larger one is not read whole for a badge.
  private static final int MAX_HEADLINE_BOX_NODES = 4;

  private final Profile profile;

  HtmlEditionReader() {
    this(Profile.generic());
  }

  HtmlEditionReader(Profile profile) {
    this.profile = profile;
  }

  @Override
  public Edition read(InputDocument input) throws EditionException {
    return read(input, dropped -> {});
  }

  @Override
  public Edition read(InputDocument input, Consumer<Dropped> dropped) throws EditionException {
    Document page = parse(input);
    PageMetadata meta = PageMetadata.of(page, profile);
    if (profile.drop() != null) {
      Elements drop = page.select(profile.drop());
      Set<Element> dropping = Collections.newSetFromMap(new IdentityHashMap<>());
      dropping.addAll(drop);
      for (Element element : drop) {
        if (element.parents().stream().noneMatch(dropping::contains)) {
          dropped.accept(new Dropped("profile drop '" + profile.drop() + "'", element.text()));
        }
      }
      PageCleaner.removeAll(drop);
    }
    // Image descriptions, read before the images go: a paragraph that repeats one is its caption.
    Set<String> imageDescriptions = new java.util.HashSet<>();
    for (Element image : page.select("img[alt]")) {
      String alt = TextCleaner.clean(image.attr("alt")).toLowerCase(Locale.ROOT);
      if (Boilerplate.words(alt) >= MIN_DESCRIPTION_WORDS) {
        imageDescriptions.add(alt);
      }
    }
    // The page's one h1, read before its header goes: it names the edition when the content has none.
    Elements pageHeadlines = page.select("h1");
    String pageHeadline = pageHeadlines.size() == 1 ? pageHeadlines.get(0).text() : null;
    PageCleaner.clean(page, dropped);

    List<Section> stories;
    String title;
    if (profile.hasStories()) {
      title = first(meta.title(), fileTitle(input));
      stories = profileStories(page, title, dropped);
    } else {
      List<Block> blocks = contentBlocks(page, dropped);
      List<Block> headlines = blocks.stream().filter(b -> b.headingLevel() == 1).toList();
      // One h1 is the edition's headline; several are the stories' own (HTML5 articles).
      // A lone h1 that heads a later teaser is one story's headline on a front page, not the page's.
      boolean teaserH1 = headlines.size() == 1 && TeaserListing.headsALaterTeaser(blocks, headlines.get(0));
      Block headline = headlines.size() == 1 && !teaserH1 ? headlines.get(0) : null;
      // Without a headline in the content, the page's one h1 (in its header) still names the edition
      // better than <title>, which adds the site's name: the opening is not a story named after the tab.
      title = first(headline == null ? (teaserH1 ? null : pageHeadline) : headline.text(), meta.title(),
          fileTitle(input));
      int start = 0;
      if (headline != null) {
        // Above the headline sit the kicker, the section label and the dateline, never the story.
        start = blocks.indexOf(headline) + 1;
        blocks.subList(0, start - 1).forEach(b -> dropped.accept(new Dropped("above the headline", b.text())));
      }
      stories = assemble(blocks.subList(start, blocks.size()), title, headline == null, imageDescriptions, dropped);
      stories = SelfPromotion.without(stories, page.baseUri(), meta.publication(), dropped);
    }
    if (stories.isEmpty()) {
      throw EditionException.nothingToRead(input.name(), "the page has no story text, only page furniture");
    }
    LocalDate date = meta.date();
    String id = EditionId.of(date, title, input.name());
    String publication = profile.publication() != null ? profile.publication() : meta.publication();
    return new Edition(id, title, date, publication, input.name(), stories);
  }

  /** The blocks of the main content: the profile's body elements, or those the content finder picks. */
  private List<Block> contentBlocks(Document page, Consumer<Dropped> dropped) {
    Element body = page.body();
    List<Block> all = BlockWalker.blocks(body);
    List<Element> roots = profile.body() != null ? page.select(profile.body()) : ContentFinder.find(body, all);
    if (roots.isEmpty()) {
      roots = List.of(body);
    }
    Set<Element> inside = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element root : roots) {
      inside.addAll(root.getAllElements());
    }
    List<Block> kept = new ArrayList<>();
    for (Block block : all) {
      // Text held directly in an inline or unknown wrapper has its nearest block outside; its words are inside.
      if (inside.contains(block.container()) || block.textElement() != null && inside.contains(block.textElement())) {
        kept.add(block);
      } else {
        dropped.accept(new Dropped("outside the main content", block.text()));
      }
    }
    return kept;
  }

  /** Groups blocks into stories: a heading, a bold headline paragraph or a bold lead-in starts one. */
  private List<Section> assemble(List<Block> walked, String title, boolean noHeadline, Set<String> imageDescriptions,
      Consumer<Dropped> dropped) {
    List<Block> blocks = TrailingFurniture.cut(walked, dropped);
    FontSizes sizes = FontSizes.of(blocks);
    // Drawn as a headline: a heading tag, larger type or a bold line of its own.
    IntPredicate drawnAsHeadline = i -> blocks.get(i).isHeading() || isSizedHeadline(blocks.get(i), sizes)
        || isBoldHeadline(blocks.get(i));
    long leadIns = blocks.stream().filter(HtmlEditionReader::isLeadIn).count();
    Map<String, Integer> repeats = new HashMap<>();
    for (Block block : blocks) {
      if (!block.isHeading() && Boilerplate.words(block.text()) <= MAX_TEMPLATE_LINE_WORDS) {
        repeats.merge(block.text().toLowerCase(Locale.ROOT), 1, Integer::sum);
      }
    }
    List<String> rules = new ArrayList<>();
    Map<Element, int[]> linesDropped = new IdentityHashMap<>();
    Set<Block> kickers = TeaserListing.kickers(blocks);
    boolean[] endMarks = EndMarks.find(blocks, i -> !blocks.get(i).isHeading() && blocks.get(i).linkDensity() == 0
        && !blocks.get(i).bold() && !isSizedHeadline(blocks.get(i), sizes), drawnAsHeadline);
    for (int at = 0; at < blocks.size(); at++) {
      Block block = blocks.get(at);
      String rule = dropRule(block);
      if (rule == null && kickers.contains(block)) {
        rule = "kicker above a teaser's headline";
      }
      if (rule != null && (block.isHeading() || isBoldHeadline(block)) && HeadlineTags.isSponsored(block.text())) {
        // "… (Sponsor)": a paid slot, dropped below with its blurb, not a line alone.
        rule = null;
      }
      if ("dateline".equals(rule) && (block.isHeading() || isSizedHeadline(block, sizes) || isBoldHeadline(block))
          && Boilerplate.isDatedTitle(block.text())) {
        // "Open Day: April 5": a headline that names an event and its date.
        rule = null;
      }
      if (rule == null && endMarks[at]) {
        rule = EndMarks.RULE;
      }
      if (rule == null && !block.isHeading() && block.linkDensity() > 0 && !endsWithStop(block.text())
          && repeats.getOrDefault(block.text().toLowerCase(Locale.ROOT), 0) >= MIN_TEMPLATE_REPEATS) {
        rule = "repeated template line";
      }
      if (rule == null && !block.isHeading() && !imageDescriptions.isEmpty()) {
        String lower = block.text().toLowerCase(Locale.ROOT);
        if (imageDescriptions.stream().anyMatch(lower::startsWith)) {
          rule = "caption (repeats an image's description)";
        }
      }
      rules.add(rule);
      if (!block.isHeading() && block.container() != null) {
        int[] counts = linesDropped.computeIfAbsent(block.container(), c -> new int[2]);
        counts[0]++;
        counts[1] += rule == null ? 0 : 1;
      }
    }
    // A credit line takes its caption with it, a role line the contributor's name above it.
    for (int i = 1; i < blocks.size(); i++) {
      Block before = blocks.get(i - 1);
      if (rules.get(i - 1) != null || before.isHeading() || before.container() == null) {
        continue;
      }
      Element here = blocks.get(i).container();
      boolean sameBox = before.container() == here;
      boolean sameParent = sameBox || (here != null && before.container().parent() == here.parent());
      if (!sameParent) {
        continue;
      }
      if (sameBox && "caption or credit".equals(rules.get(i)) && Boilerplate.words(blocks.get(i).text()) <= 4
          && Boilerplate.words(before.text()) <= MAX_CAPTION_WORDS) {
        rules.set(i - 1, "caption (above its credit)");
      } else if ("contributor line".equals(rules.get(i)) && CONTRIBUTOR_NAME.matcher(before.text()).matches()) {
        rules.set(i - 1, "contributor name (above its role)");
      }
    }
    // The page's repeating story unit: linked headline lines over a blurb are stories, not link lists.
    boolean[] linkedUnit = StoryUnits.linkedHeadlines(blocks, rules);
    for (int i = 0; i < blocks.size(); i++) {
      if (linkedUnit[i]) {
        rules.set(i, null);
      }
    }
    boolean[] listEntry = StoryUnits.linkedListEntries(blocks, rules);
    boolean[] deck = StoryUnits.decksInHeadlineLinks(blocks, rules, i -> isBoldHeadline(blocks.get(i)));
    for (int i = 0; i < blocks.size(); i++) {
      if (listEntry[i] || deck[i]) {
        dropped.accept(new Dropped(listEntry[i] ? "kept: linked entry of a story's list (most of its list is text)"
            : "kept: deck inside its headline's link (the teaser's text, not a link list)", blocks.get(i).text()));
        rules.set(i, null);
      }
    }
    List<Block> listed = blocks;
    boolean[] contentsLabel = EditionOpening.contentsLabels(blocks, rules, i -> rules.get(i) == null
        && (listed.get(i).isHeading() || isSizedHeadline(listed.get(i), sizes) || isBoldHeadline(listed.get(i))
        || linkedUnit[i]));
    for (int i = 0; i < blocks.size(); i++) {
      if (contentsLabel[i]) {
        rules.set(i, EditionOpening.CONTENTS);
      }
    }
    boolean[] nestedHeading = StoryUnits.nestedSubheadings(blocks, rules);
    // Headlines drawn larger than the body text; where a page has them, a bold line of body size is a subhead.
    long sizedHeadlines = blocks.stream().filter(b -> isSizedHeadline(b, sizes)).count();
    boolean afterSizedHeadline = false;
    SectionCollector sections = new SectionCollector(title);
    // A bold lead-in that recurs on the page ("Why it matters:") is a run-in label inside stories,
    // not a digest item's headline.
    Map<String, Integer> labels = new HashMap<>();
    for (Block block : blocks) {
      if (isLeadIn(block)) {
        labels.merge(leadKey(block), 1, Integer::sum);
      }
    }
    boolean[] subhead = subheads(blocks, rules, sizes, sizedHeadlines);
    boolean[] listingEntry = StoryUnits.listingLeadIns(blocks, rules,
        i -> !blocks.get(i).isHeading() && isBoldHeadline(blocks.get(i)), i -> isLeadIn(blocks.get(i)));
    boolean[] insideNamed = StoryUnits.insideNamedStories(blocks, rules,
        drawnAsHeadline,
        i -> !blocks.get(i).isHeading() && (isBoldHeadline(blocks.get(i)) || isLeadIn(blocks.get(i))));
    boolean[] drawnUnlike = HeadlineForms.subheads(blocks, rules,
        drawnAsHeadline,
        i -> !blocks.get(i).isHeading() && !isSizedHeadline(blocks.get(i), sizes) && isBoldHeadline(blocks.get(i)));
    // Lead-ins are the page's story unit only when headlines do not already carry the stories: where
    // most headlines are followed by plain prose, a lead-in right under a headline is its dateline or label.
    int headlinesThenLead = 0;
    int headlinesThenProse = 0;
    boolean[] openingLeadIn = new boolean[blocks.size()];
    for (int i = 0; i < blocks.size(); i++) {
      Block block = blocks.get(i);
      if (rules.get(i) != null || !(block.isHeading() || isSizedHeadline(block, sizes) || isBoldHeadline(block))) {
        continue;
      }
      for (int j = i + 1; j < blocks.size(); j++) {
        Block next = blocks.get(j);
        if (rules.get(j) != null) {
          continue;
        }
        if (isLeadIn(next)) {
          headlinesThenLead++;
          openingLeadIn[j] = true;
        } else if (!(next.isHeading() || isSizedHeadline(next, sizes) || isBoldHeadline(next))) {
          headlinesThenProse++;
        }
        break;
      }
    }
    // ... and only when every lead-in opens a story: digest items follow one another.
    boolean leadInsAreLabels = headlinesThenProse > headlinesThenLead && headlinesThenLead == leadIns;
    IntPredicate startsStory = i -> drawnAsHeadline.test(i) || linkedUnit[i];
    boolean[] sponsorAbove = SponsorSlots.labelsAboveHeadlines(blocks, rules, startsStory);
    boolean sponsorNext = false;
    List<String> headlineTexts = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      if (rules.get(i) == null && startsStory.test(i)) {
        headlineTexts.add(linkedUnit[i] ? StoryUnits.headlineOf(blocks.get(i)) : blocks.get(i).text());
      }
    }
    boolean taggedHeadlines = HeadlineTags.onPage(headlineTexts);
    boolean[] trailing = StoriesElement.trailing(blocks, rules, startsStory);
    // Under a job board's or an ask's headline, everything up to the next headline of its rank goes.
    int promotedLevel = 0;
    boolean inFooter = false;
    for (int i = 0; i < blocks.size(); i++) {
      Block block = blocks.get(i);
      String rule = rules.get(i);
      if ((Promotions.FOOTER.equals(rule) || "copyright line".equals(rule)) && blocks.size() - i <= FOOTER_REGION) {
        inFooter = true;
      } else if (rule == null && inFooter && !block.isHeading() && !isProse(block.text())) {
        rule = "e-mail footer (a line after the footer began)";
      }
      int[] counts = block.container() == null ? null : linesDropped.get(block.container());
      // The lines of a footer or sign-up box: when most lines of one block are furniture, so is the rest.
      if (rule == null && counts != null && counts[0] >= 3 && counts[1] * 2 >= counts[0] && !block.isHeading()
          && !isProse(block.text())) {
        rule = "line of a furniture block";
      }
      if (rule == null && trailing[i]) {
        rule = StoriesElement.RULE;
      }
      if (rule == null && sponsorAbove[i]) {
        rule = SponsorSlots.LABEL;
        sponsorNext = true;
      }
      if (rule != null) {
        dropped.accept(new Dropped(rule, block.text()));
        continue;
      }
      boolean sized = isSizedHeadline(block, sizes);
      boolean headline = block.isHeading() || sized || isBoldHeadline(block) || linkedUnit[i];
      String headlineText = block.text();
      if (linkedUnit[i]) {
        headlineText = StoryUnits.headlineOf(block);
        if (!StoryUnits.tailOf(block).isEmpty()) {
          dropped.accept(new Dropped("link tail (after a linked headline)", StoryUnits.tailOf(block)));
        }
      }
      if (headline && nestedHeading[i]) {
        dropped.accept(new Dropped("no split: subhead (a heading below the page's story level)", block.text()));
        headline = false;
      }
      if (headline && insideNamed[i]) {
        dropped.accept(new Dropped("no split: subhead (inside a story the edition's contents names)", block.text()));
        headline = false;
      }
      if (headline && !linkedUnit[i] && (subhead[i] || drawnUnlike[i])) {
        // Read as the story's text, so whatever drops the story's text (a promoted block) drops it too.
        dropped.accept(new Dropped(subhead[i] ? "no split: subhead (one bold line inside a story under a larger headline)"
            : HeadlineForms.RULE, block.text()));
        headline = false;
      }
      if (headline && !block.isHeading() && !sized && afterSizedHeadline && sizedHeadlines >= 2) {
        // A smaller bold line right under a larger headline, with no text between, is its deck or
        // first subhead: the story has begun, no new one starts.
        dropped.accept(new Dropped("deck under a larger headline", block.text()));
        continue;
      }
      afterSizedHeadline = headline && sized;
      String promoted = headline ? Promotions.label(block.text())
          .orElse(sponsorNext || HeadlineTags.isSponsored(block.text()) ? SponsorSlots.SLOT : null) : null;
      sponsorNext &= !headline;
      if (promoted != null) {
        sections.heading(block.text(), block.url());
        sections.discard().forEach(t -> dropped.accept(new Dropped(promoted, t)));
        promotedLevel = block.isHeading() ? block.headingLevel() : NOT_A_HEADING_LEVEL;
        continue;
      }
      if (!headline && Promotions.isCrossPromotionLabel(block.text())) {
        dropped.accept(new Dropped("cross-promotion label (the site's other pages follow)", block.text()));
        promotedLevel = NOT_A_HEADING_LEVEL;
        continue;
      }
      if (promotedLevel > 0 && (!headline || block.isHeading() && block.headingLevel() > promotedLevel)) {
        dropped.accept(new Dropped("promoted block (under a job, call-to-action or cross-promotion label)", block.text()));
        continue;
      }
      if (headline) {
        promotedLevel = 0;
      }
      if (Boilerplate.isSponsorLabel(block.text())) {
        // "Presented by", "A message from our sponsor": the block it introduces goes, body and all.
        if (headline) {
          sections.heading(block.text(), block.url());
        }
        sections.discard().forEach(t -> dropped.accept(new Dropped("sponsor label", t)));
        if (!headline) {
          dropped.accept(new Dropped("sponsor label", block.text()));
        }
        continue;
      }
      if (!headline && Boilerplate.isSponsorDisclosure(block.text())) {
        sections.discardClosedStory().forEach(t -> dropped.accept(new Dropped("promoted story (its own disclosure)", t)));
        dropped.accept(new Dropped("promoted story (its own disclosure)", block.text()));
        continue;
      }
      if (!headline && sections.discarding() && !(leadIns >= 2 && isLeadIn(block))) {
        dropped.accept(new Dropped("promoted block (after a sponsor label)", block.text()));
        continue;
      }
      if (headline) {
        // --explain accounts for every split too, under rules named "story split: …".
        // A badge sits in a heading, or in a headline line that is its (small) box's only text.
        String badge = block.container() != null && (block.isHeading()
            || block.container().childNodeSize() <= MAX_HEADLINE_BOX_NODES
            && HeadlineParts.text(block.container()).equals(block.text()))
            ? HeadlineParts.badge(block.container()) : null;
        if (block.isHeading() && block.leadIn() != null) {
          dropped.accept(new Dropped("story split: heading holding a bold title and its blurb (a digest item)",
              block.leadIn()));
          sections.heading(leadInTitle(block.leadIn()), block.url());
          sections.paragraph(block.afterLeadIn());
          continue;
        }
        dropped.accept(new Dropped(block.isHeading() ? "story split: heading h" + block.headingLevel()
            : sized ? "story split: headline drawn larger than the text"
            : linkedUnit[i] ? "story split: linked headline over a blurb (the page's story unit)"
            : "story split: bold headline line",
            headlineText));
        if (taggedHeadlines && HeadlineTags.tag(headlineText) != null) {
          dropped.accept(new Dropped(HeadlineTags.RULE, HeadlineTags.tag(headlineText)));
          headlineText = HeadlineTags.strip(headlineText);
        }
        if (badge != null && headlineText.startsWith(badge)) {
          dropped.accept(new Dropped("kicker badge (its own element before the headline)", badge));
          headlineText = TextCleaner.clean(headlineText.substring(badge.length()));
        }
        sections.heading(headlineText, linkedUnit[i] && block.url() == null ? BlockWalker.link(block.container()) : block.url());
      } else if (leadIns >= 2 && isLeadIn(block) && listingEntry[i]) {
        dropped.accept(new Dropped("no split: lead-in inside a listing (after bold lines with no text of their own)",
            block.leadIn()));
        sections.paragraph(block.text());
      } else if (leadIns >= 2 && isLeadIn(block) && insideNamed[i]) {
        dropped.accept(new Dropped("no split: lead-in inside a story the edition's contents names", block.leadIn()));
        sections.paragraph(block.text());
      } else if (leadIns >= 2 && isLeadIn(block) && leadInsAreLabels && openingLeadIn[i]) {
        dropped.accept(new Dropped("no split: lead-in opening a story (most headlines are followed by prose)",
            block.leadIn()));
        sections.paragraph(block.text());
      } else if (leadIns >= 2 && isLeadIn(block) && labels.getOrDefault(leadKey(block), 0) < 2) {
        dropped.accept(new Dropped("story split: bold lead-in (a digest item)", block.leadIn()));
        sections.heading(leadInTitle(block.leadIn()), block.url());
        sections.paragraph(block.afterLeadIn());
      } else {
        if (isLeadIn(block) && leadIns >= 2) {
          dropped.accept(new Dropped("no split: run-in label (recurs on the page)", block.leadIn()));
        }
        sections.paragraph(block.text());
      }
    }
    List<Section> stories = sections.sections();
    if (stories.size() - (sections.opening().isEmpty() ? 0 : 1) >= 2) {
      // A greeting before the first of several stories: the spoken intro opens the edition instead.
      sections.dropFromOpening(EditionOpening::isGreeting)
          .forEach(p -> dropped.accept(new Dropped(EditionOpening.GREETING, p)));
      List<Section> later = sections.sections().subList(sections.opening().isEmpty() ? 0 : 1, sections.sections().size());
      sections.dropFromOpening(p -> EditionOpening.isSummaryLine(p, later))
          .forEach(p -> dropped.accept(new Dropped(EditionOpening.SUMMARY, p)));
      stories = sections.sections();
    }
    // An edition with no headline of its own opens with its masthead, greeting or contents, not a story.
    List<String> opening = sections.opening();
    if (noHeadline && stories.size() >= 3 && !opening.isEmpty()
        && opening.stream().mapToInt(Boilerplate::words).sum() <= MAX_OPENING_WORDS
        && opening.stream().allMatch(p -> Boilerplate.words(p) <= MAX_OPENING_LINE_WORDS)) {
      opening.forEach(p -> dropped.accept(new Dropped("edition opening (masthead, greeting, contents)", p)));
      sections.dropOpening();
      stories = sections.sections();
    }
    // A first section of short lines naming the stories after it is the edition's contents: never read.
    if (stories.size() >= 3 && EditionOpening.isContents(stories.get(0), stories.subList(1, stories.size()))) {
      Section contents = stories.get(0);
      dropped.accept(new Dropped(EditionOpening.CONTENTS_LIST, contents.title()));
      contents.paragraphs().forEach(p -> dropped.accept(new Dropped(EditionOpening.CONTENTS_LIST, p)));
      stories = stories.subList(1, stories.size());
    }
    stories = EditionClosing.without(stories, dropped);
    return TeaserCopies.withoutCopies(stories, dropped);
  }

  /**
   * Marks the bold body-size lines that are in-story subheads: on a page whose stories start with
   * larger headlines, a story with prose before its only bold line keeps that line as text. Two or
   * more bold lines under one larger headline are a run of stories (a briefs column), not subheads.
   */
  private static boolean[] subheads(List<Block> blocks, List<String> rules, FontSizes sizes, long sizedHeadlines) {
    boolean[] subhead = new boolean[blocks.size()];
    if (sizedHeadlines < 2) {
      return subhead;
    }
    boolean inSizedStory = false;
    boolean prose = false;
    List<Integer> bold = new ArrayList<>();
    for (int i = 0; i <= blocks.size(); i++) {
      Block block = i < blocks.size() ? blocks.get(i) : null;
      if (block != null && rules.get(i) != null) {
        continue;
      }
      boolean sized = block != null && isSizedHeadline(block, sizes);
      if (block == null || sized || block.isHeading()) {
        if (inSizedStory && bold.size() == 1 && bold.get(0) >= 0) {
          subhead[bold.get(0)] = true;
        }
        inSizedStory = sized;
        prose = false;
        bold.clear();
      } else if (isBoldHeadline(block)) {
        if (prose) {
          bold.add(i);
        } else {
          bold.add(-1);
        }
      } else {
        prose = true;
      }
    }
    return subhead;
  }

  /** A sentence a newsreader would say: long enough, and ending as a sentence ends. */
  private static boolean isProse(String text) {
    return Boilerplate.words(text) >= PROSE_WORDS && endsWithStop(text);
  }

  private static boolean endsWithStop(String text) {
    return text.matches("(?s).*[.!?][\"”’)]?$");
  }

  /** Why a block is not read, or null when it is read. */
  private String dropRule(Block block) {
    String phrase = profile.neverReadPhrase(block.text());
    if (phrase != null) {
      return "profile never-read '" + phrase + "'";
    }
    // A whole linked sentence is still a sentence; a run of linked labels is navigation.
    if (!block.isHeading() && !isBoldHeadline(block) && block.linkDensity() > MAX_LINK_DENSITY
        && !isLinkedSentence(block.text()) && !isLinkedListSentence(block)) {
      return MOSTLY_LINKS;
    }
    String rule = Boilerplate.rule(block.text()).orElse(null);
    if (rule == null && !block.isHeading() && !isBoldHeadline(block)) {
      rule = Promotions.rule(block.text()).orElse(null);
    }
    return rule;
  }

  /** Each element the profile names as a story is one section: its headline, then its body's paragraphs. */
  private List<Section> profileStories(Document page, String title, Consumer<Dropped> dropped) {
    List<Section> sections = new ArrayList<>();
    for (Element story : page.select(profile.stories())) {
      Element headline = profile.headline() != null
          ? story.selectFirst(profile.headline()) : story.selectFirst("h1, h2, h3, h4, h5, h6");
      String storyTitle = headline == null ? title : TextCleaner.clean(headline.text());
      String url = headline == null ? null : BlockWalker.link(headline);
      if (headline != null) {
        headline.remove();
      }
      List<Element> bodies = profile.body() != null ? story.select(profile.body()) : List.of(story);
      List<String> paragraphs = new ArrayList<>();
      for (Element body : bodies) {
        for (Block block : BlockWalker.blocks(body)) {
          String rule = dropRule(block);
          if (rule != null) {
            dropped.accept(new Dropped(rule, block.text()));
          } else {
            paragraphs.add(block.text());
          }
        }
      }
      if (!paragraphs.isEmpty()) {
        sections.add(new Section(storyTitle.isEmpty() ? title : storyTitle, paragraphs, url));
      }
    }
    return sections;
  }

  /** A short line of its own drawn clearly larger than the page's body text: a headline without a heading tag. */
  private static boolean isSizedHeadline(Block block, FontSizes sizes) {
    return !block.isHeading() && block.leadIn() == null && Boilerplate.words(block.text()) <= MAX_BOLD_HEADING_WORDS
        && !endsSentence(withoutEllipsis(block.text())) && sizes.ratio(block) >= HEADLINE_RATIO;
  }

  /** A short bold paragraph of its own: a newsletter's headline cell or a bold subhead. */
  private static boolean isBoldHeadline(Block block) {
    return block.bold() && Boilerplate.words(block.text()) <= MAX_BOLD_HEADING_WORDS && !endsSentence(block.text());
  }

  /** A list item that is a linked sentence ("Ana fixed the crash in the printing dialog"), not a menu label. */
  private static boolean isLinkedListSentence(Block block) {
    if (block.container() == null || !block.container().normalName().equals("li")) {
      return false;
    }
    String text = block.text();
    long lower = java.util.Arrays.stream(text.split("\\s+")).filter(w -> !w.isEmpty() && Character.isLowerCase(w.charAt(0))).count();
    return Boilerplate.words(text) >= 5 && lower >= 3 && block.linkDensity() < FULLY_LINKED;
  }

  private static boolean isLinkedSentence(String text) {
    return Boilerplate.words(text) >= 10 && text.matches("(?s).*\\p{Ll}.*[.!?][\"”’)]?$");
  }

  private static boolean isLeadIn(Block block) {
    String lead = block.leadIn();
    if (lead == null || block.isHeading()) {
      return false;
    }
    int words = Boilerplate.words(lead);
    return words >= 1 && words <= MAX_LEAD_IN_WORDS && lead.matches("(?s).*[.:!?—–]$")
        && Boilerplate.words(block.afterLeadIn()) >= 3;
  }

  private static String leadKey(Block block) {
    return leadInTitle(block.leadIn()).toLowerCase(Locale.ROOT);
  }

  private static String leadInTitle(String lead) {
    return lead.replaceAll("[\\s.:—–]+$", "");
  }

  private static String withoutEllipsis(String text) {
    return text.replaceAll("(\\.{2,}|…)$", "");
  }

  private static boolean endsSentence(String text) {
    return text.matches("(?s).*[.,;:][\"”’)]?$");
  }

  private static Document parse(InputDocument input) {
    // Decoded as a browser would: Jsoup obeys a declared label even when it cannot be right.
    Document page = Jsoup.parse(TextDecoder.decodePage(input.bytes()), "");
    if (page.selectFirst("base[href]") == null) {
      // Story links are often relative; the page's own address resolves them.
      Element canonical = page.selectFirst("link[rel=canonical][href^=http], meta[property=og:url][content^=http]");
      if (canonical != null) {
        page.setBaseUri(canonical.hasAttr("href") ? canonical.attr("href") : canonical.attr("content"));
      }
    }
    return page;
  }

  private static String fileTitle(InputDocument input) {
    String name = java.nio.file.Path.of(input.name()).getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static String first(String... candidates) {
    for (String candidate : candidates) {
      if (candidate != null && !TextCleaner.clean(candidate).isEmpty()) {
        return TextCleaner.clean(candidate);
      }
    }
    return "Untitled edition";
  }
}
