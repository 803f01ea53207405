package org.editionaudio.speech;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileClipCacheTest {
  private static String key(int n) {
    return String.format("%064x", n);
  }

  private static Clip clip(int length) {
    short[] samples = new short[length];
    for (int i = 0; i < length; i++) {
      samples[i] = (short) (i * 7 - 300);
    }
    return new Clip(samples, 1, length - 1);
  }

  private static List<Path> entries(Path dir) throws Exception {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> f.toString().endsWith(".clip")).toList();
    }
  }

  @Test
  void storesAndReturnsClips(@TempDir Path dir) {
    FileClipCache cache = new FileClipCache(dir, 1 << 20, "v1");
    assertTrue(cache.get(key(1)).isEmpty());
    cache.put(key(1), clip(100));
    Clip back = cache.get(key(1)).orElseThrow();
    assertArrayEquals(clip(100).samples(), back.samples());
    assertEquals(1, back.onset());
    assertEquals(99, back.release());
    assertTrue(new FileClipCache(dir, 1 << 20, "v2").get(key(1)).isEmpty(), "another version reads its own entries");
  }

  @Test
  void aDamagedEntryIsAMissAndIsRemoved(@TempDir Path dir) throws Exception {
    FileClipCache cache = new FileClipCache(dir, 1 << 20, "v1");
    cache.put(key(2), clip(100));
    Path entry = entries(dir).get(0);
    byte[] bytes = Files.readAllBytes(entry);
    bytes[bytes.length - 3] ^= 0x40;
    Files.write(entry, bytes);
    assertTrue(cache.get(key(2)).isEmpty());
    assertFalse(Files.exists(entry));
    cache.put(key(3), clip(100));
    Path truncated = entries(dir).get(0);
    Files.write(truncated, java.util.Arrays.copyOf(Files.readAllBytes(truncated), 50));
    assertTrue(cache.get(key(3)).isEmpty());
  }

  @Test
  void evictsTheLeastRecentlyUsedPastItsCap(@TempDir Path dir) throws Exception {
    // Each entry is 24 + 2 * 1000 bytes; room for four.
    FileClipCache cache = new FileClipCache(dir, 4 * 2024 + 100, "v1");
    for (int i = 0; i < 4; i++) {
      cache.put(key(i), clip(1000));
    }
    List<Path> all = entries(dir);
    for (Path entry : all) {
      Files.setLastModifiedTime(entry, FileTime.from(Instant.now().minusSeconds(3600)));
    }
    assertTrue(cache.get(key(0)).isPresent(), "reading entry 0 makes it recent");
    cache.put(key(4), clip(1000));
    assertTrue(cache.get(key(0)).isPresent());
    assertTrue(cache.get(key(4)).isPresent());
    int left = 0;
    for (int i = 1; i < 4; i++) {
      left += cache.get(key(i)).isPresent() ? 1 : 0;
    }
    assertTrue(left < 3, "older entries were evicted");
    long total = 0;
    for (Path entry : entries(dir)) {
      total += Files.size(entry);
    }
    assertTrue(total <= 4 * 2024 + 100, "under the cap: " + total);
  }

  @Test
  void writersOfTheSameKeyNeverLeaveAHalfEntry(@TempDir Path dir) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> writes = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        FileClipCache cache = new FileClipCache(dir, 1 << 24, "v1");
        writes.add(pool.submit(() -> {
          cache.put(key(7), clip(5000));
          return cache.get(key(7)).orElseThrow();
        }));
      }
      for (Future<?> write : writes) {
        assertArrayEquals(clip(5000).samples(), ((Clip) write.get()).samples());
      }
    } finally {
      pool.shutdown();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      assertEquals(0, files.filter(f -> f.toString().endsWith(".tmp")).count(), "no temporary left");
    }
  }
}
