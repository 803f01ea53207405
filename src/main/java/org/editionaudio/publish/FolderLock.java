package org.editionaudio.publish;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.UUID;

/**
 * A lock between processes on an output folder that leaves no file behind: the lock file
 * ({@code .edition-audio.lock}) is deleted by its holder before it lets go, so a published folder
 * holds only what a site should serve. A process that was waiting on the deleted file sees that the
 * file at the path is no longer the one it locked (each holder writes a token of its own into it and
 * reads it back through the path) and locks the new one instead.
 */
final class FolderLock implements AutoCloseable {
  static final String FILE = ".edition-audio.lock";

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;
  private final FileChannel check;

  private FolderLock(Path file, FileChannel channel, FileLock lock, FileChannel check) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
    this.check = check;
  }

  /** Waits for the folder's lock. */
  static FolderLock acquire(Path dir) throws IOException {
    Path file = dir.resolve(FILE);
    while (true) {
      FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE);
      FileChannel check = null;
      try {
        FileLock lock = channel.lock();
        byte[] token = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(token), 0);
        // Read back through the path with a channel kept open until close(): POSIX drops a process's
        // lock on a file when any descriptor of that file is closed.
        check = FileChannel.open(file, StandardOpenOption.READ);
        ByteBuffer read = ByteBuffer.allocate(token.length + 1);
        while (check.read(read, read.position()) > 0 && read.hasRemaining()) {
          // until the token and one byte more, or the end
        }
        if (read.position() == token.length && Arrays.equals(Arrays.copyOf(read.array(), token.length), token)) {
          return new FolderLock(file, channel, lock, check);
        }
      } catch (NoSuchFileException e) {
        // The holder before us deleted the file we were waiting on: take the new one.
      } catch (IOException | RuntimeException e) {
        close(check);
        channel.close();
        throw e;
      }
      close(check);
      channel.close();
    }
  }

  private static void close(FileChannel channel) throws IOException {
    if (channel != null) {
      channel.close();
    }
  }

  /** Deletes the lock file, then lets go. */
  @Override
  public void close() throws IOException {
    try {
      Files.deleteIfExists(file);
    } finally {
      try {
        lock.release();
      } finally {
        try {
          check.close();
        } finally {
          channel.close();
        }
      }
    }
  }
}
