package org.editionaudio.edition;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Cuts a dateline or byline that a template glued to the end of a paragraph with no space or line
 * break ("…sorted by month.# Posted by Ana on 4/30/25"): the sentence is the story's, the tail is
 * the page's. Only a tail that starts right after the sentence's stop is cut, so a story's own last
 * sentence ("By Monday the roads were open.") is never taken for a byline.
 */
final class TrailingFurniture {
  static final String RULE = "dateline or byline glued to the end of a paragraph";
  private static final Set<String> LINE_RULES = Set.of("dateline", "byline");
  private static final int MAX_TAIL_WORDS = 14;
  private static final int MIN_SENTENCE_WORDS = 5;
  private static final int MAX_TAIL_CHARS = 160;

  private TrailingFurniture() {}

  /** The blocks with every glued tail cut off, each cut reported. */
  static List<Block> cut(List<Block> blocks, Consumer<Dropped> dropped) {
    List<Block> out = null;
    for (int i = 0; i < blocks.size(); i++) {
      Block block = blocks.get(i);
      int at = block.isHeading() ? -1 : tailStart(block.text());
      if (at < 0) {
        if (out != null) {
          out.add(block);
        }
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(blocks.subList(0, i));
      }
      dropped.accept(new Dropped(RULE, block.text().substring(at)));
      String sentence = block.text().substring(0, at);
      String lead = block.leadIn() != null && sentence.startsWith(block.leadIn()) ? block.leadIn() : null;
      out.add(new Block(sentence, 0, block.linkDensity(), block.container(), false, lead, block.url(),
          block.textElement()));
    }
    return out == null ? blocks : out;
  }

  /** Where a glued dateline or byline starts in the paragraph, or -1. */
  private static int tailStart(String text) {
    for (int i = Math.max(1, text.length() - MAX_TAIL_CHARS); i < text.length(); i++) {
      char stop = text.charAt(i - 1);
      // The tail starts right at the stop, with no space, and is not the sentence's own closing quote or dash.
      char next = text.charAt(i);
      if (".!?\"”’)".indexOf(stop) < 0 || Character.isWhitespace(next) || Character.isDigit(next)
          || "\"”’'“‘)]-–—".indexOf(next) >= 0) {
        continue;
      }
      String tail = text.substring(i);
      if (Boilerplate.words(tail) > MAX_TAIL_WORDS) {
        continue;
      }
      String sentence = text.substring(0, i);
      if (Boilerplate.words(sentence) >= MIN_SENTENCE_WORDS && sentence.matches("(?s).*[.!?][\"”’)]?$")
          && Boilerplate.rule(tail).filter(LINE_RULES::contains).isPresent()) {
        return i;
      }
    }
    return -1;
  }
}
