package org.editionaudio.edition;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
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
  private static final Pattern DECLARED_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?[\\w-]+");
  private static final int MAX_BOLD_HEADING_WORDS = 20;

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
      Block headline = headlines.size() == 1 ? headlines.get(0) : null;
      title = first(headline == null ? null : headline.text(), meta.title(), fileTitle(input));
      int start = 0;
      if (headline != null) {
        // Above the headline sit the kicker, the section label and the dateline, never the story.
        start = blocks.indexOf(headline) + 1;
        blocks.subList(0, start - 1).forEach(b -> dropped.accept(new Dropped("above the headline", b.text())));
      }
      stories = assemble(blocks.subList(start, blocks.size()), title, dropped);
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
      if (inside.contains(block.container())) {
        kept.add(block);
      } else {
        dropped.accept(new Dropped("outside the main content", block.text()));
      }
    }
    return kept;
  }

  /** Groups blocks into stories: a heading, a bold headline paragraph or a bold lead-in starts one. */
  private List<Section> assemble(List<Block> blocks, String title, Consumer<Dropped> dropped) {
    long leadIns = blocks.stream().filter(HtmlEditionReader::isLeadIn).count();
    SectionCollector sections = new SectionCollector(title);
    for (Block block : blocks) {
      String rule = dropRule(block);
      if (rule != null) {
        dropped.accept(new Dropped(rule, block.text()));
      } else if (block.isHeading()) {
        sections.heading(block.text(), block.url());
      } else if (isBoldHeadline(block)) {
        sections.heading(block.text(), block.url());
      } else if (leadIns >= 2 && isLeadIn(block)) {
        sections.heading(leadInTitle(block.leadIn()), block.url());
        sections.paragraph(block.afterLeadIn());
      } else {
        sections.paragraph(block.text());
      }
    }
    return sections.sections();
  }

  /** Why a block is not read, or null when it is read. */
  private String dropRule(Block block) {
    String phrase = profile.neverReadPhrase(block.text());
    if (phrase != null) {
      return "profile never-read '" + phrase + "'";
    }
    // A whole linked sentence is still a sentence; a run of linked labels is navigation.
    if (!block.isHeading() && !isBoldHeadline(block) && block.linkDensity() > MAX_LINK_DENSITY
        && !isLinkedSentence(block.text())) {
      return "mostly links";
    }
    return Boilerplate.rule(block.text()).orElse(null);
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

  /** A short bold paragraph of its own: a newsletter's headline cell or a bold subhead. */
  private static boolean isBoldHeadline(Block block) {
    return block.bold() && Boilerplate.words(block.text()) <= MAX_BOLD_HEADING_WORDS && !endsSentence(block.text());
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
    return words >= 2 && words <= MAX_LEAD_IN_WORDS && lead.matches("(?s).*[.:!?]$")
        && Boilerplate.words(block.afterLeadIn()) >= 3;
  }

  private static String leadInTitle(String lead) {
    return lead.replaceAll("[\\s.:]+$", "");
  }

  private static boolean endsSentence(String text) {
    return text.matches("(?s).*[.,;:][\"”’)]?$");
  }

  private static Document parse(InputDocument input) throws EditionException {
    try {
      byte[] bytes = input.bytes();
      // A null charset lets Jsoup honour the byte-order mark and the page's meta charset; a page
      // that declares neither and is not UTF-8 is decoded like a text file (windows-1252).
      Document page = declaresCharset(bytes) || TextDecoder.isUtf8(bytes)
          ? Jsoup.parse(new ByteArrayInputStream(bytes), null, "")
          : Jsoup.parse(TextDecoder.decode(bytes), "");
      if (page.selectFirst("base[href]") == null) {
        // Story links are often relative; the page's own address resolves them.
        Element canonical = page.selectFirst("link[rel=canonical][href^=http], meta[property=og:url][content^=http]");
        if (canonical != null) {
          page.setBaseUri(canonical.hasAttr("href") ? canonical.attr("href") : canonical.attr("content"));
        }
      }
      return page;
    } catch (IOException e) {
      throw EditionException.unreadable(input.name(), e.getMessage());
    }
  }

  private static boolean declaresCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    return DECLARED_CHARSET.matcher(head).find() || TextDecoder.hasByteOrderMark(bytes);
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
