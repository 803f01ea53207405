package org.editionaudio.publish;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.editionaudio.audio.Scratch;
import org.editionaudio.common.AtomicFiles;

/**
 * Files being written into an output folder. Each file is written under a hidden temporary name
 * in the same folder; {@link #commit()} renames them into place in the order they were staged,
 * under a lock so that two processes publishing the same folder never mix their files. The file
 * staged last (the manifest) is the folder's pointer: it describes the others, so it is moved
 * aside before the first rename and put in place after the last. Whoever reads the folder, even
 * after a kill between two renames, finds either the old manifest with the old files, the new one
 * with the new files, or no manifest (being published). A commit that fails puts the old files
 * back. Closing without commit removes every temporary file, and the folder if this staging
 * created it, so a failed run leaves nothing behind.
 */
public final class Staging implements AutoCloseable {
  static final String LOCK_FILE = ".edition-audio.lock";

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
  private final Runnable onStop = this::close;
  private Consumer<Path> renamed = path -> {};
  private boolean committed;
  private boolean closed;

  Staging(Path dir, boolean createdDir) {
    this.dir = dir;
    this.createdDir = createdDir;
    Scratch.onStop(onStop);
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
  public synchronized void commit() throws PublishException {
    if (closed) {
      throw new PublishException(dir, "the run was stopped before it was published", null);
    }
    synchronized (LOCAL_LOCKS[Math.floorMod(dir.toAbsolutePath().normalize().hashCode(), LOCAL_LOCKS.length)]) {
      commitLocked();
    }
  }

  private void commitLocked() throws PublishException {
    if (staged.isEmpty()) {
      committed = true;
      return;
    }
    checkTargets();
    Path lockFile = dir.resolve(LOCK_FILE);
    try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.lock()) {
      Renames renames = new Renames();
      try {
        List<String> names = new ArrayList<>(staged.keySet());
        renames.withdraw(dir.resolve(names.get(names.size() - 1)));
        for (String name : names) {
          renames.replace(staged.get(name), dir.resolve(name));
          renamed.accept(dir.resolve(name));
        }
      } catch (IOException | RuntimeException e) {
        renames.rollBack(e);
        throw e;
      }
      renames.forgetOldFiles();
      committed = true;
    } catch (IOException e) {
      throw new PublishException(dir, e.getMessage(), e);
    }
  }

  /** Before anything is renamed: every temporary file is there and no folder stands where a file goes. */
  private void checkTargets() throws PublishException {
    for (Map.Entry<String, Path> file : staged.entrySet()) {
      Path target = dir.resolve(file.getKey());
      if (!Files.isRegularFile(file.getValue())) {
        throw new PublishException(target, "its temporary file is missing", null);
      }
      if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
        throw new PublishException(target, "a folder is in the place of this file; nothing was replaced",
            "move the folder away and run again", null);
      }
    }
  }

  /** Called with each final path as soon as it is in place (for tests that stop a commit halfway). */
  void onRenamed(Consumer<Path> listener) {
    this.renamed = listener;
  }

  /** The renames of one commit, with the old files kept aside until it is complete. */
  private final class Renames {
    private final Map<Path, Path> oldFiles = new LinkedHashMap<>();
    private final List<Path> placed = new ArrayList<>();
    private Path pointer;

    /** Moves {@code target} aside, so the folder has no such file until it is replaced. */
    void withdraw(Path target) throws IOException {
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        Path aside = aside(target);
        AtomicFiles.move(target, aside);
        oldFiles.put(target, aside);
        pointer = target;
      }
    }

    /** Renames {@code temp} over {@code target}, keeping a link to the old file for a rollback. */
    void replace(Path temp, Path target) throws IOException {
      if (!oldFiles.containsKey(target) && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        Path aside = aside(target);
        try {
          Files.createLink(aside, target);
        } catch (UnsupportedOperationException | IOException e) {
          // No hard links here: a copy keeps the old file just the same.
          Files.copy(target, aside, LinkOption.NOFOLLOW_LINKS);
        }
        oldFiles.put(target, aside);
      }
      AtomicFiles.move(temp, target);
      placed.add(target);
    }

    /** Puts back every old file, newest rename first and the pointer last; removes new files that had none before. */
    void rollBack(Exception failure) {
      List<Path> order = new ArrayList<>(placed);
      Collections.reverse(order);
      if (pointer != null) {
        order.remove(pointer);
        order.add(pointer);
      }
      for (Path target : order) {
        try {
          Path aside = oldFiles.get(target);
          if (aside != null) {
            AtomicFiles.move(aside, target);
          } else {
            Files.deleteIfExists(target);
          }
        } catch (IOException | RuntimeException e) {
          failure.addSuppressed(e);
        }
      }
      // Old copies of files whose rename never happened: the file itself was never touched.
      oldFiles.values().forEach(Scratch::delete);
    }

    void forgetOldFiles() {
      oldFiles.values().forEach(Scratch::delete);
    }

    private Path aside(Path target) {
      return AtomicFiles.temporary(target.resolveSibling(target.getFileName() + ".old"));
    }
  }

  /** Without a commit: deletes the temporary files, and the folder if this run created it and it is empty. */
  @Override
  public synchronized void close() {
    Scratch.withdraw(onStop);
    if (committed || closed) {
      return;
    }
    closed = true;
    staged.values().forEach(Scratch::delete);
    if (createdDir) {
      try (var entries = Files.list(dir)) {
        List<Path> left = new ArrayList<>(entries.toList());
        // A commit that failed leaves the lock file it took in the folder this run made.
        if (left.equals(List.of(dir.resolve(LOCK_FILE)))) {
          Files.deleteIfExists(left.get(0));
          left.clear();
        }
        if (left.isEmpty()) {
          Files.deleteIfExists(dir);
        }
      } catch (IOException e) {
        // The folder stays; it holds nothing of this run.
      }
    }
  }

}
