package org.editionaudio.publish;

import java.nio.file.Path;
import java.util.List;

/**
 * Run in its own process by {@link PublishKillIT}: publishes an edition's files with one tag as
 * their content and, once {@code STOP_AFTER} is in place, says so on stdout and waits to be killed.
 */
public final class CommitUntilKilled {
  static final List<String> EDITION = List.of("edition.mp3", "chapters.vtt", "index.html", "manifest.json");

  private CommitUntilKilled() {}

  /** Arguments: DIR TAG STOP_AFTER. */
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    try (Staging staging = new Publisher(dir).begin()) {
      for (String name : EDITION) {
        staging.write(name, args[1]);
      }
      staging.onRenamed(path -> {
        if (path.getFileName().toString().equals(args[2])) {
          System.out.println("renamed " + args[2]);
          System.out.flush();
          try {
            Thread.sleep(120_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
      });
      staging.commit();
    }
  }
}
