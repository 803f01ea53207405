package org.editionaudio.edition;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an HTML page or newsletter: metadata from the page, stories split on the headings of the
 * main content, and everything that is page furniture left out.
 */
final class HtmlEditionReader implements EditionReader {
  private static final double MAX_LINK_DENSITY = 0.6;

  @Override
  public Edition read(InputDocument input) throws EditionException {
    Document page = parse(input);
    PageMetadata meta = PageMetadata.of(page);
    PageCleaner.clean(page);
    Element content = ContentFinder.find(page);
    Element h1 = content.selectFirst("h1");
    String title = first(h1 == null ? null : h1.text(), meta.title(), fileTitle(input));

    SectionCollector sections = new SectionCollector(title);
    List<Block> blocks = BlockWalker.blocks(content);
    // Above the headline sit the kicker, the section label and the dateline, never the story.
    int headline = indexOfHeadline(blocks, title);
    for (Block block : blocks.subList(headline + 1, blocks.size())) {
      if (block.isHeading()) {
        sections.heading(block.text());
      } else if (block.linkDensity() <= MAX_LINK_DENSITY && !Boilerplate.isBoilerplate(block.text())) {
        sections.paragraph(block.text());
      }
    }
    List<Section> stories = sections.sections();
    if (stories.isEmpty()) {
      throw EditionException.nothingToRead(input.name(), "the page has no story text, only page furniture");
    }
    String id = EditionId.of(meta.date(), title, input.name());
    return new Edition(id, title, meta.date(), meta.publication(), input.name(), stories);
  }

  private static int indexOfHeadline(List<Block> blocks, String title) {
    for (int i = 0; i < blocks.size(); i++) {
      Block block = blocks.get(i);
      if (block.headingLevel() == 1 && block.text().equals(title)) {
        return i;
      }
    }
    return -1;
  }

  private static Document parse(InputDocument input) throws EditionException {
    try {
      // A null charset lets Jsoup honour the byte-order mark and the page's meta charset.
      return Jsoup.parse(new ByteArrayInputStream(input.bytes()), null, "");
    } catch (IOException e) {
      throw EditionException.unreadable(input.name(), e.getMessage());
    }
  }

  private static String fileTitle(InputDocument input) {
    String name = java.nio.file.Path.of(input.name()).getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static String first(String... candidates) {
    for (String candidate : candidates) {
      if (candidate != null && !Text.clean(candidate).isEmpty()) {
        return Text.clean(candidate);
      }
    }
    return "Untitled edition";
  }
}
