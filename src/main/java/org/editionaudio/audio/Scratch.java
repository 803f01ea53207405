package org.editionaudio.audio;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where the pipeline keeps its temporary files (raw samples, ffmpeg's metadata and logs): one
 * folder under the system's temporary folder. A run killed with {@code kill -9} cannot delete its
 * own; the next run sweeps files nobody has touched for hours, so they never pile up. A run
 * stopped by SIGTERM or Ctrl-C cleans up as a failed one does: a shutdown hook stops the ffmpeg it
 * started, runs the clean-ups registered with {@link #onStop} (unfinished output folders) and
 * deletes the scratch files still in use.
 */
public final class Scratch {
  // Longer than any one edition's encoding, during which its files sit untouched.
  private static final Duration ABANDONED = Duration.ofHours(6);
  private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();
  private static final Set<Runnable> ON_STOP = ConcurrentHashMap.newKeySet();
  private static volatile boolean stopping;

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(Scratch::stop, "edition-audio-cleanup"));
  }

  private Scratch() {}

  /** Runs {@code cleanup} if the JVM is stopped before {@link #withdraw} is called with it. */
  public static void onStop(Runnable cleanup) {
    ON_STOP.add(cleanup);
  }

  /** The work that {@code cleanup} would undo is finished or undone already. */
  public static void withdraw(Runnable cleanup) {
    ON_STOP.remove(cleanup);
  }

  private static void stop() {
    stopping = true;
    // ffmpeg would go on writing into a file that is about to be deleted.
    ProcessHandle.current().descendants().forEach(ProcessHandle::destroy);
    for (Runnable cleanup : ON_STOP) {
      try {
        cleanup.run();
      } catch (RuntimeException e) {
        // The JVM is going down; the next clean-up is worth trying all the same.
      }
    }
    LIVE.forEach(Scratch::delete);
  }

  /** The scratch folder, created when needed. */
  static Path folder() throws IOException {
    return Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "edition-audio", "work"));
  }

  /** A new empty file in the scratch folder. */
  public static Path file(String prefix, String suffix) throws IOException {
    if (stopping) {
      throw new IOException("the run is being stopped");
    }
    Path file = Files.createTempFile(folder(), prefix, suffix);
    LIVE.add(file);
    return file;
  }

  /** Deletes a file if it is there; a file that cannot be deleted now goes when the JVM exits. */
  public static void delete(Path file) {
    if (file == null) {
      return;
    }
    LIVE.remove(file);
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
