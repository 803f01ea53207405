package org.editionaudio.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.editionaudio.edition.Edition;
import org.editionaudio.edition.EditionException;
import org.editionaudio.edition.EditionReader;
import org.editionaudio.edition.InputDocument;
import org.editionaudio.edition.Section;

/**
 * Scores article-body extraction on the extraction benchmark's pages with its own metric: 4-token
 * shingles, per-page normalized true and false positives, mean precision and recall, F1 of the means.
 */
public final class ExtractionBenchmark {
  /** Where the benchmark lives relative to the repository root. */
  public static final Path DEFAULT_DIR = Path.of("..", "shared", "benchmarks", "extraction");

  // Python's \w on str patterns: letters, numbers (any numeric category) and the underscore.
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");
  private static final int SHINGLE = 4;

  /**
   * The score of one run.
   *
   * @param f1 harmonic mean of the mean precision and the mean recall
   * @param precision mean over pages that predicted something
   * @param recall mean over pages whose truth has text
   * @param pages number of pages scored
   * @param unread pages for which the reader gave an error (scored as an empty prediction)
   * @param perPage page id to its {tp, fp, fn}, normalized
   */
  public record Score(double f1, double precision, double recall, int pages, int unread, Map<String, double[]> perPage) {}

  private ExtractionBenchmark() {}

  /** Prints F1, precision and recall for the benchmark in {@code dir}. */
  public static void print(Path dir) throws IOException {
    long start = System.nanoTime();
    Score score = score(dir, EditionReader.automatic());
    long ms = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("== extraction: %d pages from %s (%d unread), %d ms%n", score.pages(), dir, score.unread(), ms);
    System.out.printf("F1 %.3f · precision %.3f · recall %.3f%n", score.f1(), score.precision(), score.recall());
  }

  /** Reads every page of the benchmark with {@code reader} and scores what it would read aloud. */
  public static Score score(Path dir, EditionReader reader) throws IOException {
    JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
    Map<String, double[]> perPage = new HashMap<>();
    int unread = 0;
    for (Iterator<String> ids = truth.fieldNames(); ids.hasNext(); ) {
      String id = ids.next();
      String predicted;
      try {
        predicted = prediction(reader.read(new InputDocument(id + ".html", gunzip(dir.resolve("html").resolve(id + ".html.gz")))));
      } catch (EditionException e) {
        predicted = "";
        unread++;
      }
      perPage.put(id, match(truth.get(id).path("articleBody").asText(""), predicted));
    }
    return summarize(perPage, unread);
  }

  /** What the metric compares: every paragraph, and the titles of the second and later sections. */
  public static String prediction(Edition edition) {
    List<String> lines = new ArrayList<>();
    List<Section> sections = edition.sections();
    for (int i = 0; i < sections.size(); i++) {
      if (i > 0) {
        lines.add(sections.get(i).title());
      }
      lines.addAll(sections.get(i).paragraphs());
    }
    return String.join("\n", lines);
  }

  /** Normalized {tp, fp, fn} of the predicted shingles against the true ones. */
  static double[] match(String truth, String predicted) {
    Map<List<String>, Integer> expected = shingles(truth);
    Map<List<String>, Integer> actual = shingles(predicted);
    Set<List<String>> keys = new HashSet<>(expected.keySet());
    keys.addAll(actual.keySet());
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (List<String> key : keys) {
      int t = expected.getOrDefault(key, 0);
      int p = actual.getOrDefault(key, 0);
      tp += Math.min(t, p);
      fp += Math.max(0, p - t);
      fn += Math.max(0, t - p);
    }
    double sum = tp + fp + fn;
    return sum > 0 ? new double[] {tp / sum, fp / sum, fn / sum} : new double[] {0, 0, 0};
  }

  static Map<List<String>, Integer> shingles(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
    }
    Map<List<String>, Integer> counts = new HashMap<>();
    for (int i = 0; i < Math.max(1, tokens.size() - SHINGLE + 1); i++) {
      List<String> shingle = List.copyOf(tokens.subList(i, Math.min(tokens.size(), i + SHINGLE)));
      if (!shingle.isEmpty()) {
        counts.merge(shingle, 1, Integer::sum);
      }
    }
    return counts;
  }

  static Score summarize(Map<String, double[]> perPage, int unread) {
    double precisionSum = 0;
    int precisionPages = 0;
    double recallSum = 0;
    int recallPages = 0;
    for (double[] page : perPage.values()) {
      double tp = page[0];
      double fp = page[1];
      double fn = page[2];
      if (tp + fp > 0) {
        precisionSum += fp == 0 && fn == 0 ? 1 : tp / (tp + fp);
        precisionPages++;
      }
      if (tp + fn > 0) {
        recallSum += fp == 0 && fn == 0 ? 1 : tp / (tp + fn);
        recallPages++;
      }
    }
    double precision = precisionSum / precisionPages;
    double recall = recallSum / recallPages;
    double f1 = 2 * precision * recall / (precision + recall);
    return new Score(f1, precision, recall, perPage.size(), unread, Map.copyOf(perPage));
  }

  private static byte[] gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return in.readAllBytes();
    }
  }
}
