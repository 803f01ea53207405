package org.editionaudio.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.editionaudio.batch.BatchInputs;
import org.editionaudio.batch.BatchRunner;
import org.editionaudio.pipeline.JobSettings;
import org.editionaudio.batch.Outcome;
import org.editionaudio.batch.Shard;
import org.editionaudio.edition.EditionException;
import org.editionaudio.edition.EditionJson;
import org.editionaudio.publish.PublishException;
import org.editionaudio.publish.ToolVersion;
import org.editionaudio.speech.SpeechEngineFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import org.editionaudio.common.ExitCode;
import java.nio.charset.StandardCharsets;
import org.editionaudio.common.AtomicFiles;

/** {@code batch}: many editions into DIR/<edition-id>/, in parallel, resumable, shardable. */
@Command(name = "batch",
    description = "Generate many editions into DIR/<edition-id>/; up-to-date editions are skipped, failures do not "
        + "stop the others (exit 6 if any failed).")
final class BatchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "INPUT", arity = "1..*",
      description = "Edition files, folders (searched for .html, .htm, .txt, .json) or @list files of paths.")
  List<String> inputs;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true, converter = NonEmptyPath.class,
      description = "Output folder.")
  Path output;

  @Option(names = "--shard", paramLabel = "K/N", description = "Take only shard K of N (by edition id), e.g. 2/8.")
  String shard;

  @Option(names = "--shard-count", paramLabel = "N",
      description = "Number of shards when the shard index comes from JOB_COMPLETION_INDEX or SLURM_ARRAY_TASK_ID.")
  Integer shardCount;

  @Option(names = "--force", description = "Generate even the editions whose output is up to date.")
  boolean force;

  @Option(names = "--report", paramLabel = "FILE", description = "Write a JSON report of every edition.")
  Path report;

  @Option(names = "--json", description = "Print one JSON line per finished edition on standard output.")
  boolean json;

  @Mixin ProgramOptions program;

  @Mixin OutputOptions options;

  @Mixin CacheOptions cache;

  @Override
  public Integer call() throws Exception {
    JobSettings settings = program.settings();
    Shard mine = shard(System.getenv());
    Instant started = Instant.now();
    List<Path> found = BatchInputs.find(inputs, output);
    if (found.isEmpty()) {
      throw new EditionException(String.join(" ", inputs), "no .html, .htm, .txt or .json edition found",
          "give edition files, folders that hold them, or @list files");
    }
    PrintWriter out = spec.commandLine().getOut();
    BatchRunner runner = new BatchRunner(program.reader(), SpeechEngineFactory.maryTts(options.verbose), settings,
        cache.open());
    int[] otherShards = new int[1];
    List<Outcome> outcomes;
    try (BatchProgress progress = new BatchProgress(spec.commandLine().getErr(), options.quiet)) {
      outcomes = runner.run(found, output, mine, force, new BatchRunner.Listener() {
        @Override
        public void planned(int editions, int inOtherShards) {
          otherShards[0] = inOtherShards;
          progress.planned(editions, inOtherShards);
        }

        @Override
        public void started(String id) {
          progress.started(id);
        }

        @Override
        public void sentences(String id, int done, int total) {
          progress.sentences(id, done, total);
        }

        @Override
        public void finished(Outcome outcome) {
          progress.finished(outcome);
          if (json) {
            out.println(outcome(outcome).toString());
            out.flush();
          }
        }
      });
    }
    long failed = outcomes.stream().filter(o -> o.status() == Outcome.Status.FAILED).count();
    if (report != null) {
      writeReport(outcomes, mine, otherShards[0], started);
    }
    if (!json && !options.quiet) {
      out.println(summary(outcomes, mine) + (report == null ? "" : " — report: " + report));
      out.flush();
    }
    return failed > 0 ? ExitCode.SOME_FAILED.code() : ExitCode.OK.code();
  }

  /** "40 editions: 12 generated, 27 skipped (up to date), 1 failed", naming the shard only when sharding. */
  static String summary(List<Outcome> outcomes, Shard shard) {
    return String.format("%d editions%s: %d generated, %d skipped (up to date), %d failed", outcomes.size(),
        shard.count() == 1 ? "" : " (shard " + shard + ")",
        outcomes.stream().filter(o -> o.status() == Outcome.Status.OK).count(),
        outcomes.stream().filter(o -> o.status() == Outcome.Status.SKIPPED).count(),
        outcomes.stream().filter(o -> o.status() == Outcome.Status.FAILED).count());
  }

  private Shard shard(Map<String, String> env) throws UsageException {
    try {
      if (shard != null) {
        return Shard.parse(shard);
      }
      Shard assigned = Shard.fromEnvironment(env, shardCount);
      if (assigned == null && shardCount != null) {
        throw new UsageException("--shard-count needs JOB_COMPLETION_INDEX or SLURM_ARRAY_TASK_ID in the environment");
      }
      return assigned == null ? Shard.ALL : assigned;
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  private static ObjectNode outcome(Outcome outcome) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("input", outcome.input().toString());
    node.put("id", outcome.id());
    node.put("status", outcome.status().name().toLowerCase(java.util.Locale.ROOT));
    node.put("exitCode", outcome.exitCode());
    node.put("error", outcome.error());
    node.put("output", outcome.output() == null ? null : outcome.output().toString());
    node.put("audioMs", outcome.audioMs());
    // The old name of audioMs, kept for one version.
    node.put("durationMs", outcome.audioMs());
    node.put("wallMs", outcome.wallMs());
    if (outcome.timings() != null) {
      ObjectNode timings = node.putObject("timings");
      timings.put("parseMs", outcome.timings().parseMs());
      timings.put("speechMs", outcome.timings().speechMs());
      timings.put("encodeMs", outcome.timings().encodeMs());
      timings.put("writeMs", outcome.timings().writeMs());
    }
    return node;
  }

  private void writeReport(List<Outcome> outcomes, Shard mine, int otherShards, Instant started)
      throws PublishException {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("tool", ToolVersion.NAME);
    root.put("toolVersion", ToolVersion.version());
    root.put("startedAt", started.toString());
    Instant finished = Instant.now();
    root.put("finishedAt", finished.toString());
    root.put("wallMs", java.time.Duration.between(started, finished).toMillis());
    root.put("shard", mine.toString());
    root.put("inOtherShards", otherShards);
    ObjectNode totals = root.putObject("totals");
    totals.put("editions", outcomes.size());
    for (Outcome.Status status : Outcome.Status.values()) {
      totals.put(status.name().toLowerCase(java.util.Locale.ROOT),
          outcomes.stream().filter(o -> o.status() == status).count());
    }
    ArrayNode editions = root.putArray("editions");
    outcomes.forEach(o -> editions.add(outcome(o)));
    try {
      AtomicFiles.write(report, EditionJson.write(root).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new PublishException(report, e.toString(), e);
    }
  }
}
