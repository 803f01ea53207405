package org.editionaudio.publish;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.editionaudio.common.AtomicFiles;

/** Opens an output folder for atomic publication of an edition's files. */
public final class Publisher {
  // A temporary file untouched for this long was left by a run that was killed.
  private static final Duration STALE = Duration.ofHours(1);

  private final Path dir;

  /** A publisher for the folder {@code dir}, created when needed. */
  public Publisher(Path dir) {
    this.dir = dir;
  }

  /** Starts staging files; creates the folder and sweeps temporary files that killed runs left. */
  public Staging begin() throws PublishException {
    boolean created = !Files.isDirectory(dir);
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new PublishException(dir, "cannot create the folder: " + e.getMessage(), e);
    }
    sweepStaleTemporaries();
    return new Staging(dir, created);
  }

  private void sweepStaleTemporaries() {
    Instant cutoff = Instant.now().minus(STALE);
    try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir, ".*" + AtomicFiles.TEMP_SUFFIX)) {
      for (Path temp : temps) {
        FileTime modified = Files.getLastModifiedTime(temp);
        if (modified.toInstant().isBefore(cutoff)) {
          Files.deleteIfExists(temp);
        }
      }
    } catch (IOException e) {
      // Sweeping is housekeeping; publishing does not depend on it.
    }
  }
}
