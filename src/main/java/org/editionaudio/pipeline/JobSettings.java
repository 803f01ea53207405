package org.editionaudio.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import org.editionaudio.audio.AudioFormat;
import org.editionaudio.audio.Cover;
import org.editionaudio.audio.LoudnessTarget;
import org.editionaudio.common.Sha256;
import org.editionaudio.speech.Lexicon;
import org.editionaudio.speech.LexiconException;
import org.editionaudio.speech.Pauses;
import org.editionaudio.speech.VoiceProfile;
import org.editionaudio.audio.ProducedAudioException;
import org.editionaudio.audio.ProducedAudioFiles;

/**
 * Everything besides the input that decides an edition's output.
 *
 * @param voice the voice profile
 * @param intro whether to speak an opening chapter
 * @param pauses the pacing
 * @param bitrate bit rate in kbit/s, one that {@code format} accepts
 * @param jobs how many speech engines synthesize at the same time
 * @param loudness what the finished program must measure
 * @param produced intro, sting and outro audio files (each may be null)
 * @param format the audio file's format
 * @param cover the edition's cover image, or null
 * @param lexicon the pronunciation lexicon
 */
public record JobSettings(VoiceProfile voice, boolean intro, Pauses pauses, int bitrate, int jobs,
    LoudnessTarget loudness, ProducedAudioFiles produced, AudioFormat format, Cover cover, Lexicon lexicon) {

  /** The same settings with another number of jobs (which changes nothing in the output). */
  public JobSettings withJobs(int count) {
    return toBuilder().jobs(count).build();
  }

  /** The house settings for a voice and a number of jobs. */
  public static JobSettings standard(VoiceProfile voice, int jobs) {
    return builder(voice).jobs(jobs).build();
  }

  /**
   * Settings built one by one from the house defaults: intro spoken, standard pacing, MP3 at
   * its default bit rate, spoken-word loudness, one job, no produced audio, no cover, the built-in
   * lexicon.
   */
  public static Builder builder(VoiceProfile voice) {
    return new Builder(voice);
  }

  /** A builder holding these settings, to change some of them. */
  public Builder toBuilder() {
    Builder builder = new Builder(voice);
    builder.intro = intro;
    builder.pauses = pauses;
    builder.bitrate = bitrate;
    builder.jobs = jobs;
    builder.loudness = loudness;
    builder.produced = produced;
    builder.format = format;
    builder.cover = cover;
    builder.lexicon = lexicon;
    return builder;
  }

  /** Builds {@link JobSettings}; every setting not given keeps its default. */
  public static final class Builder {
    private final VoiceProfile voice;
    private boolean intro = true;
    private Pauses pauses = Pauses.STANDARD;
    private Integer bitrate;
    private int jobs = 1;
    private LoudnessTarget loudness = LoudnessTarget.SPOKEN_WORD;
    private ProducedAudioFiles produced = ProducedAudioFiles.NONE;
    private AudioFormat format = AudioFormat.MP3;
    private Cover cover;
    private Lexicon lexicon;

    private Builder(VoiceProfile voice) {
      this.voice = voice;
    }

    /** Whether to speak an opening chapter. */
    public Builder intro(boolean value) {
      intro = value;
      return this;
    }

    /** The pacing. */
    public Builder pauses(Pauses value) {
      pauses = value;
      return this;
    }

    /** The bit rate in kbit/s; without it, the format's default. */
    public Builder bitrate(int kbps) {
      bitrate = kbps;
      return this;
    }

    /** How many speech engines synthesize at the same time. */
    public Builder jobs(int count) {
      jobs = count;
      return this;
    }

    /** What the finished program must measure. */
    public Builder loudness(LoudnessTarget value) {
      loudness = value;
      return this;
    }

    /** Intro, sting and outro audio files. */
    public Builder produced(ProducedAudioFiles value) {
      produced = value;
      return this;
    }

    /** The audio file's format. */
    public Builder format(AudioFormat value) {
      format = value;
      return this;
    }

    /** The cover image, or null. */
    public Builder cover(Cover value) {
      cover = value;
      return this;
    }

    /** The pronunciation lexicon; without it, the built-in one. */
    public Builder lexicon(Lexicon value) {
      lexicon = value;
      return this;
    }

    /** The settings, checked as the record checks them. */
    public JobSettings build() {
      return new JobSettings(voice, intro, pauses, bitrate != null ? bitrate : format.defaultBitrate(), jobs, loudness,
          produced, format, cover, lexicon != null ? lexicon : builtInLexicon());
    }
  }

  private static Lexicon builtInLexicon() {
    try {
      return Lexicon.builtIn();
    } catch (LexiconException e) {
      throw new IllegalStateException("the built-in lexicon is broken: " + e.getMessage(), e);
    }
  }

  /**
   * A SHA-256 over every setting that decides the output (not the number of jobs, which changes
   * nothing): the voice profile, intro, pacing, bit rate, loudness target, the produced audio
   * files' contents, the format, the cover and the pronunciation lexicon's entries. A manifest that
   * records it tells a later run whether it is up to date.
   */
  public String fingerprint() throws ProducedAudioException {
    StringBuilder text = new StringBuilder("edition-audio settings v1\n");
    text.append(voice).append('\n').append(intro).append('\n').append(pauses).append('\n')
        .append(bitrate).append('\n').append(loudness).append('\n');
    for (Path file : new Path[] {produced.intro(), produced.sting(), produced.outro()}) {
      text.append(file == null ? "-" : sha256(file)).append('\n');
    }
    text.append("format ").append(format.extension()).append('\n');
    text.append("cover ").append(cover == null ? "-" : Sha256.of(cover.data())).append('\n');
    text.append(lexicon.fingerprint()).append('\n');
    return Sha256.of(text.toString().getBytes(StandardCharsets.UTF_8));
  }


  private static String sha256(Path produced) throws ProducedAudioException {
    try {
      return Sha256.of(produced);
    } catch (IOException e) {
      throw new ProducedAudioException(produced, e.toString(), e);
    }
  }

  /** Requires a voice, pacing, a loudness target, a lexicon, at least one job, a format and a bit rate that format takes. */
  public JobSettings {
    Objects.requireNonNull(voice, "voice");
    Objects.requireNonNull(pauses, "pauses");
    Objects.requireNonNull(loudness, "loudness");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(lexicon, "lexicon");
    produced = produced == null ? ProducedAudioFiles.NONE : produced;
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be at least 1");
    }
    if (!format.accepts(bitrate)) {
      throw new IllegalArgumentException(format.extension() + " bit rate must be " + format.bitrateRange() + " kbit/s");
    }
  }
}
