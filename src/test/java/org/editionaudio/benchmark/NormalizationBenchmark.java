package org.editionaudio.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.editionaudio.speech.MaryPreview;
import org.editionaudio.speech.ScriptLine;
import org.editionaudio.speech.MaryXml;
import org.editionaudio.speech.ReadingInvariants;
import org.editionaudio.speech.SpeechEngine;
import org.editionaudio.speech.SpokenWords;
import org.editionaudio.speech.VoiceProfile;
import org.editionaudio.speech.WordMatch;

/**
 * How many news sentences come out as a broadcaster reads them: through our normalization, the
 * built-in lexicon and MaryTTS (the code behind {@code say --words}), and through raw MaryTTS.
 *
 * <p>A sentence counts when its spoken words equal the expected words under {@link WordMatch}
 * (case-insensitive, split at spaces and hyphens, only letters and digits kept). One allowance
 * keeps the comparison fair to raw MaryTTS: a token of capitals that MaryTTS's own lexicon says
 * letter by letter (as many syllables as letters, W counting three: "BBC") counts as its letters.
 */
public final class NormalizationBenchmark {
  static final String SENTENCES = "/org/editionaudio/benchmark/news-sentences.tsv";

  private NormalizationBenchmark() {}

  /** Prints the share of sentences read right by ours and by raw MaryTTS, and our misses. */
  public static void run() throws Exception {
    List<String[]> rows = sentences();
    int ours = 0;
    int raw = 0;
    List<String> misses = new ArrayList<>();
    try (MaryPreview mary = MaryPreview.start()) {
      for (String[] row : rows) {
        String ourWords = compared(mary.preview().tokens(row[0]));
        String rawWords = rawWords(mary.engine(), mary.voice(), row[0]);
        if (WordMatch.same(row[1], ourWords)) {
          ours++;
        } else {
          misses.add(row[0] + "\n      expected: " + row[1] + "\n      spoken:   " + ourWords);
        }
        if (WordMatch.same(row[1], rawWords)) {
          raw++;
        }
      }
    }
    System.out.printf("== normalization: %d news sentences (%s), read as a broadcaster would%n", rows.size(), SENTENCES);
    System.out.printf("ours (normalizer + built-in lexicon + MaryTTS, as say --words): %3d/%d  %5.1f%%%n", ours, rows.size(), 100.0 * ours / rows.size());
    System.out.printf("raw MaryTTS 5.2.1 on the same sentences:                       %3d/%d  %5.1f%%%n", raw, rows.size(), 100.0 * raw / rows.size());
    misses.forEach(miss -> System.out.println("  miss: " + miss));
    RealSentenceScore real = RealSentenceScore.run();
    real.writeMisses();
    System.out.println(real.summary());
    System.out.println("  misses and problems of the real sentences: " + RealSentenceScore.MISSES);
    if (Boolean.getBoolean("verbose")) {
      real.problems().forEach(p -> System.out.println("  problem: " + p));
      real.misses().forEach(m -> System.out.println("  miss: " + m));
    }
    invariants();
  }

  /** Prints the violations of the reading invariants over every sentence of the real text in ../shared, by rule. */
  static void invariants() throws Exception {
    Path benchmarks = Path.of(System.getProperty("benchmarks", "../shared/benchmarks"));
    List<String> sentences = ReadingInvariants.realSentences(benchmarks);
    List<ReadingInvariants.Violation> violations;
    try (MaryPreview mary = MaryPreview.start()) {
      violations = new ReadingInvariants(mary.preview()).checkAll(sentences);
    }
    System.out.printf("== reading invariants: %d sentences of %s (articles and editions), through the code behind say --words%n",
        sentences.size(), benchmarks);
    ReadingInvariants.counts(violations).forEach((rule, count) -> System.out.printf("  %-48s %5d violations%n", rule.title(), count));
    System.out.printf("  %-48s %5d%n", "total", violations.size());
    String detail = System.getProperty("invariants.detail");
    if (detail != null) {
      List<String> lines = new ArrayList<>();
      for (ReadingInvariants.Violation v : violations) {
        lines.add(v.rule() + "\t" + v.detail() + "\t" + v.sentence() + "\t" + String.join(" ", v.spoken()));
      }
      Files.write(Path.of(detail), lines);
    }
  }

  /** What MaryTTS alone says for {@code text}, with no normalization of ours, as {@link #compared} words. */
  static String rawWords(SpeechEngine engine, VoiceProfile voice, String text) throws Exception {
    return compared(SpokenWords.tokens(engine.analyze(MaryXml.line(ScriptLine.Kind.PARAGRAPH, text, voice), "PHONEMES")));
  }

  /** The spoken words, with a lexicon-spelled acronym written as its letters. */
  static String compared(List<SpokenWords.Token> tokens) {
    List<String> words = new ArrayList<>();
    for (SpokenWords.Token token : tokens) {
      String letters = token.text().replaceFirst("'?s$", "");
      if (letters.matches("[A-Z]{2,}") && token.method().equals("lexicon") && syllables(token.phonemes()) == spelled(letters)) {
        words.add(String.join(" ", letters.split("")) + token.text().substring(letters.length()));
      } else {
        words.add(token.text());
      }
    }
    return String.join(" ", words);
  }

  private static int syllables(String phonemes) {
    return phonemes.split("-").length;
  }

  private static int spelled(String letters) {
    return letters.length() + 2 * (int) letters.chars().filter(c -> c == 'W').count();
  }

  static List<String[]> sentences() throws IOException {
    try (InputStream in = NormalizationBenchmark.class.getResourceAsStream(SENTENCES)) {
      List<String[]> rows = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] cells = line.split("\t");
          if (cells.length != 2) {
            throw new IllegalStateException(SENTENCES + ": needs sentence<TAB>spoken: " + line);
          }
          rows.add(cells);
        }
      }
      return rows;
    }
  }
}
