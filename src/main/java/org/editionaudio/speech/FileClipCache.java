package org.editionaudio.speech;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;
import org.editionaudio.common.AtomicFiles;
import org.editionaudio.common.Sha256;

/**
 * A clip cache in a folder that several processes may share: each entry is written under a
 * temporary name and renamed into place, carries a checksum that is verified on every read (a
 * damaged entry is deleted and counts as a miss), and is touched when read so that, once the folder
 * grows past its cap, the least recently used entries go first.
 */
public final class FileClipCache implements ClipCache {
  private static final int MAGIC = 0x45414331; // "EAC1"
  private static final int HEADER = 24;
  private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");
  private static final Duration STALE_TEMPORARY = Duration.ofHours(1);

  private final Path dir;
  private final long maxBytes;
  private final String namespace;
  // Bytes written since the folder was last measured; the folder is measured when this could
  // have taken it past its cap.
  private final AtomicLong unmeasured = new AtomicLong(Long.MAX_VALUE / 2);
  private final AtomicLong measured = new AtomicLong();

  /**
   * A cache in {@code dir} (created when needed) of at most {@code maxBytes}. The {@code namespace}
   * (the tool's version) is part of every entry's name, so a new version never reads an old one's clips.
   */
  public FileClipCache(Path dir, long maxBytes, String namespace) {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("a cache needs room");
    }
    this.dir = dir;
    this.maxBytes = maxBytes;
    this.namespace = namespace;
  }

  /** The cache folder. */
  public Path dir() {
    return dir;
  }

  @Override
  public Optional<Clip> get(String key) {
    Path file = entry(key);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
    Optional<Clip> clip = decode(bytes);
    if (clip.isEmpty()) {
      deleteQuietly(file);
      return Optional.empty();
    }
    try {
      Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
    } catch (IOException e) {
      // Another process evicted it after we read it; we have the clip.
    }
    return clip;
  }

  @Override
  public void put(String key, Clip clip) {
    Path file = entry(key);
    byte[] bytes = encode(clip);
    try {
      AtomicFiles.write(file, bytes);
    } catch (IOException e) {
      return;
    }
    if (unmeasured.addAndGet(bytes.length) + measured.get() > maxBytes) {
      evict();
    }
  }

  /** Deletes least recently used entries until the folder is under 90% of its cap; sweeps dead temporaries. */
  synchronized void evict() {
    List<Entry> entries = new ArrayList<>();
    long total = 0;
    Instant staleBefore = Instant.now().minus(STALE_TEMPORARY);
    try (DirectoryStream<Path> shards = Files.newDirectoryStream(dir)) {
      for (Path shard : shards) {
        if (Files.isDirectory(shard)) {
          try (DirectoryStream<Path> files = Files.newDirectoryStream(shard, "*.clip")) {
            for (Path file : files) {
              BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
              entries.add(new Entry(file, attributes.size(), attributes.lastModifiedTime()));
              total += attributes.size();
            }
          }
        } else if (shard.getFileName().toString().endsWith(AtomicFiles.TEMP_SUFFIX)
            && Files.getLastModifiedTime(shard).toInstant().isBefore(staleBefore)) {
          deleteQuietly(shard);
        }
      }
    } catch (IOException e) {
      return;
    }
    long target = maxBytes / 10 * 9;
    if (total > maxBytes) {
      entries.sort(Comparator.comparing(Entry::used));
      for (Entry entry : entries) {
        if (total <= target) {
          break;
        }
        deleteQuietly(entry.file());
        total -= entry.size();
      }
    }
    measured.set(total);
    unmeasured.set(0);
  }

  private record Entry(Path file, long size, FileTime used) {}

  private Path entry(String key) {
    if (!KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("not a cache key: " + key);
    }
    String name = Sha256.of(namespace + "\n" + key);
    return dir.resolve(name.substring(0, 2)).resolve(name + ".clip");
  }


  static byte[] encode(Clip clip) {
    short[] samples = clip.samples();
    ByteBuffer buffer = ByteBuffer.allocate(HEADER + 2 * samples.length).order(ByteOrder.LITTLE_ENDIAN);
    buffer.putInt(MAGIC).putInt(samples.length).putInt(clip.onset()).putInt(clip.release()).putLong(0);
    for (short sample : samples) {
      buffer.putShort(sample);
    }
    CRC32C crc = new CRC32C();
    crc.update(buffer.array(), HEADER, 2 * samples.length);
    buffer.putLong(16, crc.getValue());
    return buffer.array();
  }

  static Optional<Clip> decode(byte[] bytes) {
    if (bytes.length < HEADER) {
      return Optional.empty();
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    int magic = buffer.getInt();
    int count = buffer.getInt();
    int onset = buffer.getInt();
    int release = buffer.getInt();
    long checksum = buffer.getLong();
    if (magic != MAGIC || count < 0 || bytes.length != HEADER + 2L * count
        || onset < 0 || release < onset || release > count) {
      return Optional.empty();
    }
    CRC32C crc = new CRC32C();
    crc.update(bytes, HEADER, 2 * count);
    if (crc.getValue() != checksum) {
      return Optional.empty();
    }
    short[] samples = new short[count];
    buffer.asShortBuffer().get(samples);
    return Optional.of(new Clip(samples, onset, release));
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // Another process may hold or have removed it; the next sweep tries again.
    }
  }
}
