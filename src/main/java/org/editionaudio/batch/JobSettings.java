package org.editionaudio.batch;

import java.nio.file.Path;
import java.util.Objects;
import org.editionaudio.audio.AudioFormat;
import org.editionaudio.audio.Cover;
import org.editionaudio.audio.LoudnessTarget;
import org.editionaudio.audio.Mp3Encoder;
import org.editionaudio.speech.Pauses;
import org.editionaudio.speech.VoiceProfile;

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
 */
public record JobSettings(VoiceProfile voice, boolean intro, Pauses pauses, int bitrate, int jobs,
    LoudnessTarget loudness, Produced produced, AudioFormat format, Cover cover) {

  /**
   * Produced audio around the speech.
   *
   * @param intro played before the first chapter's speech, or null
   * @param sting played between stories, or null
   * @param outro played after the last chapter, or null
   */
  public record Produced(Path intro, Path sting, Path outro) {
    /** None at all. */
    public static final Produced NONE = new Produced(null, null, null);
  }

  /** Settings for an MP3 without a cover. */
  public JobSettings(VoiceProfile voice, boolean intro, Pauses pauses, int bitrate, int jobs,
      LoudnessTarget loudness, Produced produced) {
    this(voice, intro, pauses, bitrate, jobs, loudness, produced, AudioFormat.MP3, null);
  }

  /** The house settings for a voice and a number of jobs. */
  public static JobSettings standard(VoiceProfile voice, int jobs) {
    return new JobSettings(voice, true, Pauses.STANDARD, Mp3Encoder.DEFAULT_BITRATE, jobs,
        LoudnessTarget.SPOKEN_WORD, Produced.NONE);
  }

  /** Requires a voice, pacing, a loudness target, at least one job, a format and a bit rate that format takes. */
  public JobSettings {
    Objects.requireNonNull(voice, "voice");
    Objects.requireNonNull(pauses, "pauses");
    Objects.requireNonNull(loudness, "loudness");
    Objects.requireNonNull(format, "format");
    produced = produced == null ? Produced.NONE : produced;
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be at least 1");
    }
    if (!format.accepts(bitrate)) {
      throw new IllegalArgumentException(format.extension() + " bit rate must be " + format.bitrateRange() + " kbit/s");
    }
  }
}
