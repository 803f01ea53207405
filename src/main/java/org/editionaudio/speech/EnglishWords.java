package org.editionaudio.speech;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import marytts.fst.FSTLookup;

/**
 * MaryTTS's own US English lexicon (CMUdict), asked whether a word in capitals is an English word
 * said as a word ("WAS", "PARIS") or an acronym it spells ("BBC"), and whether it knows a word at all.
 */
final class EnglishWords {
  private static final String LEXICON = "/marytts/language/en_US/lexicon/cmudict.fst";
  // The phones of the letter names, as MaryTTS's lexicon writes them.
  private static final String[] LETTERS = {
    "EI", "b i", "s i", "d i", "i", "E f", "dZ i", "EI tS", "AI", "dZ EI", "k EI", "E l", "E m", "E n", "@U",
    "p i", "k j u", "A r", "E s", "t i", "j u", "v i", "d V b @ l j u", "E k s", "w AI", "z i"
  };

  private EnglishWords() {}

  /** True when the lexicon has {@code word} (in lower case) and does not spell it letter by letter. */
  static boolean isWord(String word) {
    String[] found = lookup(word);
    return found.length > 0 && !spelled(word, found[0]);
  }

  /** True when the lexicon has {@code word} said letter by letter, as an acronym ("BBC"). */
  static boolean isSpelledAcronym(String word) {
    String[] found = lookup(word);
    return found.length > 0 && spelled(word, found[0]);
  }

  /** True when the lexicon has {@code word} in any form. */
  static boolean isKnown(String word) {
    return lookup(word).length > 0;
  }

  // Short words that may stand between longer ones when a run of letters is cut into words.
  private static final java.util.Set<String> SHORT_WORDS = java.util.Set.of(
      "of", "in", "on", "my", "to", "at", "go", "up", "us", "me", "we", "by", "do", "no", "so", "an", "or", "it", "is", "be", "a", "i");

  /**
   * A run of letters cut into the fewest words the lexicon knows ("stateof" → "state of",
   * "livenation" → "live nation"), or null when it cannot be cut so.
   */
  static String segment(String letters) {
    int n = letters.length();
    int[] pieces = new int[n + 1];
    int[] from = new int[n + 1];
    java.util.Arrays.fill(pieces, Integer.MAX_VALUE);
    pieces[0] = 0;
    for (int end = 1; end <= n; end++) {
      for (int start = Math.max(0, end - 20); start < end; start++) {
        if (pieces[start] == Integer.MAX_VALUE) {
          continue;
        }
        String piece = letters.substring(start, end);
        boolean word = piece.length() >= 3 ? isWord(piece) : SHORT_WORDS.contains(piece);
        if (word && pieces[start] + 1 < pieces[end]) {
          pieces[end] = pieces[start] + 1;
          from[end] = start;
        }
      }
    }
    if (pieces[n] == Integer.MAX_VALUE || pieces[n] < 2) {
      return null;
    }
    java.util.Deque<String> words = new java.util.ArrayDeque<>();
    for (int end = n; end > 0; end = from[end]) {
      words.addFirst(letters.substring(from[end], end));
    }
    return String.join(" ", words);
  }

  private static String[] lookup(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    synchronized (Holder.FST) {
      return Holder.FST.lookup(lower);
    }
  }

  private static boolean spelled(String word, String phonemes) {
    String plain = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    StringBuilder letters = new StringBuilder();
    for (char c : plain.toCharArray()) {
      letters.append(' ').append(LETTERS[c - 'a']);
    }
    String phones = phonemes.replaceAll("['-]", " ").replaceAll("\\s+", " ").strip();
    return phones.equals(letters.toString().strip());
  }

  /** The lexicon, loaded on first use (a tenth of a second). */
  private static final class Holder {
    static final FSTLookup FST = load();

    private static FSTLookup load() {
      try (InputStream in = EnglishWords.class.getResourceAsStream(LEXICON)) {
        if (in == null) {
          throw new IllegalStateException("MaryTTS's English lexicon " + LEXICON + " is missing from the class path");
        }
        return new FSTLookup(in, LEXICON);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
