package org.editionaudio.speech;

import java.util.List;
import java.util.regex.Pattern;

/** Rewrites written news English into what MaryTTS should say, before it reaches MaryTTS. */
public final class Normalizer {

  private record Rule(Pattern pattern, String replacement) {}

  private static final List<Rule> RULES = List.of(
      // Curly quotes and apostrophes: MaryTTS splits "Mali’s" into "Mali" and "s".
      new Rule(Pattern.compile("[\\u2018\\u2019\\u201B\\u2032]"), "'"),
      new Rule(Pattern.compile("[\\u201C\\u201D\\u201E\\u2033]"), "\""),
      // A dash between words is a pause, never "minus".
      new Rule(Pattern.compile("\\s*[\\u2013\\u2014\\u2015]\\s*|\\s+-\\s+|\\s*--\\s*"), ", "),
      new Rule(Pattern.compile("\\s*(\\u2026|\\.\\.\\.)\\s*"), ", "),
      new Rule(Pattern.compile(",\\s*([,.;:!?])"), "$1"),
      new Rule(Pattern.compile("\\s+"), " "));

  /** The spoken form of a line of text. */
  public String normalize(String text) {
    String spoken = text;
    for (Rule rule : RULES) {
      spoken = rule.pattern().matcher(spoken).replaceAll(rule.replacement());
    }
    return spoken.strip();
  }
}
