package org.editionaudio.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads MaryTTS's analysis of a line: the words it will say and how it found their sounds. */
public final class SpokenWords {
  /**
   * One token of the analysis.
   *
   * @param text the word as MaryTTS has it
   * @param phonemes its phonemes, or "" when MaryTTS has none (it will be silent)
   * @param method how MaryTTS found them: "lexicon", "rules", … or "" when they were given
   */
  public record Token(String text, String phonemes, String method) {
    /** Requires all three, possibly empty. */
    public Token {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(phonemes, "phonemes");
      Objects.requireNonNull(method, "method");
    }

    /** True when MaryTTS guesses the word's sounds by rule, or cannot say it at all. */
    public boolean guessed() {
      return method.equals("rules") || (phonemes.isEmpty() && text.matches(".*\\p{L}.*"));
    }
  }

  private SpokenWords() {}

  /** The tokens that are words (not punctuation), in order, from a WORDS or PHONEMES analysis. */
  public static List<Token> tokens(Document analysis) {
    List<Token> tokens = new ArrayList<>();
    NodeList ts = analysis.getElementsByTagNameNS(MaryXml.NAMESPACE, "t");
    for (int i = 0; i < ts.getLength(); i++) {
      Element t = (Element) ts.item(i);
      String text = t.getTextContent().strip();
      // The part-of-speech tagger may tag a word as punctuation ("." for a last word): letters decide.
      if (text.matches(".*[\\p{L}\\p{N}].*")) {
        tokens.add(new Token(text, t.getAttribute("ph"), t.getAttribute("g2p_method")));
      }
    }
    return tokens;
  }

  /** The words, in order. */
  public static List<String> words(Document analysis) {
    return tokens(analysis).stream().map(Token::text).toList();
  }
}
