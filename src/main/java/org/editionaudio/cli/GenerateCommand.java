package org.editionaudio.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.editionaudio.audio.LoudnessTarget;
import org.editionaudio.batch.EditionJob;
import org.editionaudio.batch.JobSettings;
import org.editionaudio.batch.Timings;
import org.editionaudio.edition.EditionJson;
import org.editionaudio.edition.EditionReader;
import org.editionaudio.edition.InputDocument;
import org.editionaudio.edition.Profile;
import org.editionaudio.speech.Pauses;
import org.editionaudio.speech.VoiceProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code generate}: an edition in, a chaptered MP3 and its sidecar files out. */
@Command(
    name = "generate",
    description = "Speak an edition into DIR: edition.mp3, chapters.vtt, chapters.json, manifest.json, index.html.")
final class GenerateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "INPUT", description = "An .html, .txt or .json edition, or - for standard input.")
  String input;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Output folder (default: out/<edition-id>/).")
  Path output;

  @Option(names = "--voice", paramLabel = "V", defaultValue = VoiceProfile.DEFAULT,
      description = "Voice profile name or .properties file (default: ${DEFAULT-VALUE}); see 'voices'.")
  String voice;

  @Option(names = "--profile", paramLabel = "P", defaultValue = Profile.DEFAULT,
      description = "Publication profile: a built-in name or a .properties file (default: ${DEFAULT-VALUE}).")
  String profile;

  @Option(names = "--no-intro", description = "Leave out the spoken opening chapter.")
  boolean noIntro;

  @Option(names = "--bitrate", paramLabel = "KBPS", defaultValue = "64",
      description = "Constant MP3 bit rate in kbit/s (default: ${DEFAULT-VALUE}).")
  int bitrate;

  @Option(names = "--jobs", paramLabel = "N",
      description = "Speech engines working at the same time (default: the number of cores, ${DEFAULT-VALUE}).")
  int jobs = Runtime.getRuntime().availableProcessors();

  @Option(names = "--loudness", paramLabel = "LUFS", defaultValue = "-16",
      description = "Integrated loudness of the finished program (default: ${DEFAULT-VALUE} LUFS).")
  double loudness;

  @Option(names = "--true-peak", paramLabel = "DBTP", defaultValue = "-1",
      description = "Highest true peak allowed (default: ${DEFAULT-VALUE} dBTP).")
  double truePeak;

  @Option(names = "--intro-audio", paramLabel = "FILE", description = "Audio (WAV or MP3) before the first story.")
  Path introAudio;

  @Option(names = "--sting", paramLabel = "FILE", description = "A short audio sting between stories.")
  Path sting;

  @Option(names = "--outro-audio", paramLabel = "FILE", description = "Audio after the last story.")
  Path outroAudio;

  @Option(names = "--json", description = "Print the manifest on standard output.")
  boolean json;

  @Option(names = "--timings", description = "Print the time of each stage and the real-time factor on stderr.")
  boolean timings;

  @Mixin OutputOptions options;

  @Mixin CacheOptions cache;

  @Mixin LexiconOptions lexicon;

  @Override
  public Integer call() throws Exception {
    if (!org.editionaudio.audio.Mp3Encoder.bitrates().contains(bitrate)) {
      throw new UsageException("--bitrate " + bitrate + " is not an MP3 bit rate; use one of "
          + org.editionaudio.audio.Mp3Encoder.bitrates());
    }
    if (jobs < 1 || jobs > 64) {
      throw new UsageException("--jobs " + jobs + " must be between 1 and 64");
    }
    LoudnessTarget target;
    try {
      target = new LoudnessTarget(loudness, truePeak);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    JobSettings settings = new JobSettings(VoiceProfile.load(voice), !noIntro, Pauses.STANDARD, bitrate, jobs,
        target, new JobSettings.Produced(introAudio, sting, outroAudio), lexicon.lexicon());
    EditionReader reader = EditionReader.withProfile(Profile.load(profile));
    InputDocument document = InputDocument.read(input, System.in);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ProgressDisplay progress = ProgressDisplay.on(err, options.quiet);
    try (EditionJob job = EditionJob.maryTts(reader, settings, cache.open(), options.verbose)) {
      EditionJob.Result result = job.run(document, output, progress);
      progress.done();
      if (json) {
        out.print(EditionJson.write(result.manifest().toJson()));
      } else if (!options.quiet) {
        out.println(summary(result));
      }
      if (timings) {
        err.println(timings(result.timings(), result.manifest().durationMs()));
      }
      out.flush();
      return ExitCodes.OK;
    } finally {
      progress.done();
    }
  }

  private static String summary(EditionJob.Result result) {
    long stories = result.manifest().chapters().stream().filter(c -> !c.isIntro()).count();
    boolean intro = result.manifest().chapters().stream().anyMatch(c -> c.isIntro());
    return result.dir().resolve(EditionJob.AUDIO_FILE) + ": "
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
