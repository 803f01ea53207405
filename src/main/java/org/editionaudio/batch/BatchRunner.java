package org.editionaudio.batch;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import com.fasterxml.jackson.databind.JsonNode;
import org.editionaudio.edition.Edition;
import org.editionaudio.edition.EditionException;
import org.editionaudio.edition.EditionReader;
import org.editionaudio.edition.InputDocument;
import org.editionaudio.speech.ClipCache;
import org.editionaudio.speech.EnginePool;
import org.editionaudio.speech.SpeechEngineFactory;
import org.editionaudio.speech.Synthesizer;
import org.editionaudio.pipeline.EditionPipeline;
import org.editionaudio.pipeline.JobSettings;
import org.editionaudio.common.ExitCode;

/**
 * Generates many editions: each of {@code workers} threads has its own speech engine (in a class
 * loader of its own), takes the next edition, skips it when its output is up to date, and records
 * what happened; one edition's failure never stops the others. Only ids are kept between editions,
 * so memory does not grow with the size of the archive.
 */
public final class BatchRunner {

  /**
   * Hears about the batch as it goes, from worker threads: {@code planned} and {@code finished} one
   * call at a time, {@code started} and {@code sentences} from any worker at any moment.
   */
  public interface Listener {
    /** The editions of this shard are known. */
    void planned(int editions, int inOtherShards);

    /** One edition is done. */
    void finished(Outcome outcome);

    /** A worker starts on edition {@code id}. */
    default void started(String id) {}

    /** {@code done} of edition {@code id}'s {@code total} sentences are spoken. */
    default void sentences(String id, int done, int total) {}

    /** This listener, and then {@code also} for every edition done. */
    default Listener alsoOnFinished(Consumer<Outcome> also) {
      Listener first = this;
      return new Listener() {
        @Override
        public void planned(int editions, int inOtherShards) {
          first.planned(editions, inOtherShards);
        }

        @Override
        public void finished(Outcome outcome) {
          first.finished(outcome);
          also.accept(outcome);
        }

        @Override
        public void started(String id) {
          first.started(id);
        }

        @Override
        public void sentences(String id, int done, int total) {
          first.sentences(id, done, total);
        }
      };
    }
  }

  private final EditionReader reader;
  private final SpeechEngineFactory engines;
  private final JobSettings settings;
  private final ClipCache cache;

  /** A runner reading with {@code reader}, speaking with {@code engines} and {@code settings} (jobs = workers). */
  public BatchRunner(EditionReader reader, SpeechEngineFactory engines, JobSettings settings, ClipCache cache) {
    this.reader = reader;
    this.engines = engines;
    this.settings = settings;
    this.cache = cache;
  }

  private record Item(Path input, String id) {}

  /** Runs the batch; the report's outcomes come in input order. */
  public BatchReport run(List<Path> inputs, Path outputRoot, Shard shard, boolean force, Listener listener)
      throws InterruptedException {
    Instant started = Instant.now();
    List<Outcome> outcomes = new ArrayList<>();
    List<Item> work = new ArrayList<>();
    Map<String, Path> claimed = new HashMap<>();
    int elsewhere = 0;
    List<Outcome> early = new ArrayList<>();
    for (Path input : inputs) {
      String id;
      try {
        id = reader.read(InputDocument.read(input.toString(), null)).id();
      } catch (EditionException | RuntimeException e) {
        // An unreadable input has no id: it belongs to the shard its path falls in.
        if (shard.contains("input:" + input)) {
          early.add(new Outcome(input, null, Outcome.Status.FAILED, ExitCode.of(e).code(), ExitCode.oneLine(e),
              null, 0, 0, null));
        } else {
          elsewhere++;
        }
        continue;
      }
      if (!shard.contains(id)) {
        elsewhere++;
        continue;
      }
      Path first = claimed.putIfAbsent(id, input);
      if (first != null) {
        early.add(new Outcome(input, id, Outcome.Status.FAILED, ExitCode.INPUT.code(),
            input + ": same edition id '" + id + "' as " + first + " — give one of them another title or date",
            null, 0, 0, null));
        continue;
      }
      work.add(new Item(input, id));
    }
    listener.planned(work.size() + early.size(), elsewhere);
    early.forEach(outcome -> report(listener, outcome));
    outcomes.addAll(early);

    ConcurrentLinkedQueue<Item> queue = new ConcurrentLinkedQueue<>(work);
    Map<Item, Outcome> done = new java.util.concurrent.ConcurrentHashMap<>();
    int workers = Math.max(1, Math.min(settings.jobs(), work.size()));
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    JobSettings single = settings.withJobs(1);
    for (int slot = 0; slot < workers; slot++) {
      int mine = slot;
      pool.execute(() -> {
        try (EditionPipeline job = new EditionPipeline(reader, new EnginePool(engines, settings.voice(), mine, 1), single, cache)) {
          Item item;
          while ((item = queue.poll()) != null) {
            Outcome outcome = generate(job, item, outputRoot, force, listener);
            done.put(item, outcome);
            report(listener, outcome);
          }
        }
      });
    }
    pool.shutdown();
    while (!pool.awaitTermination(1, TimeUnit.HOURS)) {
      // A batch may run for days; keep waiting.
    }
    for (Item item : work) {
      outcomes.add(done.get(item));
    }
    Map<Path, Integer> order = new HashMap<>();
    for (int i = 0; i < inputs.size(); i++) {
      order.putIfAbsent(inputs.get(i), i);
    }
    outcomes.sort(java.util.Comparator.comparing(o -> order.get(o.input())));
    return new BatchReport(outcomes, shard, elsewhere, started);
  }

  private static synchronized void report(Listener listener, Outcome outcome) {
    listener.finished(outcome);
  }

  private static Outcome generate(EditionPipeline job, Item item, Path outputRoot, boolean force, Listener listener) {
    Path dir = outputRoot.resolve(item.id());
    long started = System.nanoTime();
    try {
      listener.started(item.id());
      InputDocument input = InputDocument.read(item.input().toString(), null);
      Edition edition = job.read(input);
      if (!force) {
        Optional<JsonNode> fresh = Freshness.upToDate(dir, input.sha256(), job.fingerprint(edition));
        if (fresh.isPresent()) {
          return new Outcome(item.input(), item.id(), Outcome.Status.SKIPPED, 0, null, dir,
              fresh.get().path("durationMs").asLong(), millisSince(started), null);
        }
      }
      Synthesizer.Progress progress = new Synthesizer.Progress() {
        @Override
        public void chapter(int index, int count, String title) {}

        @Override
        public void sentences(int done, int total) {
          listener.sentences(item.id(), done, total);
        }
      };
      EditionPipeline.Result result = job.run(input, edition, dir, progress);
      return new Outcome(item.input(), item.id(), Outcome.Status.OK, 0, null, dir, result.manifest().durationMs(),
          millisSince(started), result.timings());
    } catch (Exception | LinkageError e) {
      return new Outcome(item.input(), item.id(), Outcome.Status.FAILED, ExitCode.of(e).code(), ExitCode.oneLine(e),
          null, 0, millisSince(started), null);
    }
  }

  private static long millisSince(long nanos) {
    return (System.nanoTime() - nanos) / 1_000_000;
  }
}
