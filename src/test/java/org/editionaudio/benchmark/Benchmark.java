package org.editionaudio.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.editionaudio.pipeline.EditionPipeline;
import org.editionaudio.pipeline.JobSettings;
import org.editionaudio.pipeline.Timings;
import org.editionaudio.edition.EditionReader;
import org.editionaudio.edition.InputDocument;
import org.editionaudio.speech.ClipCache;
import org.editionaudio.speech.Synthesizer;
import org.editionaudio.speech.VoiceProfile;

/**
 * Prints figures, never asserts them: these machines are shared and noisy, so compare ratios from
 * one run. Run with {@code benchmark/run [section…]}; sections: stages, jobs, extraction, editions, normalization,
 * invariants, batch, regenerate, memory, feed, cold, pages.
 */
public final class Benchmark {
  private Benchmark() {}

  public static void main(String[] args) throws Exception {
    Locale.setDefault(Locale.ROOT);
    List<String> sections = args.length == 0 ? List.of("stages") : List.of(args);
    if (sections.stream().anyMatch(List.of("batch", "regenerate", "memory", "feed")::contains)) {
      // These run the launcher; its first run for a new jar makes the class-data archive, which
      // must not be timed as a run (the cold section prints what it cost).
      Processes.prepareClassDataArchive(Path.of("").toAbsolutePath());
    }
    for (String section : sections) {
      switch (section) {
        case "stages" -> stages(Path.of("fixtures/editions/morning-briefing.html"), 3);
        case "jobs" -> jobs(Path.of("fixtures/editions/morning-briefing.html"), 3);
        case "extraction" -> ExtractionBenchmark.print(ExtractionBenchmark.DEFAULT_DIR);
        case "editions" -> EditionsBenchmark.print(EditionsBenchmark.DEFAULT_DIR, Path.of("target", "edition-audio.jar"));
        case "batch" -> BatchBenchmark.batch(40);
        case "regenerate" -> BatchBenchmark.regenerate();
        case "memory" -> BatchBenchmark.memory(60);
        case "cold" -> ColdBenchmark.run(Integer.getInteger("rounds", 2), Integer.getInteger("editions", 16));
        case "normalization" -> NormalizationBenchmark.run();
        case "invariants" -> NormalizationBenchmark.invariants();
        case "feed" -> FeedBenchmark.feed();
        case "pages" -> PageSizeBenchmark.run();
        default -> throw new IllegalArgumentException(
            "unknown section " + section
                + "; known: stages, jobs, extraction, editions, normalization, invariants, batch, regenerate, memory, feed, cold, pages");
      }
    }
  }

  /**
   * Wall-clock time of whole processes, each started fresh as a user would start it and run in
   * turn so that load on the machine falls on all alike: {@code generate --jobs 1}, {@code
   * generate --jobs 2}, and the by-hand pipeline ({@link ByHandPipeline}). Prints the medians and
   * their ratios.
   */
  static void jobs(Path fixture, int rounds) throws Exception {
    System.out.printf("== jobs: %s, %d rounds of whole processes (JVM and MaryTTS start-up included), %d cores%n",
        fixture, rounds, Runtime.getRuntime().availableProcessors());
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String jar = Path.of("target/edition-audio.jar").toAbsolutePath().toString();
    Path out = Files.createTempDirectory("bench-jobs-");
    Map<String, List<String>> commands = new LinkedHashMap<>();
    commands.put("by hand (stock MaryTTS per paragraph + ffmpeg)", List.of(javaBin, "-cp", System.getProperty("java.class.path"),
        ByHandPipeline.class.getName(), fixture.toString(), out.resolve("byhand.mp3").toString()));
    commands.put("generate --jobs 1", List.of(javaBin, "-jar", jar, "generate", fixture.toString(), "-o",
        out.resolve("jobs1").toString(), "--jobs", "1", "-q", "--no-cache"));
    commands.put("generate --jobs 2", List.of(javaBin, "-jar", jar, "generate", fixture.toString(), "-o",
        out.resolve("jobs2").toString(), "--jobs", "2", "-q", "--no-cache"));
    Map<String, List<Double>> seconds = new LinkedHashMap<>();
    commands.keySet().forEach(k -> seconds.put(k, new ArrayList<>()));
    for (int round = 1; round <= rounds; round++) {
      for (var command : commands.entrySet()) {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command.getValue()).redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (process.waitFor() != 0) {
          throw new IllegalStateException(command.getKey() + " failed");
        }
        seconds.get(command.getKey()).add((System.nanoTime() - start) / 1e9);
      }
    }
    Map<String, Double> median = new LinkedHashMap<>();
    for (var entry : seconds.entrySet()) {
      List<Double> sorted = entry.getValue().stream().sorted().toList();
      median.put(entry.getKey(), sorted.get(sorted.size() / 2));
      System.out.printf("%-50s median %6.2f s   runs %s%n", entry.getKey(), median.get(entry.getKey()),
          entry.getValue().stream().map(v -> String.format("%.2f", v)).toList());
    }
    boolean same = Arrays.equals(Files.readAllBytes(out.resolve("jobs1/edition.mp3")),
        Files.readAllBytes(out.resolve("jobs2/edition.mp3")));
    System.out.printf("--jobs 2 / --jobs 1 wall-clock ratio: %.2f (expect <= 0.65 on 2 cores); MP3s identical: %s%n",
        median.get("generate --jobs 2") / median.get("generate --jobs 1"), same);
    System.out.printf("generate (default --jobs %d) / by hand ratio: %.2f (expect <= 0.6)%n",
        Runtime.getRuntime().availableProcessors(),
        median.get("generate --jobs 2") / median.get("by hand (stock MaryTTS per paragraph + ffmpeg)"));
    warm(fixture, rounds + 1);
  }

  /**
   * The same comparison once the JVM is warm: each pipeline runs {@code rounds} times in one JVM and
   * the median of the rounds after the first counts. A fresh process pays for JIT compilation of
   * MaryTTS's code, and every isolated worker pays for it again for its own copy of the classes.
   */
  static void warm(Path fixture, int rounds) throws Exception {
    System.out.printf("-- the same, warm: %d rounds in one JVM each, median of rounds 2..%d%n", rounds, rounds);
    Path out = Files.createTempDirectory("bench-warm-");
    double[] ours = new double[3];
    for (int jobs : new int[] {1, 2}) {
      List<Double> seconds = new ArrayList<>();
      JobSettings settings = JobSettings.standard(VoiceProfile.load(VoiceProfile.DEFAULT), jobs);
      try (EditionPipeline job = EditionPipeline.maryTts(EditionReader.automatic(), settings, ClipCache.NONE, false)) {
        for (int round = 1; round <= rounds; round++) {
          long start = System.nanoTime();
          job.run(InputDocument.read(fixture.toString(), null), out.resolve("jobs" + jobs), Synthesizer.Progress.NONE);
          seconds.add((System.nanoTime() - start) / 1e9);
        }
      }
      ours[jobs] = medianAfterFirst(seconds);
      System.out.printf("%-50s median %6.2f s   rounds %s%n", "generate --jobs " + jobs, ours[jobs], format(seconds));
    }
    Process byHand = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), ByHandPipeline.class.getName(), fixture.toString(),
        out.resolve("byhand.mp3").toString(), Integer.toString(rounds)).redirectErrorStream(true).start();
    List<Double> byHandSeconds = new ArrayList<>();
    for (String line : new String(byHand.getInputStream().readAllBytes()).split("\\R")) {
      if (line.startsWith("round ")) {
        byHandSeconds.add(Double.parseDouble(line.replaceAll(".*: ([0-9.]+) s", "$1")));
      }
    }
    byHand.waitFor();
    double hand = medianAfterFirst(byHandSeconds);
    System.out.printf("%-50s median %6.2f s   rounds %s%n", "by hand (stock MaryTTS per paragraph + ffmpeg)", hand,
        format(byHandSeconds));
    System.out.printf("warm --jobs 2 / --jobs 1: %.2f (expect <= 0.65); warm generate / by hand: %.2f (expect <= 0.6)%n",
        ours[2] / ours[1], ours[2] / hand);
  }

  private static double medianAfterFirst(List<Double> seconds) {
    List<Double> warm = seconds.subList(1, seconds.size()).stream().sorted().toList();
    return warm.get(warm.size() / 2);
  }

  private static List<String> format(List<Double> seconds) {
    return seconds.stream().map(v -> String.format("%.2f", v)).toList();
  }

  /** Time of each stage of {@code generate} on one edition, the audio duration and the real-time factor. */
  static void stages(Path fixture, int runs) throws Exception {
    System.out.printf("== stages: generate %s, %d runs in one JVM (run 1 includes MaryTTS start-up)%n", fixture, runs);
    System.out.printf("%-5s %9s %9s %9s %9s %9s %9s %8s%n", "run", "parse", "speech", "encode", "write", "total", "audio", "x-real");
    JobSettings settings =
        JobSettings.standard(VoiceProfile.load(VoiceProfile.DEFAULT), Runtime.getRuntime().availableProcessors());
    Path out = Files.createTempDirectory("bench-stages-");
    List<Double> factors = new ArrayList<>();
    try (EditionPipeline job = EditionPipeline.maryTts(EditionReader.automatic(), settings, ClipCache.NONE, false)) {
      for (int run = 1; run <= runs; run++) {
        EditionPipeline.Result result = job.run(InputDocument.read(fixture.toString(), null), out, Synthesizer.Progress.NONE);
        Timings t = result.timings();
        double audio = result.manifest().durationMs() / 1000.0;
        double factor = audio / (t.totalMs() / 1000.0);
        if (run > 1) {
          factors.add(factor);
        }
        System.out.printf("%-5d %8dms %8dms %8dms %8dms %8dms %8.1fs %7.1fx%n",
            run, t.parseMs(), t.speechMs(), t.encodeMs(), t.writeMs(), t.totalMs(), audio, factor);
      }
    }
    System.out.printf("warm real-time factor (runs 2..%d): %.1fx faster than real time%n", runs,
        factors.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN));
  }
}
