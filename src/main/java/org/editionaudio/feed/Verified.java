package org.editionaudio.feed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.editionaudio.common.AtomicFiles;
import org.editionaudio.common.Sha256;

/**
 * Audio files whose SHA-256 was checked against their manifest, remembered in
 * {@code DIR/.edition-audio-feed.verified} by size and modification time, so that a feed over
 * years of editions reads each audio file once rather than on every run.
 */
final class Verified {
  static final String FILE = ".edition-audio-feed.verified";

  private final Path store;
  private final Map<String, String> before = new TreeMap<>();
  private final Map<String, String> now = new TreeMap<>();

  private Verified(Path store) {
    this.store = store;
  }

  /** The checks remembered in {@code dir}. */
  static Verified in(Path dir) {
    Verified verified = new Verified(dir.resolve(FILE));
    try {
      for (String line : Files.readAllLines(verified.store, StandardCharsets.UTF_8)) {
        int tab = line.indexOf('\t');
        if (tab > 0) {
          verified.before.put(line.substring(0, tab), line.substring(tab + 1));
        }
      }
    } catch (IOException e) {
      // Nothing remembered: every file is checked.
    }
    return verified;
  }

  /** Checks that {@code audio} is there with the size and SHA-256 the manifest records. */
  void check(String folder, Path audio, long bytes, String sha256) throws Shelf.Unlisted {
    long size;
    long modified;
    try {
      size = Files.size(audio);
      modified = Files.getLastModifiedTime(audio).toMillis();
    } catch (IOException e) {
      throw new Shelf.Unlisted("its audio file " + audio.getFileName() + " is missing");
    }
    if (size != bytes) {
      throw new Shelf.Unlisted("its audio file " + audio.getFileName() + " has " + size + " bytes, the manifest says "
          + bytes);
    }
    String key = size + "\t" + modified + "\t" + sha256;
    if (!key.equals(before.get(folder))) {
      String actual = sha256(audio);
      if (!actual.equalsIgnoreCase(sha256)) {
        throw new Shelf.Unlisted("its audio file " + audio.getFileName() + " is not the one the manifest describes"
            + " (SHA-256 differs)");
      }
    }
    now.put(folder, key);
  }

  /** Saves what was checked, when it differs from what was remembered. */
  void save() throws IOException {
    if (now.equals(before)) {
      return;
    }
    StringBuilder text = new StringBuilder();
    now.forEach((folder, key) -> text.append(folder).append('\t').append(key).append('\n'));
    AtomicFiles.write(store, text.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String sha256(Path file) throws Shelf.Unlisted {
    try {
      return Sha256.of(file);
    } catch (IOException e) {
      throw new Shelf.Unlisted("cannot read its audio file (" + e.getMessage() + ")");
    }
  }
}
