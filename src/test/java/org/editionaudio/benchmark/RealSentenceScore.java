package org.editionaudio.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.editionaudio.speech.MaryPreview;
import org.editionaudio.speech.Normalizer;
import org.editionaudio.speech.Preview;
import org.editionaudio.speech.WordMatch;

/**
 * Scores the real-sentence table ({@link RealSentences}): each valid entry's located sentence
 * through the code behind {@code say --words} and through raw MaryTTS, right only when the whole
 * sentence's words equal the expected reading under {@link WordMatch}, accents folded.
 */
record RealSentenceScore(int entries, int valid, int stale, int invalid, int ours, int raw, List<String> problems, List<String> misses) {
  static final Path MISSES = Path.of("target/real-sentences-misses.txt");

  /** Checks and scores the whole table with the default voice. */
  static RealSentenceScore run() throws Exception {
    List<RealSentences.Entry> table = RealSentences.table();
    Map<String, RealSentences.Located> corpus = RealSentences.corpus();
    int stale = 0;
    int invalid = 0;
    int valid = 0;
    int ours = 0;
    int raw = 0;
    List<String> problems = new ArrayList<>();
    List<String> misses = new ArrayList<>();
    try (MaryPreview mary = MaryPreview.start()) {
      Preview preview = mary.preview();
      for (RealSentences.Checked checked : RealSentences.checkAll(table, corpus)) {
        RealSentences.Entry entry = checked.entry();
        if (!checked.valid()) {
          if (checked.stale()) {
            stale++;
          } else {
            invalid++;
          }
          problems.add("line " + entry.line() + " " + entry.locator() + ": " + checked.problem());
          continue;
        }
        valid++;
        String ourWords = NormalizationBenchmark.compared(preview.tokens(checked.sentence()));
        String rawWords = NormalizationBenchmark.rawWords(mary.engine(), mary.voice(), checked.sentence());
        if (same(checked.expected(), ourWords)) {
          ours++;
        } else {
          misses.add("line " + entry.line() + " " + entry.locator() + " [" + String.join(",", entry.classes()) + "]\n"
              + "  expected: " + String.join(" ", WordMatch.words(folded(checked.expected()))) + "\n"
              + "  spoken:   " + String.join(" ", WordMatch.words(folded(ourWords))));
        }
        if (same(checked.expected(), rawWords)) {
          raw++;
        }
      }
    }
    return new RealSentenceScore(table.size(), valid, stale, invalid, ours, raw, problems, misses);
  }

  // Accents are folded on both sides: "José" read as "Jose" is the same spoken word.
  static boolean same(String expected, String spoken) {
    return WordMatch.same(folded(expected), folded(spoken));
  }

  private static String folded(String text) {
    return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }

  /** The summary line printed beside the hand-written table's figures. */
  String summary() {
    return String.format("real sentences: %d entries, ours %d/%d (%.1f %%), raw MaryTTS %d/%d (%.1f %%); stale %d, invalid %d",
        entries, ours, entries, 100.0 * ours / entries, raw, entries, 100.0 * raw / entries, stale, invalid);
  }

  /** Writes the misses (expected vs spoken words) and the problems to {@link #MISSES}; the corpora's words stay in target/. */
  void writeMisses() throws Exception {
    List<String> lines = new ArrayList<>();
    lines.add("# " + summary());
    problems.forEach(p -> lines.add("problem: " + p));
    lines.addAll(misses);
    RealSentences.write(MISSES, lines);
  }
}
