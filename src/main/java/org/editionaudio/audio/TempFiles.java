package org.editionaudio.audio;

import java.io.IOException;
import java.nio.file.Path;

/** Temporary files of one encoding, deleted when it ends whether it succeeded or not. */
final class TempFiles implements AutoCloseable {
  private final java.util.List<Path> files = new java.util.ArrayList<>();

  /** A new empty temporary file with {@code suffix}. */
  Path create(String suffix) throws IOException {
    Path file = Scratch.file("edition-audio-", suffix);
    files.add(file);
    return file;
  }

  @Override
  public void close() {
    files.forEach(Scratch::delete);
  }
}
