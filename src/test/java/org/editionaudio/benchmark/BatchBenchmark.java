package org.editionaudio.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.editionaudio.cli.Archive;

/** Figures for backfills and editors: batch throughput, re-runs, regeneration after an edit, memory. */
final class BatchBenchmark {
  private static final ObjectMapper JSON = new ObjectMapper();

  private BatchBenchmark() {}

  /** A batch of {@code count} editions with one and two jobs, a re-run, and a one-story regeneration. */
  static void batch(int count) throws Exception {
    Path work = Files.createTempDirectory("bench-batch-");
    System.out.printf("== batch: %d editions made from the fixtures, whole processes, %d cores%n", count,
        Runtime.getRuntime().availableProcessors());
    Batches pair = batches(work, count);
    int identical = pair.identical();
    Processes.Run one = pair.one();
    Processes.Run two = pair.two();
    long audioMs = pair.audioMs();
    Processes.Run again = Processes.tool(work, "batch", "archive", "-o", "out2", "--jobs", "2", "--cache", "cache2",
        "-q");
    print("--jobs 1", one, count, audioMs);
    print("--jobs 2", two, count, audioMs);
    System.out.printf("throughput ratio --jobs 2 / --jobs 1: %.2f (expect >= 1.6 on 2 cores); MP3s identical: %d of %d%n",
        one.seconds() / two.seconds(), identical, pair.editions());
    System.out.printf("re-run with nothing changed: %.2f s = %.1f%% of the first run (expect <= 5%%); exit %d%n",
        again.seconds(), 100 * again.seconds() / two.seconds(), again.exitCode());
    if (one.exitCode() != 0 || two.exitCode() != 0 || again.exitCode() != 0) {
      System.out.println("WARNING: a batch did not exit 0");
    }
  }

  /**
   * A batch with {@code --jobs 1} and the same batch with {@code --jobs 2}, each with a fresh cache.
   *
   * @param one the run with one job
   * @param two the run with two jobs
   * @param editions how many editions each run made
   * @param audioMs the audio of all editions together
   * @param identical how many editions' audio files are the same bytes in both runs
   */
  record Batches(Processes.Run one, Processes.Run two, int editions, long audioMs, int identical) {
    /** Throughput of two jobs over that of one. */
    double ratio() {
      return one.seconds() / two.seconds();
    }
  }

  /** Writes {@code count} editions under {@code work} and runs the batch with one job, then with two. */
  static Batches batches(Path work, int count) throws Exception {
    List<Path> editions = Archive.write(work.resolve("archive"), count);
    Processes.Run one = Processes.tool(work, "batch", "archive", "-o", "out1", "--jobs", "1", "--cache", "cache1", "-q");
    Processes.Run two = Processes.tool(work, "batch", "archive", "-o", "out2", "--jobs", "2", "--cache", "cache2", "-q",
        "--report", "report2.json");
    long audioMs = 0;
    int identical = 0;
    for (var edition : JSON.readTree(work.resolve("report2.json").toFile()).get("editions")) {
      audioMs += edition.get("durationMs").asLong();
      Path mp3 = Path.of(edition.get("id").asText(), "edition.mp3");
      Path first = work.resolve("out1").resolve(mp3);
      if (Files.isRegularFile(first)
          && java.util.Arrays.equals(Files.readAllBytes(first), Files.readAllBytes(work.resolve("out2").resolve(mp3)))) {
        identical++;
      }
    }
    return new Batches(one, two, editions.size(), audioMs, identical);
  }

  static void print(String label, Processes.Run run, int editions, long audioMs) {
    System.out.printf("%-9s %7.1f s wall · %5.1f editions/min · %5.1fx real time · CPU %6.1f s · peak RSS %d MiB · exit %d%n",
        label, run.seconds(), editions * 60 / run.seconds(), audioMs / 1000.0 / run.seconds(), run.cpuSeconds(),
        run.peakRssMb(), run.exitCode());
  }

  /** Generate an edition, change one story, generate again with the same cache: the editor's loop. */
  static void regenerate() throws Exception {
    Path work = Files.createTempDirectory("bench-regen-");
    System.out.println("== regenerate: first generation vs. after one story changed (same cache), whole processes");
    regenerate(work, "morning briefing (fixture, 4 stories)", Files.readString(Path.of(BRIEFING)), "html");
    regenerate(work, "full edition (every fixture story)", fullEdition(), "json");
  }

  /**
   * A first generation with an empty cache and a second after one story changed, with that cache.
   *
   * @param first the first run
   * @param second the run after the change
   * @param audioMs the edition's audio
   */
  record Regeneration(Processes.Run first, Processes.Run second, long audioMs) {
    /** The second run's wall time over the first's. */
    double ratio() {
      return second.seconds() / first.seconds();
    }
  }

  /** The morning briefing fixture, and the sentence of it that {@link #regeneration} changes. */
  static final String BRIEFING = "fixtures/editions/morning-briefing.html";
  static final String CHANGED_FROM = "Breakfast will still be served.";
  static final String CHANGED_TO = "Lunch will be served.";

  /** Generates {@code text} into {@code work}, changes one sentence, and generates it again with the same cache. */
  static Regeneration regeneration(Path work, String label, String text, String extension) throws Exception {
    if (!text.contains(CHANGED_FROM)) {
      throw new IllegalStateException(label + " does not hold the sentence to change");
    }
    String name = label.replaceAll("[^a-z]+", "-");
    Path input = work.resolve(name + "." + extension);
    Files.writeString(input, text);
    Processes.Run first = Processes.tool(work, "generate", input.toString(), "-o", name + "-1", "--cache",
        name + "-cache", "-q");
    Files.writeString(input, text.replace(CHANGED_FROM, CHANGED_TO));
    Processes.Run second = Processes.tool(work, "generate", input.toString(), "-o", name + "-2", "--cache",
        name + "-cache", "-q");
    long audioMs = JSON.readTree(work.resolve(name + "-1/manifest.json").toFile()).get("durationMs").asLong();
    return new Regeneration(first, second, audioMs);
  }

  private static void regenerate(Path work, String label, String text, String extension) throws Exception {
    Regeneration run = regeneration(work, label, text, extension);
    Processes.Run first = run.first();
    Processes.Run second = run.second();
    long audioMs = run.audioMs();
    System.out.printf("%-40s audio %5.1f s · first %6.2f s · after one story changed %5.2f s = %4.1f%% (expect <= 40%%)%n",
        label, audioMs / 1000.0, first.seconds(), second.seconds(), 100 * second.seconds() / first.seconds());
  }

  /**
   * The first stories of {@link #fullEdition()} (in its order) until their text holds at least
   * {@code words} words: 520 words make about four minutes of audio.
   */
  static String firstStories(int words) throws Exception {
    ObjectNode full = (ObjectNode) JSON.readTree(fullEdition());
    ArrayNode kept = JSON.createArrayNode();
    int count = 0;
    for (var story : full.get("sections")) {
      if (count >= words) {
        break;
      }
      kept.add(story);
      count += (story.get("title").asText() + " " + story.get("paragraphs").toString()).split("\\s+").length;
    }
    full.set("sections", kept);
    ((ObjectNode) full.get("edition")).put("title", "The First Stories");
    return JSON.writeValueAsString(full);
  }

  /** One edition holding every story of every fixture. */
  static String fullEdition() throws Exception {
    ObjectNode root = JSON.createObjectNode();
    root.putObject("edition").put("title", "The Full Edition").put("date", "2024-10-03").put("publication", "Fixtures");
    ArrayNode sections = root.putArray("sections");
    try (var files = Files.list(Path.of("fixtures/editions"))) {
      for (Path expected : files.filter(f -> f.toString().endsWith(".expected.json")).sorted().toList()) {
        if (!expected.getFileName().toString().startsWith("todays-edition")) {
          JSON.readTree(expected.toFile()).get("sections").forEach(sections::add);
        }
      }
    }
    return JSON.writeValueAsString(root);
  }

  /** Peak memory of a long edition against a short one: audio streams to the encoder, it is never held whole. */
  static void memory(int longMinutes) throws Exception {
    Path work = Files.createTempDirectory("bench-memory-");
    System.out.printf("== memory: peak RSS of generate, default heap, by edition length%n");
    for (int minutes : new int[] {10, longMinutes}) {
      Path input = work.resolve("long-" + minutes + ".json");
      Files.writeString(input, longEdition(minutes));
      Processes.Run run = Processes.tool(work, "generate", input.toString(), "-o", "out-" + minutes, "--no-cache", "-q");
      long audioMs = run.exitCode() == 0
          ? JSON.readTree(work.resolve("out-" + minutes + "/manifest.json").toFile()).get("durationMs").asLong() : 0;
      System.out.printf("about %2d min of text: audio %5.1f min · %6.1f s wall · peak RSS %d MiB · exit %d%n", minutes,
          audioMs / 60000.0, run.seconds(), run.peakRssMb(), run.exitCode());
    }
  }

  /**
   * The fixtures' stories repeated until the text runs about {@code minutes} at 150 words a minute,
   * six to a section, so that a long edition has long stories rather than hundreds of chapters.
   */
  private static String longEdition(int minutes) throws Exception {
    ObjectNode full = (ObjectNode) JSON.readTree(fullEdition());
    ArrayNode stories = (ArrayNode) full.get("sections");
    ObjectNode root = JSON.createObjectNode();
    root.putObject("edition").put("title", "A " + minutes + " minute edition").put("publication", "Fixtures");
    ArrayNode sections = root.putArray("sections");
    int words = 0;
    ObjectNode section = null;
    for (int i = 0; words < minutes * 150; i++) {
      ObjectNode story = (ObjectNode) stories.get(i % stories.size());
      if (i % 6 == 0) {
        section = sections.addObject();
        section.put("title", "Part " + (i / 6 + 1) + ": " + story.get("title").asText());
        section.putArray("paragraphs");
      }
      story.get("paragraphs").forEach(((ArrayNode) section.get("paragraphs"))::add);
      words += story.get("paragraphs").toString().split("\\s+").length;
    }
    return JSON.writeValueAsString(root);
  }
}
