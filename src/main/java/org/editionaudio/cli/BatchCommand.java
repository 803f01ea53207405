package org.editionaudio.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.editionaudio.batch.BatchInputs;
import org.editionaudio.batch.BatchReport;
import org.editionaudio.batch.BatchRunner;
import org.editionaudio.batch.Outcome;
import org.editionaudio.batch.Shard;
import org.editionaudio.common.ExitCode;
import org.editionaudio.edition.EditionException;
import org.editionaudio.pipeline.JobSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code batch}: many editions into DIR/<edition-id>/, in parallel, resumable, shardable. */
@Command(name = "batch",
    description = "Generate many editions into DIR/<edition-id>/; up-to-date editions are skipped, failures do not "
        + "stop the others (exit 6 if any failed).")
final class BatchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand EditionAudio root;

  @Parameters(paramLabel = "INPUT", arity = "1..*",
      description = "Edition files, folders (searched for .html, .htm, .txt, .json) or @list files of paths.")
  List<String> inputs;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true, description = "Output folder.")
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

  @Option(names = "--feed", paramLabel = "URL",
      description = "Then write DIR/feed.xml and DIR/index.html (as 'feed DIR --base-url URL'), DIR served under URL.")
  String feed;

  @Mixin ProgramOptions program;

  @Mixin QuietOption quiet;

  @Mixin VerboseOption verbose;

  @Mixin CacheOptions cache;

  @Override
  public Integer call() throws Exception {
    JobSettings settings = program.settings();
    Shard mine = shard();
    Feeds.checkPair(feed == null ? null : output, feed);
    List<Path> found = BatchInputs.find(inputs);
    if (found.isEmpty()) {
      throw new EditionException(String.join(" ", inputs), "no .html, .htm, .txt or .json edition found",
          "give edition files, folders that hold them, or @list files");
    }
    PrintWriter out = spec.commandLine().getOut();
    BatchProgress progress = new BatchProgress(spec.commandLine().getErr(), quiet.quiet);
    BatchRunner runner = new BatchRunner(program.reader(), root.engines(verbose.verbose), settings,
        cache.open());
    BatchReport done = runner.run(found, output, mine, force, json ? progress.alsoOnFinished(outcome -> {
      out.println(BatchReport.json(outcome).toString());
      out.flush();
    }) : progress);
    progress.clear();
    if (report != null) {
      done.write(report);
    }
    if (!json && !quiet.quiet) {
      out.println(done.summary(report));
      out.flush();
    }
    if (feed != null) {
      Feeds.write(output, feed, program.publication.profile(), out, spec.commandLine().getErr(), json || quiet.quiet);
    }
    return done.count(Outcome.Status.FAILED) > 0 ? ExitCode.SOME_FAILED.code() : ExitCode.OK.code();
  }

  private Shard shard() throws UsageException {
    try {
      return Shard.choose(shard, shardCount, System.getenv());
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
