package org.editionaudio.batch;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.editionaudio.common.Sha256;

/**
 * A stable share of a batch: edition {@code id} belongs to shard {@code k} of {@code n} when the
 * first eight bytes of SHA-256(id), modulo n, equal k − 1. Every machine computes the same split
 * from the ids alone, so shards never overlap and together cover every edition.
 *
 * @param index 1-based shard number, 1..count
 * @param count number of shards
 */
public record Shard(int index, int count) {
  /** The whole batch. */
  public static final Shard ALL = new Shard(1, 1);

  private static final Pattern TEXT = Pattern.compile("(\\d{1,9})/(\\d{1,9})");

  /** Requires 1 ≤ index ≤ count. */
  public Shard {
    if (count < 1) {
      throw new IllegalArgumentException("shard " + index + "/" + count + ": the number of shards must be at least 1");
    }
    if (index < 1 || index > count) {
      throw new IllegalArgumentException("shard " + index + "/" + count + ": the shard must be between 1 and " + count);
    }
  }

  /** Parses "K/N". */
  public static Shard parse(String text) {
    Matcher m = TEXT.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("--shard " + text + " is not K/N, e.g. 2/8");
    }
    int index = Integer.parseInt(m.group(1));
    int count = Integer.parseInt(m.group(2));
    if (count < 1) {
      throw new IllegalArgumentException("--shard " + text + ": the number of shards N must be at least 1");
    }
    if (index < 1 || index > count) {
      throw new IllegalArgumentException("--shard " + text + ": K must be between 1 and " + count);
    }
    return new Shard(index, count);
  }

  /**
   * The shard a job runner assigned through the environment: Kubernetes Indexed Jobs set
   * JOB_COMPLETION_INDEX (0-based; the count comes from {@code shardCount}), Slurm job arrays
   * SLURM_ARRAY_TASK_ID with SLURM_ARRAY_TASK_COUNT (and SLURM_ARRAY_TASK_MIN when the array does
   * not start at 0). Null when neither is set.
   */
  public static Shard fromEnvironment(Map<String, String> env, Integer shardCount) {
    String index = env.get("JOB_COMPLETION_INDEX");
    if (index != null && !index.isBlank()) {
      if (shardCount == null) {
        throw new IllegalArgumentException("JOB_COMPLETION_INDEX is set: give the number of shards with --shard-count N");
      }
      return new Shard(Integer.parseInt(index.strip()) + 1, shardCount);
    }
    String task = env.get("SLURM_ARRAY_TASK_ID");
    if (task != null && !task.isBlank()) {
      String count = env.get("SLURM_ARRAY_TASK_COUNT");
      int n = shardCount != null ? shardCount : count == null ? 0 : Integer.parseInt(count.strip());
      if (n < 1) {
        throw new IllegalArgumentException("SLURM_ARRAY_TASK_ID is set without SLURM_ARRAY_TASK_COUNT: give --shard-count N");
      }
      String min = env.get("SLURM_ARRAY_TASK_MIN");
      int first = min == null || min.isBlank() ? 0 : Integer.parseInt(min.strip());
      return new Shard(Integer.parseInt(task.strip()) - first + 1, n);
    }
    return null;
  }

  /**
   * The shard a run takes: {@code K/N} when given, else the index the environment assigns with
   * {@code shardCount} shards, else all of them.
   *
   * @throws IllegalArgumentException when {@code option} is not K/N or a shard count has no index to go with it
   */
  public static Shard choose(String option, Integer shardCount, Map<String, String> env) {
    if (option != null) {
      return parse(option);
    }
    Shard assigned = fromEnvironment(env, shardCount);
    if (assigned == null && shardCount != null) {
      throw new IllegalArgumentException(
          "--shard-count needs JOB_COMPLETION_INDEX or SLURM_ARRAY_TASK_ID in the environment");
    }
    return assigned == null ? ALL : assigned;
  }

  /** True when the edition belongs to this shard. */
  public boolean contains(String editionId) {
    if (count == 1) {
      return true;
    }
    byte[] hash = Sha256.digest(editionId.getBytes(StandardCharsets.UTF_8));
    long value = 0;
    for (int i = 0; i < 8; i++) {
      value = (value << 8) | (hash[i] & 0xFF);
    }
    return Long.remainderUnsigned(value, count) == index - 1;
  }

  @Override
  public String toString() {
    return index + "/" + count;
  }
}
