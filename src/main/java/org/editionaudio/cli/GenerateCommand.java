package org.editionaudio.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.editionaudio.pipeline.EditionPipeline;
import org.editionaudio.pipeline.JobSettings;
import org.editionaudio.pipeline.Timings;
import org.editionaudio.edition.EditionJson;
import org.editionaudio.edition.EditionReader;
import org.editionaudio.edition.InputDocument;
import org.editionaudio.speech.Speakable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import org.editionaudio.common.ExitCode;

/** {@code generate}: an edition in, a chaptered MP3 and its sidecar files out. */
@Command(
    name = "generate",
    description = "Speak an edition into DIR: edition.mp3 (or .m4a, .opus), chapters.vtt, chapters.json, manifest.json, "
        + "index.html, and cover.jpg or cover.png with --cover.")
final class GenerateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand EditionAudio root;

  @Parameters(paramLabel = "INPUT", description = "An .html, .txt or .json edition, or - for standard input.")
  String input;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Output folder (default: out/<edition-id>/).")
  Path output;

  @Option(names = "--feed", paramLabel = "DIR",
      description = "Then write DIR/feed.xml and DIR/index.html over DIR's editions (needs --base-url); without -o the "
          + "edition goes to DIR/<edition-id>/.")
  Path feed;

  @Option(names = "--base-url", paramLabel = "URL", description = "With --feed: the http(s) URL DIR is served under.")
  String baseUrl;

  @Mixin ProgramOptions program;

  @Option(names = "--json", description = "Print the manifest on standard output.")
  boolean json;

  @Option(names = "--timings", description = "Print the time of each stage and the real-time factor on stderr.")
  boolean timings;

  @Mixin QuietOption quiet;

  @Mixin VerboseOption verbose;

  @Mixin CacheOptions cache;

  @Override
  public Integer call() throws Exception {
    JobSettings settings = program.settings();
    Feeds.checkPair(feed, baseUrl);
    EditionReader reader = program.reader();
    InputDocument document = InputDocument.read(input, root.stdin());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ProgressDisplay progress = ProgressDisplay.on(err, quiet.quiet);
    try (EditionPipeline job = EditionPipeline.of(reader, root.engines(verbose.verbose), settings, cache.open())) {
      EditionPipeline.Result result = Feeds.generate(job, document, output, feed, progress);
      progress.done();
      if (!quiet.quiet) {
        Speakable.warnings(result.edition())
            .forEach(warning -> err.println("edition-audio: warning: " + input + ": " + warning));
      }
      if (json) {
        out.print(EditionJson.write(result.manifest().toJson()));
      } else if (!quiet.quiet) {
        out.println(summary(result));
      }
      if (timings) {
        err.println(timings(result.timings(), result.manifest().durationMs()));
      }
      if (feed != null) {
        Feeds.write(feed, baseUrl, program.publication.profile(), out, err, json || quiet.quiet);
      }
      out.flush();
      return ExitCode.OK.code();
    } finally {
      progress.done();
    }
  }

  private static String summary(EditionPipeline.Result result) {
    long stories = result.manifest().chapters().stream().filter(c -> !c.isIntro()).count();
    boolean intro = result.manifest().chapters().stream().anyMatch(c -> c.isIntro());
    return result.dir().resolve(result.manifest().audio().file()) + ": "
        + stories + (stories == 1 ? " story" : " stories") + (intro ? " and an intro" : "")
        + ", " + Durations.clock(result.manifest().durationMs())
        + " — " + result.edition().title()
        + (result.speech().cached() > 0
            ? " (" + result.speech().synthesized() + " of " + result.speech().sentences() + " sentences synthesized, "
                + result.speech().cached() + " from the cache)"
            : "");
  }

  static String timings(Timings t, long audioMs) {
    return String.format(
        "timings: parse %s · speech %s · encode %s · write %s · total %s · audio %s · %.1f× real time",
        Durations.elapsed(t.parseMs()), Durations.elapsed(t.speechMs()), Durations.elapsed(t.encodeMs()),
        Durations.elapsed(t.writeMs()), Durations.elapsed(t.totalMs()), Durations.clock(audioMs),
        audioMs / (double) Math.max(1, t.totalMs()));
  }
}
