package org.editionaudio.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ShardTest {
  @Test
  void shardsCoverEveryIdExactlyOnceAndEvenly() {
    int[] counts = new int[4];
    for (int i = 0; i < 4000; i++) {
      String id = "2024-01-" + i + "-edition";
      int owners = 0;
      for (int k = 1; k <= 4; k++) {
        if (new Shard(k, 4).contains(id)) {
          owners++;
          counts[k - 1]++;
        }
      }
      assertEquals(1, owners, id);
    }
    for (int count : counts) {
      assertTrue(count > 850 && count < 1150, "even split: " + java.util.Arrays.toString(counts));
    }
  }

  @Test
  void stableAcrossRuns() {
    assertEquals(new Shard(3, 7).contains("2024-09-18-bringing-the-fight-home"),
        Shard.parse("3/7").contains("2024-09-18-bringing-the-fight-home"));
  }

  @Test
  void parsesAndRejects() {
    assertEquals(new Shard(2, 8), Shard.parse("2/8"));
    assertThrows(IllegalArgumentException.class, () -> Shard.parse("0/8"));
    assertThrows(IllegalArgumentException.class, () -> Shard.parse("9/8"));
    assertThrows(IllegalArgumentException.class, () -> Shard.parse("two"));
  }

  @Test
  void zeroShardsSaysWhatIsWrong() {
    assertEquals("--shard 0/0: the number of shards N must be at least 1",
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("0/0")).getMessage());
    assertEquals("--shard 3/2: K must be between 1 and 2",
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("3/2")).getMessage());
    assertThrows(IllegalArgumentException.class, () -> Shard.parse("1/99999999999"), "not an overflow");
  }

  @Test
  void readsKubernetesAndSlurm() {
    assertEquals(new Shard(1, 5), Shard.fromEnvironment(Map.of("JOB_COMPLETION_INDEX", "0"), 5));
    assertEquals(new Shard(5, 5), Shard.fromEnvironment(Map.of("JOB_COMPLETION_INDEX", "4"), 5));
    assertThrows(IllegalArgumentException.class, () -> Shard.fromEnvironment(Map.of("JOB_COMPLETION_INDEX", "0"), null));
    assertEquals(new Shard(3, 10), Shard.fromEnvironment(
        Map.of("SLURM_ARRAY_TASK_ID", "2", "SLURM_ARRAY_TASK_COUNT", "10"), null));
    assertEquals(new Shard(1, 4), Shard.fromEnvironment(
        Map.of("SLURM_ARRAY_TASK_ID", "1", "SLURM_ARRAY_TASK_COUNT", "4", "SLURM_ARRAY_TASK_MIN", "1"), null));
    assertEquals(null, Shard.fromEnvironment(Map.of(), null));
  }
}
