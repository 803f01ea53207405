package org.editionaudio.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.editionaudio.audio.Scratch;
import org.editionaudio.common.AtomicFiles;

/**
 * Files being written into an output folder. Each file is written under a hidden temporary name
 * in the same folder; {@link #commit()} renames them into place in the order they were staged
 * (the manifest last), under a {@link FolderLock} so that two processes publishing the same folder
 * never mix their files. Closing without commit removes every temporary file, and the folder if this
 * staging created it, so a failed run leaves nothing behind.
 */
public final class Staging implements AutoCloseable {
  static final String LOCK_FILE = FolderLock.FILE;

  // File locks belong to the whole process, so threads of one process (a batch's workers) also
  // take one of these striped monitors, chosen by the folder.
  private static final Object[] LOCAL_LOCKS = new Object[64];

  static {
    for (int i = 0; i < LOCAL_LOCKS.length; i++) {
      LOCAL_LOCKS[i] = new Object();
    }
  }

  private final Path dir;
  private final boolean createdDir;
  private final Map<String, Path> staged = new LinkedHashMap<>();
  private boolean committed;

  Staging(Path dir, boolean createdDir) {
    this.dir = dir;
    this.createdDir = createdDir;
  }

  /** The output folder. */
  public Path dir() {
    return dir;
  }

  /** A temporary path in the folder that will become {@code name} on commit. */
  public Path reserve(String name) {
    if (name.contains("/") || name.contains("\\") || name.startsWith(".")) {
      throw new IllegalArgumentException("not a plain file name: " + name);
    }
    Path temp = AtomicFiles.temporary(dir.resolve(name));
    Path previous = staged.remove(name);
    if (previous != null) {
      Scratch.delete(previous);
    }
    staged.put(name, temp);
    return temp;
  }

  /** Stages a text file. */
  public void write(String name, String content) throws PublishException {
    Path temp = reserve(name);
    try {
      Files.writeString(temp, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new PublishException(dir.resolve(name), e.getMessage(), e);
    }
  }

  /** Stages a binary file. */
  public void write(String name, byte[] content) throws PublishException {
    Path temp = reserve(name);
    try {
      Files.write(temp, content);
    } catch (IOException e) {
      throw new PublishException(dir.resolve(name), e.getMessage(), e);
    }
  }

  /** Renames every staged file into place, in staging order, holding the folder's lock. */
  public void commit() throws PublishException {
    synchronized (LOCAL_LOCKS[Math.floorMod(dir.toAbsolutePath().normalize().hashCode(), LOCAL_LOCKS.length)]) {
      commitLocked();
    }
  }

  private void commitLocked() throws PublishException {
    try (FolderLock lock = FolderLock.acquire(dir)) {
      for (Map.Entry<String, Path> file : staged.entrySet()) {
        Path target = dir.resolve(file.getKey());
        if (!Files.isRegularFile(file.getValue())) {
          throw new PublishException(target, "its temporary file is missing", null);
        }
        AtomicFiles.move(file.getValue(), target);
      }
      committed = true;
    } catch (IOException e) {
      throw new PublishException(dir, e.getMessage(), e);
    }
  }


  /** Without a commit: deletes the temporary files, and the folder if this run created it and it is empty. */
  @Override
  public void close() {
    if (committed) {
      return;
    }
    staged.values().forEach(Scratch::delete);
    if (createdDir) {
      try (var entries = Files.list(dir)) {
        List<Path> left = new ArrayList<>(entries.toList());
        if (left.isEmpty()) {
          Files.deleteIfExists(dir);
        }
      } catch (IOException e) {
        // The folder stays; it holds nothing of this run.
      }
    }
  }

}
