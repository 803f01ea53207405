package org.editionaudio.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.editionaudio.feed.Editions;

/**
 * {@code feed} over ten years of daily editions: synthetic edition folders (a manifest of eight
 * stories of twelve sentences, small invented audio files; no synthesis), the command run as a
 * fresh process, its time and peak memory, for 365 and 3,650 editions, then again with nothing
 * changed, then in a heap of 24 MiB (the feed written again), which 3,650 editions fit in.
 */
final class FeedBenchmark {
  private static final int HEAP_MB = 24;

  private FeedBenchmark() {}

  static void feed() throws Exception {
    System.out.printf("== feed: synthetic editions (8 stories × 12 sentences each), whole processes%n");
    Path work = Files.createTempDirectory("bench-feed-");
    for (int editions : new int[] {365, 3650}) {
      Path dir = Files.createDirectories(work.resolve("archive-" + editions));
      LocalDate day = LocalDate.of(2015, 1, 1);
      long bytes = 0;
      for (int i = 0; i < editions; i++) {
        String date = day.plusDays(i).toString();
        Path folder = Editions.publish(dir, date + "-daily", date + "-daily", date, "The daily edition of " + date,
            "mp3", 8, 12);
        bytes += Files.size(folder.resolve("manifest.json"));
      }
      System.out.printf("%5d editions, manifests %.1f MiB in all%n", editions, bytes / 1048576.0);
      String[] command = {"feed", dir.toString(), "--base-url", "https://news.example/audio/", "--limit", "300", "-q"};
      print("first run", Processes.tool(work, command));
      print("unchanged", Processes.tool(work, command));
      // The default heap grows lazily and shows little of what a run needs; a small fixed heap does.
      Files.delete(dir.resolve("feed.xml"));
      print("-Xmx" + HEAP_MB + "m", Processes.run(work, Processes.launcher(command),
          java.util.Map.of("EDITION_AUDIO_JAVA_OPTS", "-Xmx" + HEAP_MB + "m")));
      if (Files.exists(dir.resolve("feed.xml"))) {
        System.out.printf("          feed.xml %.1f KiB · index.html %.1f KiB%n", Files.size(dir.resolve("feed.xml")) / 1024.0,
            Files.size(dir.resolve("index.html")) / 1024.0);
      }
    }
  }

  private static void print(String label, Processes.Run run) {
    System.out.printf("%-9s %6.2f s wall · peak RSS %d MiB · exit %d%n", label, run.seconds(), run.peakRssMb(),
        run.exitCode());
  }
}
