package org.editionaudio.speech;

import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites written news English into what a broadcaster says, before it reaches MaryTTS. A table of
 * rules runs in a fixed order: typography and letters MaryTTS would drop, the pronunciation
 * lexicon, addresses and fixed phrases, numbers with a meaning (money, dates, times, units…),
 * abbreviations, Roman numerals and acronyms, remaining numbers, then symbols and punctuation.
 */
public final class Normalizer {
  private static final List<NormalizationRule> RULES = rules();

  private final Lexicon lexicon;

  /** A normalizer without a pronunciation lexicon. */
  public Normalizer() {
    this(Lexicon.empty());
  }

  /** A normalizer that says the words of {@code lexicon} its way. */
  public Normalizer(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The spoken form of a line of text, as plain text. */
  public String normalize(String text) {
    return spoken(text).text();
  }

  /** The spoken form of a line of text, with the words that carry their own phonemes. */
  public SpokenText spoken(String text) {
    NormalizingLine draft = new NormalizingLine(LatinFolding.fold(text));
    lexicon.apply(draft);
    for (NormalizationRule rule : RULES) {
      rule.apply(draft);
    }
    draft.text(draft.text().strip());
    return draft.finish();
  }

  private static List<NormalizationRule> rules() {
    List<NormalizationRule> rules = new ArrayList<>();
    rules.addAll(TextRules.addressesAndPhrases());
    rules.addAll(NumberRules.specific());
    rules.addAll(WordRules.rules());
    rules.addAll(NumberRules.remaining());
    rules.addAll(TextRules.symbolsAndPunctuation());
    return List.copyOf(rules);
  }
}
