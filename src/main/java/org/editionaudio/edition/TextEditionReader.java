package org.editionaudio.edition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plain-text edition: the first line is the edition's title, blank lines separate
 * paragraphs (a paragraph's wrapped lines are joined), and Markdown-style "## Headline" lines
 * start a new story. Boilerplate paragraphs are left out.
 */
final class TextEditionReader implements EditionReader {
  private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.+?)\\s*#*\\s*$");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");

  @Override
  public Edition read(InputDocument input) throws EditionException {
    return read(input, dropped -> {});
  }

  @Override
  public Edition read(InputDocument input, Consumer<Dropped> dropped) throws EditionException {
    String text = TextDecoder.decode(input.bytes()).replace("\r\n", "\n").replace('\r', '\n');
    List<String> lines = text.lines().toList();
    int first = 0;
    while (first < lines.size() && TextCleaner.clean(lines.get(first)).isEmpty()) {
      first++;
    }
    if (first == lines.size()) {
      throw EditionException.nothingToRead(input.name(), "the file has no text");
    }
    String title = headingText(lines.get(first));
    String body = String.join("\n", lines.subList(first + 1, lines.size()));

    SectionCollector sections = new SectionCollector(title);
    for (String block : blocks(body)) {
      String heading = headingOrNull(block);
      if (heading != null) {
        sections.heading(heading);
      } else {
        Optional<String> rule = Boilerplate.rule(block);
        if (rule.isPresent()) {
          dropped.accept(new Dropped(rule.get(), block));
        } else {
          sections.paragraph(block);
        }
      }
    }
    List<Section> stories = sections.sections();
    if (stories.isEmpty()) {
      throw EditionException.nothingToRead(input.name(), "no paragraph after the title is story text");
    }
    String id = EditionId.of(null, title, input.name());
    return new Edition(id, TextCleaner.clean(title), null, null, input.name(), stories);
  }

  /**
   * Paragraphs separated by blank lines; a text without any blank line has one paragraph a line.
   * A heading line is always a block of its own.
   */
  private static List<String> blocks(String body) {
    List<String> blocks = new ArrayList<>();
    boolean oneParagraphPerLine = !BLANK_LINES.matcher(body.strip()).find();
    for (String chunk : BLANK_LINES.split(body)) {
      StringBuilder paragraph = new StringBuilder();
      for (String line : chunk.split("\n")) {
        if (HEADING.matcher(line.strip()).matches() || oneParagraphPerLine) {
          addIfText(blocks, paragraph.toString());
          paragraph.setLength(0);
          addIfText(blocks, line);
        } else {
          paragraph.append(line).append('\n');
        }
      }
      addIfText(blocks, paragraph.toString());
    }
    return blocks;
  }

  private static void addIfText(List<String> blocks, String block) {
    if (!TextCleaner.clean(block).isEmpty()) {
      blocks.add(block.strip());
    }
  }

  private static String headingOrNull(String block) {
    Matcher m = HEADING.matcher(block.strip());
    return m.matches() ? m.group(1) : null;
  }

  private static String headingText(String line) {
    String heading = headingOrNull(line);
    return heading == null ? line : heading;
  }
}
