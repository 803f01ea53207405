package org.editionaudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch as a backfill runs it: the real jar, the real MaryTTS and ffmpeg, kill -9, shards. */
class BatchIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path JAR = Path.of(System.getProperty("editionaudio.jar", "target/edition-audio.jar"));

  private static ProcessBuilder jar(Path work, Map<String, String> env, String... args) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toAbsolutePath().toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
    builder.environment().putAll(env);
    return builder;
  }

  private static JarIT.Process run(Path work, Map<String, String> env, String... args) throws Exception {
    return JarIT.run(jar(work, env, args), 10);
  }

  private static List<Path> editionFolders(Path out) throws Exception {
    if (!Files.isDirectory(out)) {
      return List.of();
    }
    try (Stream<Path> dirs = Files.list(out)) {
      return dirs.filter(Files::isDirectory).sorted().toList();
    }
  }

  @Test
  void killNineThenTheSameCommandFinishesWithEveryEditionValid(@TempDir Path work) throws Exception {
    List<Path> editions = Archive.write(work.resolve("archive"), 6);
    Path out = work.resolve("out");
    String[] command = {"batch", work.resolve("archive").toString(), "-o", out.toString(), "--jobs", "2",
        "--no-cache", "-q", "--report", work.resolve("report.json").toString()};

    Process first = jar(work, Map.of(), command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    // Kill as soon as one edition is published: others are then being synthesized or encoded.
    while (editionFolders(out).stream().noneMatch(d -> Files.exists(d.resolve("manifest.json")))) {
      assertTrue(first.isAlive(), "the batch ended before it could be killed");
      assertTrue(System.nanoTime() < deadline, "no edition published in time");
      Thread.sleep(50);
    }
    first.destroyForcibly();
    assertTrue(first.waitFor(1, TimeUnit.MINUTES));
    assertEquals(137, first.exitValue(), "killed by SIGKILL");
    for (Path dir : editionFolders(out)) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path file : files.toList()) {
          String name = file.getFileName().toString();
          assertTrue(name.startsWith(".") || Files.exists(dir.resolve("manifest.json")),
              "a visible file only in a published folder: " + file);
        }
      }
    }

    JarIT.Process second = run(work, Map.of(), command);
    assertEquals(0, second.exitCode(), second.err());
    JsonNode report = JSON.readTree(work.resolve("report.json").toFile());
    assertEquals(6, report.get("totals").get("editions").asInt());
    assertEquals(0, report.get("totals").get("failed").asInt());
    assertTrue(report.get("totals").get("skipped").asInt() >= 1, "what was published before the kill is kept");
    List<Path> folders = editionFolders(out);
    assertEquals(editions.size(), folders.size());
    for (Path dir : folders) {
      OutputChecks.assertValidEdition(dir);
    }
  }

  @Test
  void failuresAreReportedAndExitSix(@TempDir Path work) throws Exception {
    Archive.write(work.resolve("archive"), 2);
    Files.writeString(work.resolve("archive/broken.json"), "{\"sections\": 3}");
    Path list = Files.writeString(work.resolve("list.txt"), "archive/edition-001.json\narchive/broken.json\n");
    JarIT.Process run = run(work, Map.of(), "batch", "@" + list, work.resolve("archive/edition-002.json").toString(),
        "-o", "out", "--json", "--jobs", "1");
    assertEquals(6, run.exitCode(), run.err());
    List<JsonNode> lines = new ArrayList<>();
    for (String line : run.out().lines().toList()) {
      lines.add(JSON.readTree(line));
    }
    assertEquals(3, lines.size(), "one JSON line per edition: " + run.out());
    Set<String> statuses = new HashSet<>();
    lines.forEach(l -> statuses.add(l.get("input").asText().replaceAll(".*/", "") + "=" + l.get("status").asText()));
    assertEquals(Set.of("edition-001.json=ok", "broken.json=failed", "edition-002.json=ok"), statuses);
    JsonNode broken = lines.stream().filter(l -> l.get("status").asText().equals("failed")).findFirst().orElseThrow();
    assertEquals(3, broken.get("exitCode").asInt());
    assertTrue(run.err().lines().anyMatch(l -> l.startsWith("edition-audio: ") && l.contains("broken.json")),
        run.err());
    for (Path dir : editionFolders(work.resolve("out"))) {
      OutputChecks.assertValidEdition(dir);
    }
  }

  @Test
  void kubernetesIndexedJobsSplitTheArchive(@TempDir Path work) throws Exception {
    Archive.write(work.resolve("archive"), 5);
    Set<String> made = new HashSet<>();
    int total = 0;
    for (int index = 0; index < 2; index++) {
      JarIT.Process run = run(work, Map.of("JOB_COMPLETION_INDEX", Integer.toString(index)), "batch", "archive",
          "-o", "out", "--shard-count", "2", "--jobs", "1", "--report", "report-" + index + ".json");
      assertEquals(0, run.exitCode(), run.err());
      JsonNode report = JSON.readTree(work.resolve("report-" + index + ".json").toFile());
      assertEquals((index + 1) + "/2", report.get("shard").asText());
      total += report.get("totals").get("editions").asInt();
      report.get("editions").forEach(e -> assertTrue(made.add(e.get("id").asText()), "in two shards: " + e));
    }
    assertEquals(5, total, "the shards together cover the archive");
    assertEquals(5, editionFolders(work.resolve("out")).size());
  }

  @Test
  void twoGenerateProcessesOnOneFolderEndWithOneValidResult(@TempDir Path work) throws Exception {
    List<Path> editions = Archive.write(work.resolve("archive"), 2);
    Process a = jar(work, Map.of(), "generate", editions.get(0).toString(), "-o", "shared", "-q", "--jobs", "1")
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    Process b = jar(work, Map.of(), "generate", editions.get(1).toString(), "-o", "shared", "-q", "--jobs", "1")
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    assertTrue(a.waitFor(5, TimeUnit.MINUTES) && b.waitFor(5, TimeUnit.MINUTES));
    assertEquals(0, a.exitValue());
    assertEquals(0, b.exitValue());
    JsonNode manifest = OutputChecks.assertValidEdition(work.resolve("shared"));
    String title = manifest.get("edition").get("title").asText();
    assertTrue(title.equals("Archive edition 1") || title.equals("Archive edition 2"), title);
    try (Stream<Path> files = Files.list(work.resolve("shared"))) {
      assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary left");
    }
  }
}
