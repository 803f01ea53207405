package org.editionaudio.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.editionaudio.edition.Edition;
import org.editionaudio.edition.EditionJson;
import org.editionaudio.edition.Section;
import org.editionaudio.speech.Preview;
import org.editionaudio.speech.SynthesisException;

/** {@code sections --spoken} and {@code --unknown}: the edition as it will be spoken, and the words MaryTTS guesses. */
final class SpokenSections {
  private final Edition edition;
  private final Preview preview;

  SpokenSections(Edition edition, Preview preview) {
    this.edition = edition;
    this.preview = preview;
  }

  /** The sections document with {@code spokenTitle} and a {@code spoken} array per section, and/or {@code unknown}. */
  ObjectNode json(boolean spoken, boolean unknown) throws SynthesisException {
    ObjectNode tree = EditionJson.toTree(edition);
    if (spoken) {
      ArrayNode sections = (ArrayNode) tree.get("sections");
      for (int i = 0; i < edition.sections().size(); i++) {
        Section section = edition.sections().get(i);
        ObjectNode node = (ObjectNode) sections.get(i);
        node.put("spokenTitle", said(section.title()));
        ArrayNode paragraphs = node.putArray("spoken");
        for (String paragraph : section.paragraphs()) {
          paragraphs.add(said(paragraph));
        }
      }
    }
    if (unknown) {
      ArrayNode words = tree.putArray("unknown");
      for (Preview.UnknownWord word : preview.unknown(texts())) {
        words.addObject().put("word", word.word()).put("count", word.count()).put("guess", word.guess());
      }
    }
    return tree;
  }

  /** Every headline and paragraph, each followed by "» " and its spoken words. */
  String spokenText() throws SynthesisException {
    StringBuilder out = new StringBuilder(edition.title()).append('\n');
    int number = 1;
    for (Section section : edition.sections()) {
      out.append('\n').append(number++).append(". ").append(section.title()).append('\n');
      out.append("   » ").append(said(section.title())).append('\n');
      for (String paragraph : section.paragraphs()) {
        out.append("   ").append(paragraph).append('\n');
        out.append("   » ").append(said(paragraph)).append('\n');
      }
    }
    return out.toString();
  }

  /**
   * One line per word MaryTTS guesses: the word, how often, and its guess, most frequent first; a line
   * saying so when there is none.
   */
  String unknownText() throws SynthesisException {
    List<Preview.UnknownWord> words = preview.unknown(texts());
    if (words.isEmpty()) {
      return "No unknown words: a lexicon or MaryTTS's own dictionary knows every word.\n";
    }
    StringBuilder out = new StringBuilder();
    int width = words.stream().mapToInt(w -> w.word().length()).max().orElse(0);
    for (Preview.UnknownWord word : words) {
      out.append(String.format("%-" + width + "s  %3d×  %s%n", word.word(), word.count(),
          word.guess().isEmpty() ? "(cannot be said)" : word.guess()));
    }
    return out.toString();
  }

  private List<String> texts() {
    List<String> texts = new ArrayList<>();
    for (Section section : edition.sections()) {
      texts.add(section.title());
      texts.addAll(section.paragraphs());
    }
    return texts;
  }

  private String said(String text) throws SynthesisException {
    return String.join(" ", preview.words(text));
  }
}
