package org.editionaudio.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.editionaudio.edition.Edition;
import org.editionaudio.edition.EditionReader;
import org.editionaudio.edition.InputDocument;
import org.editionaudio.pipeline.JobSettings;
import org.editionaudio.speech.Clip;
import org.editionaudio.speech.ClipCache;
import org.editionaudio.speech.EnginePool;
import org.editionaudio.speech.Normalizer;
import org.editionaudio.speech.Script;
import org.editionaudio.speech.ScriptChapter;
import org.editionaudio.speech.ScriptWriter;
import org.editionaudio.speech.SpeechEngineFactory;
import org.editionaudio.speech.Synthesizer;
import org.editionaudio.speech.Utterance;
import org.editionaudio.speech.VoiceProfile;

/**
 * What a publishing pipeline pays, one cold JVM per edition, printed in one run so that the ratios
 * share the machine's load: cold {@code generate} against the by-hand pipeline (wall and CPU
 * seconds per audio minute), cold {@code --jobs 2} against {@code --jobs 1}, batch throughput with
 * two jobs against one, regeneration after one story changed against a full run, and the floor
 * (warm synthesis alone); and cold {@code generate} with the launcher's class-data archive against
 * without it. Our side runs through the launcher, as users run it.
 */
final class ColdBenchmark {
  private static final ObjectMapper JSON = new ObjectMapper();
  // About four minutes of audio; -Dwords=N makes a shorter edition for a quick check of the section.
  private static final int WORDS = Integer.getInteger("words", 520);
  private static final String BY_HAND = "by hand (stock MaryTTS per paragraph + ffmpeg)";
  private static final String JOBS_2 = "generate --jobs 2";
  private static final String JOBS_1 = "generate --jobs 1";
  private static final String NO_CDS = "generate --jobs 2, no class-data archive";
  // The by-hand pipeline encodes at this rate, constant, so its MP3's size gives its length.
  private static final int BY_HAND_KBITS = 64;

  private ColdBenchmark() {}

  /** Runs every comparison; {@code rounds} cold runs of each command, {@code batchEditions} per batch. */
  static void run(int rounds, int batchEditions) throws Exception {
    int cores = Runtime.getRuntime().availableProcessors();
    Path work = Files.createTempDirectory("bench-cold-");
    Path input = work.resolve("first-stories.json");
    Files.writeString(input, BatchBenchmark.firstStories(WORDS));
    System.out.printf("== cold: whole processes, no cache, %d cores, load average %.1f at the start%n", cores,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

    Processes.prepareClassDataArchive(work);
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Map<String, List<String>> commands = new LinkedHashMap<>();
    Map<String, Map<String, String>> envs = new LinkedHashMap<>();
    commands.put(BY_HAND, List.of(javaBin, "-cp", absoluteClassPath(),
        ByHandPipeline.class.getName(), input.toString(), work.resolve("byhand.mp3").toString()));
    commands.put(JOBS_2, Processes.launcher("generate", input.toString(), "-o", "jobs2", "--jobs", "2", "-q",
        "--no-cache"));
    commands.put(JOBS_1, Processes.launcher("generate", input.toString(), "-o", "jobs1", "--jobs", "1", "-q",
        "--no-cache"));
    // The launcher leaves class-data sharing to the user's flags when they name it: -Xshare:auto is
    // the JVM's default, so this is the run of a plain `java -jar` (the JDK's own archive only).
    commands.put(NO_CDS, Processes.launcher("generate", input.toString(), "-o", "nocds", "--jobs", "2", "-q",
        "--no-cache"));
    envs.put(NO_CDS, Map.of("EDITION_AUDIO_JAVA_OPTS", "-Xshare:auto"));
    Map<String, List<Processes.Run>> runs = new LinkedHashMap<>();
    commands.keySet().forEach(k -> runs.put(k, new ArrayList<>()));
    List<String> order = new ArrayList<>(commands.keySet());
    for (int round = 1; round <= rounds; round++) {
      for (String name : order) {
        Processes.Run run = Processes.run(work, commands.get(name), envs.getOrDefault(name, Map.of()));
        if (run.exitCode() != 0) {
          throw new IllegalStateException(name + " exited with " + run.exitCode());
        }
        runs.get(name).add(run);
      }
      // Each command runs at another place in the next round, so a burst of load hits none twice.
      java.util.Collections.rotate(order, 1);
    }
    double oursAudioMin =
        JSON.readTree(work.resolve("jobs2/manifest.json").toFile()).get("durationMs").asLong() / 60000.0;
    double byHandAudioMin = Files.size(work.resolve("byhand.mp3")) * 8.0 / (BY_HAND_KBITS * 1000) / 60;
    System.out.printf("edition: %s, %d stories; audio %.2f min (by hand, without pauses: about %.2f min)%n",
        input.getFileName(), JSON.readTree(input.toFile()).get("sections").size(), oursAudioMin, byHandAudioMin);
    Map<String, Double> wall = new LinkedHashMap<>();
    Map<String, Double> cpuPerMin = new LinkedHashMap<>();
    Map<String, Double> cpu = new LinkedHashMap<>();
    for (var entry : runs.entrySet()) {
      double audioMin = entry.getKey().equals(BY_HAND) ? byHandAudioMin : oursAudioMin;
      wall.put(entry.getKey(), best(entry.getValue().stream().map(Processes.Run::seconds).toList()));
      cpuPerMin.put(entry.getKey(), best(entry.getValue().stream().map(r -> r.cpuSeconds() / audioMin).toList()));
      cpu.put(entry.getKey(), best(entry.getValue().stream().map(Processes.Run::cpuSeconds).toList()));
      System.out.printf("%-48s wall best %6.2f s %s · CPU best %5.2f s per audio minute %s · peak RSS %s MiB%n",
          entry.getKey(), wall.get(entry.getKey()), format(entry.getValue().stream().map(Processes.Run::seconds).toList()),
          cpuPerMin.get(entry.getKey()),
          format(entry.getValue().stream().map(r -> r.cpuSeconds() / audioMin).toList()),
          entry.getValue().stream().map(r -> Long.toString(r.peakRssMb())).toList());
    }
    boolean same = Arrays.equals(Files.readAllBytes(work.resolve("jobs1/edition.mp3")),
        Files.readAllBytes(work.resolve("jobs2/edition.mp3")));
    boolean sameWithoutCds = Arrays.equals(Files.readAllBytes(work.resolve("nocds/edition.mp3")),
        Files.readAllBytes(work.resolve("jobs2/edition.mp3")));

    Floor floor = floor(input, cores, 4);
    System.out.printf("floor: warm synthesis alone, %d workers in one JVM: %.2f s wall (%.1fx real time), "
        + "CPU %.2f s per audio minute; rounds %s%n", cores, floor.seconds(), oursAudioMin * 60 / floor.seconds(),
        floor.cpuSeconds() / oursAudioMin, format(floor.rounds()));

    Path batchWork = Files.createDirectories(work.resolve("batch"));
    BatchBenchmark.Batches batches = BatchBenchmark.batches(batchWork, batchEditions);
    BatchBenchmark.print("batch --jobs 1", batches.one(), batches.editions(), batches.audioMs());
    BatchBenchmark.print("batch --jobs 2", batches.two(), batches.editions(), batches.audioMs());

    Path regenWork = Files.createDirectories(work.resolve("regenerate"));
    BatchBenchmark.Regeneration briefing = BatchBenchmark.regeneration(regenWork, "morning briefing",
        Files.readString(Path.of(BatchBenchmark.BRIEFING)), "html");
    BatchBenchmark.Regeneration full = BatchBenchmark.regeneration(regenWork, "full edition",
        BatchBenchmark.fullEdition(), "json");
    CdsRegeneration cdsRegeneration = cdsRegeneration(regenWork, rounds);
    System.out.printf("regenerate morning briefing, one new sentence each run: with the class-data archive "
        + "wall best %.2f s %s · CPU best %.2f s %s; without: wall best %.2f s %s · CPU best %.2f s %s%n",
        best(cdsRegeneration.with().stream().map(Processes.Run::seconds).toList()),
        format(cdsRegeneration.with().stream().map(Processes.Run::seconds).toList()),
        best(cdsRegeneration.with().stream().map(Processes.Run::cpuSeconds).toList()),
        format(cdsRegeneration.with().stream().map(Processes.Run::cpuSeconds).toList()),
        best(cdsRegeneration.without().stream().map(Processes.Run::seconds).toList()),
        format(cdsRegeneration.without().stream().map(Processes.Run::seconds).toList()),
        best(cdsRegeneration.without().stream().map(Processes.Run::cpuSeconds).toList()),
        format(cdsRegeneration.without().stream().map(Processes.Run::cpuSeconds).toList()));
    for (var entry : Map.of("morning briefing", briefing, "full edition", full).entrySet()) {
      System.out.printf("regenerate %-17s audio %5.1f s · full %6.2f s (CPU %5.1f s) · one story changed %6.2f s (CPU %5.1f s)%n",
          entry.getKey(), entry.getValue().audioMs() / 1000.0, entry.getValue().first().seconds(),
          entry.getValue().first().cpuSeconds(), entry.getValue().second().seconds(),
          entry.getValue().second().cpuSeconds());
    }

    System.out.printf("-- ratios (one run, load average %.1f at the end)%n",
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    System.out.printf("cold generate / by hand, wall:                  %.2f (target <= 0.50)%n",
        wall.get(JOBS_2) / wall.get(BY_HAND));
    System.out.printf("CPU s per audio minute, generate / by hand:     %.2f (%.2f / %.2f; target <= 0.50)%n",
        cpuPerMin.get(JOBS_2) / cpuPerMin.get(BY_HAND), cpuPerMin.get(JOBS_2), cpuPerMin.get(BY_HAND));
    System.out.printf("CPU s for the same text, generate / by hand:    %.2f (%.1f s / %.1f s; our pauses cost no CPU)%n",
        cpu.get(JOBS_2) / cpu.get(BY_HAND), cpu.get(JOBS_2), cpu.get(BY_HAND));
    System.out.printf("cold generate with CDS / without, wall:         %.2f; CPU %.2f (%.1f s / %.1f s); MP3s identical: %s%n",
        wall.get(JOBS_2) / wall.get(NO_CDS), cpu.get(JOBS_2) / cpu.get(NO_CDS), cpu.get(JOBS_2), cpu.get(NO_CDS),
        sameWithoutCds);
    System.out.printf("regenerate briefing with CDS / without, wall:   %.2f; CPU %.2f%n",
        best(cdsRegeneration.with().stream().map(Processes.Run::seconds).toList())
            / best(cdsRegeneration.without().stream().map(Processes.Run::seconds).toList()),
        best(cdsRegeneration.with().stream().map(Processes.Run::cpuSeconds).toList())
            / best(cdsRegeneration.without().stream().map(Processes.Run::cpuSeconds).toList()));
    System.out.printf("cold --jobs 2 / --jobs 1, wall:                 %.2f (target <= 0.60); CPU %.2f; MP3s identical: %s%n",
        wall.get(JOBS_2) / wall.get(JOBS_1), cpu.get(JOBS_2) / cpu.get(JOBS_1), same);
    System.out.printf("batch throughput --jobs 2 / --jobs 1:           %.2f (target >= 1.80); CPU --jobs 2 / --jobs 1: %.2f; "
        + "MP3s identical: %d of %d%n", batches.ratio(), batches.two().cpuSeconds() / batches.one().cpuSeconds(),
        batches.identical(), batches.editions());
    System.out.printf("regenerate / full, morning briefing:            %.2f (target <= 0.30); CPU %.2f%n", briefing.ratio(),
        briefing.second().cpuSeconds() / briefing.first().cpuSeconds());
    System.out.printf("regenerate / full, full edition:                %.2f (target <= 0.30); CPU %.2f%n", full.ratio(),
        full.second().cpuSeconds() / full.first().cpuSeconds());
    System.out.printf("cold generate / floor (warm synthesis alone):   %.2f wall, %.2f CPU%n",
        wall.get(JOBS_2) / floor.seconds(), cpu.get(JOBS_2) / floor.cpuSeconds());
    // The runs' outputs (MP3s, caches: hundreds of MB) are not kept once the figures are printed.
    try (var files = Files.walk(work)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
  }

  /**
   * One-story regenerations of the morning briefing with the launcher's class-data archive and
   * without it, where start-up is the larger part of a run.
   *
   * @param with the runs with the archive
   * @param without the runs without it
   */
  record CdsRegeneration(List<Processes.Run> with, List<Processes.Run> without) {}

  /**
   * After {@link BatchBenchmark#regeneration} filled the briefing's cache in {@code work}: each round
   * changes the sentence to a new one twice, once regenerated with the archive and once without
   * (the order alternating), so that every run synthesizes exactly one sentence.
   */
  static CdsRegeneration cdsRegeneration(Path work, int rounds) throws Exception {
    String text = Files.readString(Path.of(BatchBenchmark.BRIEFING));
    Path input = work.resolve("briefing-cds.html");
    List<Processes.Run> with = new ArrayList<>();
    List<Processes.Run> without = new ArrayList<>();
    for (int round = 1; round <= rounds; round++) {
      for (boolean archive : round % 2 == 1 ? List.of(true, false) : List.of(false, true)) {
        String mode = archive ? "with" : "without";
        Files.writeString(input, text.replace(BatchBenchmark.CHANGED_FROM,
            "Lunch number " + round + " " + mode + " will be served."));
        Processes.Run run = Processes.run(work, Processes.launcher("generate", input.toString(), "-o",
            "cds-" + round + "-" + mode, "--cache", "morning-briefing-cache", "-q"),
            archive ? Map.of() : Map.of("EDITION_AUDIO_JAVA_OPTS", "-Xshare:auto"));
        if (run.exitCode() != 0) {
          throw new IllegalStateException("regenerate " + mode + " the archive exited with " + run.exitCode());
        }
        (archive ? with : without).add(run);
      }
    }
    return new CdsRegeneration(with, without);
  }

  /**
   * Warm synthesis alone, the edition's script spoken by {@code workers} engines in this JVM,
   * into a sink that keeps nothing: the best of the rounds after the first.
   *
   * @param seconds wall time
   * @param cpuSeconds CPU time of this JVM
   * @param rounds each round's wall time
   */
  record Floor(double seconds, double cpuSeconds, List<Double> rounds) {}

  static Floor floor(Path input, int workers, int rounds) throws Exception {
    VoiceProfile voice = VoiceProfile.load(VoiceProfile.DEFAULT);
    JobSettings settings = JobSettings.standard(voice, workers);
    Edition edition = EditionReader.automatic().read(InputDocument.read(input.toString(), null));
    Script script = new ScriptWriter(settings.intro(), settings.pauses()).write(edition);
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    List<Double> seconds = new ArrayList<>();
    List<Double> cpuSeconds = new ArrayList<>();
    try (EnginePool engines = new EnginePool(SpeechEngineFactory.maryTts(false), voice, workers)) {
      Synthesizer synthesizer = new Synthesizer(engines, voice, new Normalizer(settings.lexicon()), ClipCache.NONE);
      for (int round = 1; round <= rounds; round++) {
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        synthesizer.speak(script, Synthesizer.Progress.NONE, new Synthesizer.Sink<RuntimeException>() {
          @Override
          public void chapter(ScriptChapter chapter) {}

          @Override
          public void speech(Utterance utterance, Clip clip) {}

          @Override
          public void silence(int count) {}
        });
        seconds.add((System.nanoTime() - start) / 1e9);
        cpuSeconds.add((os.getProcessCpuTime() - cpu) / 1e9);
      }
    }
    return new Floor(best(seconds.subList(1, seconds.size())), best(cpuSeconds.subList(1, cpuSeconds.size())),
        seconds);
  }

  /** This JVM's class path with absolute entries, for a process started in another folder. */
  private static String absoluteClassPath() {
    return Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
        .map(entry -> Path.of(entry).toAbsolutePath().toString())
        .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
  }

  /**
   * The least of the values: on a machine shared with other work, a run only gets slower than it
   * would alone, so the quickest run is the one closest to it.
   */
  private static double best(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
  }

  private static List<String> format(List<Double> values) {
    return values.stream().map(v -> String.format("%.2f", v)).toList();
  }
}
