package org.editionaudio.common;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Temp-then-rename: a file is written under a hidden temporary name beside its target and renamed
 * into place, so a reader sees the old file or the whole new one, never half of it.
 */
public final class AtomicFiles {
  /** How every temporary file's name ends, so that sweeps of files left by killed runs can find them. */
  public static final String TEMP_SUFFIX = ".tmp";

  private AtomicFiles() {}

  /** What to write into the temporary file. */
  @FunctionalInterface
  public interface Content {
    /** Writes the whole content into {@code temporary}. */
    void writeTo(Path temporary) throws IOException;
  }

  /** A fresh hidden temporary path beside {@code target}: {@code .NAME.<uuid>.tmp}. */
  public static Path temporary(Path target) {
    return target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + TEMP_SUFFIX);
  }

  /** Writes {@code content} to {@code target} atomically, creating its folder; the temporary file never stays. */
  public static void write(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Files.createDirectories(absolute.getParent());
    Path temporary = temporary(absolute);
    try {
      content.writeTo(temporary);
      move(temporary, absolute);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** Writes {@code bytes} to {@code target} atomically. */
  public static void write(Path target, byte[] bytes) throws IOException {
    write(target, temporary -> Files.write(temporary, bytes));
  }

  /** Renames {@code from} to {@code to} (in the same folder), replacing it, atomically where the file system can. */
  public static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      // Same folder, so this only happens on file systems without atomic rename.
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
