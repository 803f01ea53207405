package org.editionaudio.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folder lock excludes other processes although every holder deletes the lock file before letting go. */
class FolderLockIT {
  private static final int PROCESSES = 3;
  private static final int ROUNDS = 40;

  /** A contender: ROUNDS times, under the lock, reads the counter, waits, writes it plus one. */
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    Path counter = dir.resolve("counter");
    for (int i = 0; i < ROUNDS; i++) {
      try (FolderLock lock = FolderLock.acquire(dir)) {
        int value = Integer.parseInt(Files.readString(counter).strip());
        Thread.sleep(1);
        Files.writeString(counter, Integer.toString(value + 1));
      }
    }
  }

  @Test
  void processesNeverHoldItTogetherAndNoLockFileIsLeft(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("counter"), "0");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<Process> processes = new ArrayList<>();
    for (int i = 0; i < PROCESSES; i++) {
      processes.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), FolderLockIT.class.getName(),
          dir.toString()).inheritIO().start());
    }
    for (Process process : processes) {
      assertTrue(process.waitFor(2, TimeUnit.MINUTES), "finished");
      assertEquals(0, process.exitValue());
    }
    assertEquals(Integer.toString(PROCESSES * ROUNDS), Files.readString(dir.resolve("counter")), "no update was lost");
    assertFalse(Files.exists(dir.resolve(FolderLock.FILE)), "no lock file left behind");
  }
}
