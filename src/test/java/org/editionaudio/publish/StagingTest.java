package org.editionaudio.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.editionaudio.audio.Scratch;
import org.editionaudio.common.AtomicFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagingTest {
  @Test
  void nothingIsVisibleBeforeCommitAndAFailedRunLeavesNoFolder(@TempDir Path root) throws Exception {
    Path dir = root.resolve("out").resolve("edition");
    try (Staging staging = new Publisher(dir).begin()) {
      staging.write("manifest.json", "{}");
      Files.writeString(staging.reserve("edition.mp3"), "half an mp3");
      assertEquals(List.of(), visible(dir));
    }
    assertFalse(Files.exists(dir), "a run that did not commit removes the folder it made");
  }

  @Test
  void aFailedRunKeepsWhatWasPublishedBefore(@TempDir Path dir) throws Exception {
    try (Staging first = new Publisher(dir).begin()) {
      first.write("manifest.json", "first");
      first.commit();
    }
    try (Staging second = new Publisher(dir).begin()) {
      second.write("manifest.json", "second");
    }
    assertEquals("first", Files.readString(dir.resolve("manifest.json")));
    try (var files = Files.list(dir)) {
      assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")));
    }
  }

  @Test
  void commitPublishesEveryFile(@TempDir Path dir) throws Exception {
    try (Staging staging = new Publisher(dir).begin()) {
      Files.writeString(staging.reserve("edition.mp3"), "audio");
      staging.write("manifest.json", "{}");
      staging.commit();
    }
    assertEquals(List.of("edition.mp3", "manifest.json"), visible(dir));
  }

  @Test
  void concurrentCommitsNeverMixTheirFiles(@TempDir Path dir) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> runs = new java.util.ArrayList<>();
      for (int run = 0; run < 40; run++) {
        String tag = "run" + run;
        runs.add(pool.submit(() -> {
          try (Staging staging = new Publisher(dir).begin()) {
            staging.write("edition.mp3", tag);
            staging.write("manifest.json", tag);
            staging.commit();
          }
          return null;
        }));
      }
      for (Future<?> run : runs) {
        run.get();
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(Files.readString(dir.resolve("edition.mp3")), Files.readString(dir.resolve("manifest.json")));
  }

  @Test
  void staleTemporariesOfKilledRunsAreSwept(@TempDir Path dir) throws Exception {
    Path stale = dir.resolve(".edition.mp3.dead" + AtomicFiles.TEMP_SUFFIX);
    Path fresh = dir.resolve(".edition.mp3.alive" + AtomicFiles.TEMP_SUFFIX);
    Files.writeString(stale, "x");
    Files.writeString(fresh, "x");
    Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(2, ChronoUnit.HOURS)));
    new Publisher(dir).begin().close();
    assertFalse(Files.exists(stale));
    assertTrue(Files.exists(fresh), "another run may still be writing it");
  }

  /** Publishes every name with {@code tag} as its content, the manifest last. */
  static void publish(Path dir, String tag, List<String> names) throws Exception {
    try (Staging staging = new Publisher(dir).begin()) {
      for (String name : names) {
        staging.write(name, tag);
      }
      staging.commit();
    }
  }

  private static final List<String> EDITION = List.of("edition.mp3", "chapters.vtt", "index.html", "manifest.json");

  @Test
  void aFolderInThePlaceOfAFileFailsBeforeAnythingIsReplaced(@TempDir Path root) throws Exception {
    // It used to rename edition.mp3 into place, then fail: new audio beside the old manifest.
    for (String blocked : List.of("index.html", "manifest.json")) {
      Path dir = root.resolve(blocked);
      publish(dir, "old", EDITION);
      Files.delete(dir.resolve(blocked));
      Files.createDirectories(dir.resolve(blocked).resolve("inside"));
      PublishException e = org.junit.jupiter.api.Assertions.assertThrows(PublishException.class,
          () -> publish(dir, "new", EDITION));
      assertTrue(e.getMessage().startsWith(dir.resolve(blocked) + ": cannot write the output (a folder is in the place"),
          e.getMessage());
      for (String name : EDITION) {
        if (!name.equals(blocked)) {
          assertEquals("old", Files.readString(dir.resolve(name)), name);
        }
      }
      assertTrue(Files.isDirectory(dir.resolve(blocked).resolve("inside")), "the folder is left alone");
      assertEquals(List.of(), hidden(dir), "no temporary file left");
    }
  }

  @Test
  void aRenameFailingHalfwayPutsEveryOldFileBack(@TempDir Path dir) throws Exception {
    publish(dir, "old", EDITION);
    try (Staging staging = new Publisher(dir).begin()) {
      for (String name : EDITION) {
        staging.write(name, "new");
      }
      // After the second rename, the third file's temporary disappears: its rename fails.
      Path third = staging.reserve("index.html");
      Files.writeString(third, "new");
      staging.write("manifest.json", "new");
      staging.onRenamed(path -> {
        if (path.getFileName().toString().equals("chapters.vtt")) {
          Scratch.delete(third);
        }
      });
      assertThrows(PublishException.class, staging::commit);
    }
    for (String name : EDITION) {
      assertEquals("old", Files.readString(dir.resolve(name)), name);
    }
    assertEquals(List.of(), hidden(dir), "no temporary or old copy left");
  }

  @Test
  void aFirstPublicationFailingHalfwayLeavesNoFileAndNoFolder(@TempDir Path root) throws Exception {
    Path dir = root.resolve("new");
    try (Staging staging = new Publisher(dir).begin()) {
      staging.write("edition.mp3", "new");
      Path second = staging.reserve("chapters.vtt");
      Files.writeString(second, "new");
      staging.write("manifest.json", "new");
      staging.onRenamed(path -> Scratch.delete(second));
      assertThrows(PublishException.class, staging::commit);
    }
    assertFalse(Files.exists(dir));
  }

  private static List<String> hidden(Path dir) throws Exception {
    try (var files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString())
          .filter(n -> n.startsWith(".") && !n.equals(Staging.LOCK_FILE)).sorted().toList();
    }
  }

  private static List<String> visible(Path dir) throws Exception {
    if (!Files.exists(dir)) {
      return List.of();
    }
    try (var files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
    }
  }
}
