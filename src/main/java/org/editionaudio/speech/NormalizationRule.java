package org.editionaudio.speech;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One row of the normalization table: a pattern and what to say instead of each match.
 *
 * @param name what the rule handles, for tests and failures
 * @param pattern what it matches
 * @param replacer the spoken form of a match, or null to leave the match as written
 */
record NormalizationRule(String name, Pattern pattern, Replacer replacer) {

  /** Computes the spoken form of one match. */
  @FunctionalInterface
  interface Replacer {
    /** The replacement of the current match (read it, never move it), or null to keep it; may protect words in {@code draft}. */
    String replace(Matcher match, NormalizingLine draft);
  }

  /** Letters and digits may not touch a match at its start. */
  static final String START = "(?<![\\p{L}\\p{N}\\uE000-\\uF8FF])";
  /** Letters and digits may not touch a match at its end. */
  static final String END = "(?![\\p{L}\\p{N}\\uE000-\\uF8FF])";
  /** A written number: digits with optional thousands separators. */
  static final String INTEGER = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)";
  /** A written number with optional decimals. */
  static final String NUMBER = INTEGER + "(?:\\.\\d+)?";

  static NormalizationRule of(String name, String regex, Replacer replacer) {
    return new NormalizationRule(name, Pattern.compile(regex), replacer);
  }

  void apply(NormalizingLine draft) {
    Matcher matcher = pattern.matcher(draft.text());
    if (!matcher.find()) {
      return;
    }
    StringBuilder out = new StringBuilder();
    do {
      String spoken = replacer.replace(matcher, draft);
      matcher.appendReplacement(out, Matcher.quoteReplacement(spoken == null ? matcher.group() : spoken));
    } while (matcher.find());
    matcher.appendTail(out);
    draft.text(out.toString());
  }
}
