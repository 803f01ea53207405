package org.editionaudio.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.editionaudio.edition.EditionReader;
import org.editionaudio.pipeline.JobSettings;
import org.editionaudio.speech.ClipCache;
import org.editionaudio.speech.StandInEngine;
import org.editionaudio.speech.SpeechEngineFactory;
import org.editionaudio.speech.VoiceProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch's bookkeeping with a stand-in engine (a tone per sentence) and the real ffmpeg. */
class BatchRunnerIT {
  private static final int RATE = 48_000;

  /** Says each sentence as a short tone, counting them; fails on the word "unsayable". */
  private final AtomicInteger spoken = new AtomicInteger();
  private final SpeechEngineFactory tones = StandInEngine.engines(RATE, () -> new StandInEngine(RATE, "unsayable", text -> {
    spoken.incrementAndGet();
    short[] samples = new short[RATE / 5];
    for (int i = 0; i < samples.length; i++) {
      samples[i] = (short) (3000 * Math.sin(2 * Math.PI * (200 + text.length()) * i / RATE));
    }
    return samples;
  }));

  /**
   * Says each sentence as broadband noise, the same for the same text: the MP3 codec takes some of
   * its loudness away, as it does of a voice, where a pure tone keeps all of it.
   */
  private final SpeechEngineFactory hiss = StandInEngine.engines(RATE, () -> new StandInEngine(RATE, "unsayable", text -> {
    java.util.Random noise = new java.util.Random(text.hashCode());
    short[] samples = new short[RATE / 2];
    for (int i = 0; i < samples.length; i++) {
      samples[i] = (short) (2000 * noise.nextGaussian());
    }
    return samples;
  }));

  /** Remembers what was reported. */
  static final class Recorder implements BatchRunner.Listener {
    final List<Outcome> finished = new ArrayList<>();
    int planned;

    @Override
    public void planned(int editions, int inOtherShards) {
      planned = editions;
    }

    @Override
    public void finished(Outcome outcome) {
      finished.add(outcome);
    }
  }

  private Path archive;
  private Path out;

  @BeforeEach
  void archive(@TempDir Path dir) throws Exception {
    archive = Files.createDirectories(dir.resolve("archive"));
    out = dir.resolve("out");
    for (int i = 1; i <= 4; i++) {
      Files.writeString(archive.resolve("e" + i + ".txt"), "Edition " + i + "\n\nA first sentence. A second one.\n");
    }
    Files.writeString(archive.resolve("e5-empty.txt"), "");
    Files.writeString(archive.resolve("e6-same.txt"), "Edition 2\n\nAnother text, the same title.\n");
    Files.writeString(archive.resolve("e7-broken.txt"), "Edition 7\n\nThis one is unsayable for the engine.\n");
  }

  private List<Outcome> run(boolean force, Shard shard, int jobs) throws Exception {
    VoiceProfile voice = VoiceProfile.load(VoiceProfile.DEFAULT);
    BatchRunner runner = new BatchRunner(EditionReader.automatic(), tones, JobSettings.standard(voice, jobs),
        ClipCache.NONE);
    return runner.run(BatchInputs.find(List.of(archive.toString())), out, shard, force, new Recorder()).outcomes();
  }

  private static List<String> statuses(List<Outcome> outcomes) {
    return outcomes.stream().map(o -> o.input().getFileName() + ":" + o.status() + ":" + o.exitCode()).toList();
  }

  @Test
  void failuresDoNotStopTheOthersAndRerunsSkipWhatIsDone() throws Exception {
    List<Outcome> first = run(false, Shard.ALL, 2);
    assertEquals(List.of("e1.txt:OK:0", "e2.txt:OK:0", "e3.txt:OK:0", "e4.txt:OK:0", "e5-empty.txt:FAILED:3",
        "e6-same.txt:FAILED:3", "e7-broken.txt:FAILED:4"), statuses(first));
    assertTrue(first.get(5).error().contains("same edition id 'edition-2'"), first.get(5).error());
    assertTrue(first.get(6).error().contains("Edition 7"), first.get(6).error());
    for (int i = 1; i <= 4; i++) {
      assertTrue(Files.isRegularFile(out.resolve("edition-" + i).resolve("manifest.json")));
    }
    assertTrue(Files.notExists(out.resolve("edition-7")), "a failed edition leaves no folder");

    int before = spoken.get();
    List<Outcome> again = run(false, Shard.ALL, 2);
    assertEquals(List.of("e1.txt:SKIPPED:0", "e2.txt:SKIPPED:0", "e3.txt:SKIPPED:0", "e4.txt:SKIPPED:0"),
        statuses(again).subList(0, 4));
    assertEquals(before, spoken.get() - 1, "only the failing edition was tried again, up to its failure");

    Files.writeString(archive.resolve("e3.txt"), "Edition 3\n\nA first sentence. A changed one.\n");
    Files.write(out.resolve("edition-4/edition.mp3"), new byte[] {1, 2, 3});
    List<Outcome> third = run(false, Shard.ALL, 1);
    assertEquals(List.of("e1.txt:SKIPPED:0", "e2.txt:SKIPPED:0", "e3.txt:OK:0", "e4.txt:OK:0"),
        statuses(third).subList(0, 4), "a changed input and a damaged output are generated again");

    List<Outcome> forced = run(true, Shard.ALL, 2);
    assertEquals(4, forced.stream().filter(o -> o.status() == Outcome.Status.OK).count());
  }

  @Test
  void anEditionsAudioDoesNotDependOnTheJobsOrOnWhatTheBatchMadeBeforeIt() throws Exception {
    // Editions of different lengths, so that what mastering one of them teaches would move the next.
    for (int i = 1; i <= 4; i++) {
      Files.writeString(archive.resolve("e" + i + ".txt"), "Edition " + i + "\n\n"
          + "A sentence of the edition. ".repeat(i * 3) + "\n");
    }
    for (String other : List.of("e5-empty.txt", "e6-same.txt", "e7-broken.txt")) {
      Files.delete(archive.resolve(other));
    }
    VoiceProfile voice = VoiceProfile.load(VoiceProfile.DEFAULT);
    Path alone = Files.createDirectories(out.resolveSibling("alone"));
    Files.copy(archive.resolve("e3.txt"), alone.resolve("e3.txt"));
    new BatchRunner(EditionReader.automatic(), hiss, JobSettings.standard(voice, 1), ClipCache.NONE)
        .run(BatchInputs.find(List.of(alone.toString())), out.resolveSibling("by-itself"), Shard.ALL, false,
            new Recorder());
    byte[] byItself = Files.readAllBytes(out.resolveSibling("by-itself").resolve("edition-3/edition.mp3"));
    for (int jobs : new int[] {1, 2}) {
      Path into = out.resolveSibling("jobs-" + jobs);
      new BatchRunner(EditionReader.automatic(), hiss, JobSettings.standard(voice, jobs), ClipCache.NONE)
          .run(BatchInputs.find(List.of(archive.toString())), into, Shard.ALL, false, new Recorder());
    }
    for (int i = 1; i <= 4; i++) {
      String mp3 = "edition-" + i + "/edition.mp3";
      assertArrayEquals(Files.readAllBytes(out.resolveSibling("jobs-1").resolve(mp3)),
          Files.readAllBytes(out.resolveSibling("jobs-2").resolve(mp3)), "edition " + i + ", one job and two");
    }
    assertArrayEquals(byItself, Files.readAllBytes(out.resolveSibling("jobs-1").resolve("edition-3/edition.mp3")),
        "edition 3 by itself and after editions 1 and 2");
  }

  @Test
  void shardsSplitTheArchiveWithoutOverlap() throws Exception {
    Set<String> seen = new HashSet<>();
    int total = 0;
    for (int k = 1; k <= 3; k++) {
      for (Outcome outcome : run(false, new Shard(k, 3), 1)) {
        total++;
        assertTrue(seen.add(outcome.input().getFileName().toString()), "twice: " + outcome.input());
      }
    }
    assertEquals(7, total);
  }
}
