package org.editionaudio.batch;

import java.util.Objects;
import org.editionaudio.audio.AudioFormat;
import org.editionaudio.audio.Cover;
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
 * @param format the audio file's format
 * @param cover the edition's cover image, or null
 */
public record JobSettings(
    VoiceProfile voice, boolean intro, Pauses pauses, int bitrate, int jobs, AudioFormat format, Cover cover) {

  /** Settings for an MP3 without a cover. */
  public JobSettings(VoiceProfile voice, boolean intro, Pauses pauses, int bitrate, int jobs) {
    this(voice, intro, pauses, bitrate, jobs, AudioFormat.MP3, null);
  }

  /** Requires a voice, pacing, at least one job, a format and a bit rate that format takes. */
  public JobSettings {
    Objects.requireNonNull(voice, "voice");
    Objects.requireNonNull(pauses, "pauses");
    Objects.requireNonNull(format, "format");
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be at least 1");
    }
    if (!format.accepts(bitrate)) {
      throw new IllegalArgumentException(format.extension() + " bit rate must be " + format.bitrateRange() + " kbit/s");
    }
  }
}
