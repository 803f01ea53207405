package org.editionaudio.audio;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Where the pipeline keeps its temporary files (raw samples, ffmpeg's metadata and logs): one
 * folder under the system's temporary folder. A run killed with {@code kill -9} cannot delete its
 * own; the next run sweeps files nobody has touched for hours, so they never pile up.
 */
public final class Scratch {
  // Longer than any one edition's encoding, during which its files sit untouched.
  private static final Duration ABANDONED = Duration.ofHours(6);

  private Scratch() {}

  /** The scratch folder, created when needed. */
  static Path folder() throws IOException {
    return Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "edition-audio", "work"));
  }

  /** A new empty file in the scratch folder. */
  public static Path file(String prefix, String suffix) throws IOException {
    return Files.createTempFile(folder(), prefix, suffix);
  }

  /** Deletes a file if it is there; a file that cannot be deleted now goes when the JVM exits. */
  public static void delete(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      file.toFile().deleteOnExit();
    }
  }

  /** Deletes scratch files that killed runs left behind. */
  static void sweep() {
    Instant before = Instant.now().minus(ABANDONED);
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder())) {
      for (Path file : files) {
        if (Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
          delete(file);
        }
      }
    } catch (IOException e) {
      // Housekeeping only: the run does not depend on it.
    }
  }
}
