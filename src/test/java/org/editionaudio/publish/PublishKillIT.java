package org.editionaudio.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 between two renames of a commit, in a process of its own: a reader never finds new audio under an old manifest. */
class PublishKillIT {
  private static final Path JAR = Path.of(System.getProperty("editionaudio.jar", "target/edition-audio.jar"));

  /** Starts a process publishing {@code tag} into {@code dir} that stops after {@code stopAfter} is renamed. */
  private static Process commitUntilKilled(Path dir, String tag, String stopAfter) throws Exception {
    String classPath = JAR.toAbsolutePath() + java.io.File.pathSeparator + Path.of("target/test-classes").toAbsolutePath();
    return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath,
        CommitUntilKilled.class.getName(), dir.toString(), tag, stopAfter).redirectErrorStream(true).start();
  }

  @Test
  void aKillBetweenRenamesNeverLeavesAManifestBesideFilesItDoesNotDescribe(@TempDir Path root) throws Exception {
    List<String> names = CommitUntilKilled.EDITION;
    // Every rename but the manifest's, which is the last.
    for (String stopAfter : names.subList(0, names.size() - 1)) {
      Path dir = root.resolve("after-" + stopAfter);
      StagingTest.publish(dir, "old", names);
      Process process = commitUntilKilled(dir, "new", stopAfter);
      try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        assertEquals("renamed " + stopAfter, out.readLine(), "the commit reached the rename of " + stopAfter);
      }
      process.destroyForcibly();
      assertTrue(process.waitFor(1, TimeUnit.MINUTES));
      assertEquals("new", Files.readString(dir.resolve(stopAfter)), "killed after this rename, not before");

      // What a reader finds: a manifest only beside the files it describes.
      if (Files.exists(dir.resolve("manifest.json"))) {
        String manifest = Files.readString(dir.resolve("manifest.json"));
        for (String name : names) {
          assertEquals(manifest, Files.readString(dir.resolve(name)), name + " beside the " + manifest + " manifest");
        }
      }
      assertTrue(Files.notExists(dir.resolve("manifest.json")), "the old manifest was withdrawn before the first rename");

      // The same publication again completes, whatever the killed one left.
      StagingTest.publish(dir, "again", names);
      for (String name : names) {
        assertEquals("again", Files.readString(dir.resolve(name)), name);
      }
    }
  }
}
