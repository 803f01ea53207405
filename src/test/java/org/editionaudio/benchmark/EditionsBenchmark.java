package org.editionaudio.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores multi-story reading on the real editions of {@code ../shared/benchmarks/editions} with that
 * corpus's own scorer ({@code score.py}, run against the built jar), so the figures are exactly the
 * ones the corpus defines.
 */
public final class EditionsBenchmark {
  /** The corpus, read in place. */
  public static final Path DEFAULT_DIR = Path.of("..", "shared", "benchmarks", "editions");
  private static final Pattern SUMMARY = Pattern.compile(
      "editions: (\\d+) files, titles exact (\\d+)/(\\d+), mean paragraph F1 ([\\d.]+), boilerplate heard in (\\d+) files");

  /** The scorer's summary line, parsed, and every line it printed. */
  public record Summary(int files, int titlesExact, double meanF1, int boilerplateHeard, int errors, List<String> lines) {
    /** The summary line exactly as {@code score.py} prints it. */
    public String line() {
      return lines.get(lines.size() - 1);
    }
  }

  private EditionsBenchmark() {}

  /** Runs the scorer over every edition and prints its per-file lines and summary. */
  public static void print(Path dir, Path jar) throws IOException, InterruptedException {
    long start = System.nanoTime();
    Summary summary = run(dir, jar);
    long ms = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("== editions: %d files from %s, %d ms%n", summary.files(), dir, ms);
    summary.lines().forEach(System.out::println);
  }

  /** Runs {@code python3 DIR/score.py --jar JAR} and parses its last line. */
  public static Summary run(Path dir, Path jar) throws IOException, InterruptedException {
    Path log = Files.createTempFile("editions-score", ".txt");
    try {
      Process process = new ProcessBuilder("python3", dir.resolve("score.py").toString(), "--jar", jar.toString())
          .redirectErrorStream(true)
          .redirectOutput(log.toFile())
          .start();
      int exit = process.waitFor();
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
      Matcher matcher = lines.isEmpty() ? null : SUMMARY.matcher(lines.get(lines.size() - 1));
      if (exit != 0 || matcher == null || !matcher.matches()) {
        throw new IOException("score.py exited " + exit + ": " + String.join("\n", lines));
      }
      int errors = (int) lines.stream().filter(l -> l.matches("\\S+\\.html\\s+ERROR.*")).count();
      return new Summary(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
          Double.parseDouble(matcher.group(4)), Integer.parseInt(matcher.group(5)), errors, lines);
    } finally {
      Files.deleteIfExists(log);
    }
  }
}
