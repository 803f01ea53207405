package org.editionaudio.cli;

import java.nio.file.Path;
import org.editionaudio.audio.AudioFormat;
import org.editionaudio.audio.Cover;
import org.editionaudio.audio.LoudnessTarget;
import org.editionaudio.audio.ProducedAudioFiles;
import org.editionaudio.audio.ProducedAudioReader;
import org.editionaudio.pipeline.JobSettings;
import org.editionaudio.edition.EditionReader;
import org.editionaudio.edition.Profile;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What the program sounds like and how it is read, shared by generate and batch. */
final class ProgramOptions {
  @Mixin VoiceOption voice;

  @Mixin PublicationOption publication;

  @Option(names = "--no-intro", description = "Leave out the spoken opening chapter.")
  boolean noIntro;

  @Option(names = "--format", paramLabel = "F", defaultValue = "mp3",
      description = "Audio format: mp3, m4a (AAC with MP4 chapters) or opus (Ogg) (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--bitrate", paramLabel = "KBPS",
      description = "Bit rate in kbit/s (default: 64 for mp3 and m4a, 32 for opus).")
  Integer bitrate;

  @Option(names = "--cover", paramLabel = "FILE",
      description = "Cover image, JPEG or PNG: in the audio file's tags, chapters.json and the player.")
  Path cover;

  @Option(names = "--jobs", paramLabel = "N",
      description = "Speech engines working at the same time (default: the number of cores, ${DEFAULT-VALUE}).")
  int jobs = Runtime.getRuntime().availableProcessors();

  @Option(names = "--loudness", paramLabel = "LUFS", defaultValue = "-16",
      description = "Integrated loudness of the finished program (default: ${DEFAULT-VALUE} LUFS).")
  double loudness;

  @Option(names = "--true-peak", paramLabel = "DBTP", defaultValue = "-1",
      description = "Highest true peak allowed (default: ${DEFAULT-VALUE} dBTP).")
  double truePeak;

  @Mixin LexiconOptions lexicon;

  @Option(names = "--intro-audio", paramLabel = "FILE", description = "Audio (WAV or MP3) before the first story.")
  Path introAudio;

  @Option(names = "--sting", paramLabel = "FILE", description = "A short audio sting between stories.")
  Path sting;

  @Option(names = "--outro-audio", paramLabel = "FILE", description = "Audio after the last story.")
  Path outroAudio;

  /**
   * The settings, checked; a value that makes no sense is a usage error. Produced audio and the cover
   * come from the options, else from the publication profile.
   */
  JobSettings settings() throws Exception {
    Profile.Sound sound = publication.profile().sound();
    AudioFormat audioFormat;
    try {
      audioFormat = AudioFormat.named(format);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--format " + format + ": " + e.getMessage());
    }
    int kbps = bitrate != null ? bitrate : audioFormat.defaultBitrate();
    if (!audioFormat.accepts(kbps)) {
      throw new UsageException("--bitrate " + kbps + " is not a bit rate for " + audioFormat.extension()
          + "; use " + audioFormat.bitrateRange());
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
    Path coverFile = either(cover, sound.cover());
    return JobSettings.builder(voice.load(lexicon.voices())).intro(!noIntro).format(audioFormat).bitrate(kbps).jobs(jobs)
        .loudness(target)
        .produced(new ProducedAudioFiles(produced("intro-audio", introAudio, sound.introAudio()),
            produced("sting", sting, sound.sting()), produced("outro-audio", outroAudio, sound.outroAudio())))
        .cover(coverFile == null ? null : Cover.read(coverFile))
        .lexicon(lexicon.lexicon())
        .build();
  }

  private Path produced(String key, Path option, Path fromProfile) throws UsageException {
    Path file = either(option, fromProfile);
    String problem = file == null ? null : ProducedAudioReader.problem(file);
    if (problem != null) {
      throw new UsageException((option != null ? "--" + key : publication.name + ": " + key) + " " + file + ": " + problem
          + " — give a WAV or MP3 file");
    }
    return file;
  }

  private static Path either(Path option, Path fromProfile) {
    return option != null ? option : fromProfile;
  }

  /** The reader for the publication profile. */
  EditionReader reader() throws Exception {
    return publication.reader();
  }
}
