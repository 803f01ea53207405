package org.editionaudio.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits written news text into sentences: at a full stop, question or exclamation mark or
 * ellipsis (with any closing quotes or brackets) followed by a space and a capital, digit or
 * opening quote, except after titles, initials, month and company abbreviations. A sentence
 * longer than {@link #MAX_CHARS} is cut into pieces at clause or word boundaries, so that text
 * without punctuation still reaches the engine in pieces it speaks in bounded time and memory.
 */
public final class Sentences {
  /**
   * The longest piece handed to the engine. MaryTTS's time and memory grow faster than the length
   * of one utterance (20,000 characters took over 300 s and 3 GB). Of the 7,996 sentences of the
   * real corpora in ../shared/benchmarks, the 99.9th percentile has 482 characters and two (lists
   * without a full stop, 1,328 and 1,611) are longer than this, so ordinary sentences are never cut.
   */
  static final int MAX_CHARS = 1000;
  // A clause mark (comma, semicolon, colon, dash, closing bracket or quote) followed by a space.
  private static final Pattern CLAUSE_END = Pattern.compile("[,;:\u2013\u2014)\\]\"”’](?=\\s)|\\s[\u2013\u2014-](?=\\s)");
  private static final Pattern END =
      Pattern.compile("([.!?]+|…)([\"'”’)\\]]*)\\s+(?=[\\p{Lu}\\p{N}\"“‘'(\\[])");
  private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}.]+)[.]$");
  private static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "mx", "dr", "prof", "sr", "jr", "st", "mt", "ft", "col", "gen", "lt", "maj", "capt",
      "cpt", "sgt", "adm", "cmdr", "cdr", "sen", "rep", "gov", "pres", "rev", "hon", "supt", "insp", "det",
      "no", "nos", "vs", "v", "e.g", "i.e", "approx", "inc", "corp", "co", "ltd", "bros", "dept", "univ",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ave", "blvd",
      "rd", "fig", "vol", "ch", "pp", "est", "op", "brig", "messrs");
  // After "U.S." or "a.m." a sentence ends only when a typical sentence opener follows.
  private static final Set<String> OPENERS = Set.of(
      "the", "a", "an", "in", "it", "its", "he", "she", "they", "we", "i", "but", "and", "this", "that",
      "these", "those", "there", "however", "meanwhile", "officials", "authorities", "on", "at", "as", "if",
      "when", "after", "before", "his", "her", "their", "our", "some", "many", "most");

  private Sentences() {}

  /** The sentences of {@code text}, in order, each stripped; a text without a boundary is one sentence. */
  public static List<String> split(String text) {
    List<String> sentences = new ArrayList<>();
    Matcher end = END.matcher(text);
    int from = 0;
    while (end.find()) {
      String candidate = text.substring(from, end.start(2) + end.group(2).length());
      if (end.group(1).equals(".") && !endsSentence(candidate, text.substring(end.end()))) {
        continue;
      }
      addIfText(sentences, candidate);
      from = end.end();
    }
    addIfText(sentences, text.substring(from));
    return sentences;
  }

  private static boolean endsSentence(String candidate, String rest) {
    String bare = candidate.replaceAll("[\"'”’)\\]]+$", "");
    Matcher word = LAST_WORD.matcher(bare);
    if (!word.find()) {
      return true;
    }
    String token = word.group(1);
    String lower = token.toLowerCase(Locale.ROOT);
    // An initial ("J. K. Rowling") or a one-letter abbreviation ("d." for defeated, "v." for versus).
    if (token.length() == 1) {
      return false;
    }
    if (ABBREVIATIONS.contains(lower)) {
      return false;
    }
    if (token.contains(".")) {
      String next = rest.split("[^\\p{L}]", 2)[0].toLowerCase(Locale.ROOT);
      return OPENERS.contains(next);
    }
    return true;
  }

  private static void addIfText(List<String> sentences, String sentence) {
    String rest = sentence.strip();
    while (rest.length() > MAX_CHARS) {
      int cut = cut(rest);
      String piece = rest.substring(0, cut).strip();
      if (!piece.isEmpty()) {
        sentences.add(piece);
      }
      rest = rest.substring(cut).strip();
    }
    if (!rest.isEmpty()) {
      sentences.add(rest);
    }
  }

  /**
   * Where to cut a text longer than {@link #MAX_CHARS}: after the last clause mark in the second
   * half of the allowed length, else at the last space, else (one endless word) at the limit,
   * never between the two halves of a surrogate pair.
   */
  private static int cut(String text) {
    Matcher clause = CLAUSE_END.matcher(text).region(MAX_CHARS / 2, MAX_CHARS);
    int at = -1;
    while (clause.find()) {
      at = clause.end();
    }
    if (at > 0) {
      return at;
    }
    for (int i = MAX_CHARS; i > 0; i--) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return Character.isHighSurrogate(text.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
  }
}
