package org.editionaudio.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.editionaudio.batch.EditionJob;
import org.editionaudio.batch.JobSettings;
import org.editionaudio.batch.Timings;
import org.editionaudio.edition.EditionReader;
import org.editionaudio.edition.InputDocument;
import org.editionaudio.speech.Pauses;
import org.editionaudio.speech.SpeechEngines;
import org.editionaudio.speech.Synthesizer;
import org.editionaudio.speech.VoiceProfile;

/**
 * Prints figures, never asserts them: these machines are shared and noisy, so compare ratios from
 * one run. Run with {@code benchmark/run [section…]}; sections: stages, normalization.
 */
public final class Benchmark {
  private Benchmark() {}

  public static void main(String[] args) throws Exception {
    Locale.setDefault(Locale.ROOT);
    List<String> sections = args.length == 0 ? List.of("stages") : List.of(args);
    for (String section : sections) {
      switch (section) {
        case "stages" -> stages(Path.of("fixtures/editions/morning-briefing.html"), 3);
        case "normalization" -> NormalizationBenchmark.run();
        default -> throw new IllegalArgumentException("unknown section " + section + "; known: stages, normalization");
      }
    }
  }

  /** Time of each stage of {@code generate} on one edition, the audio duration and the real-time factor. */
  static void stages(Path fixture, int runs) throws Exception {
    System.out.printf("== stages: generate %s, %d runs in one JVM (run 1 includes MaryTTS start-up)%n", fixture, runs);
    System.out.printf("%-5s %9s %9s %9s %9s %9s %9s %8s%n", "run", "parse", "speech", "encode", "write", "total", "audio", "x-real");
    JobSettings settings = new JobSettings(VoiceProfile.load(VoiceProfile.DEFAULT), true, Pauses.STANDARD, 64);
    Path out = Files.createTempDirectory("bench-stages-");
    List<Double> factors = new ArrayList<>();
    try (EditionJob job = new EditionJob(EditionReader.automatic(), SpeechEngines.maryTts(false), settings)) {
      for (int run = 1; run <= runs; run++) {
        EditionJob.Result result = job.run(InputDocument.read(fixture.toString(), null), out, Synthesizer.Progress.NONE);
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
