package org.editionaudio.batch;

import java.util.Objects;
import org.editionaudio.speech.Pauses;
import org.editionaudio.speech.VoiceProfile;

/**
 * Everything besides the input that decides an edition's output.
 *
 * @param voice the voice profile
 * @param intro whether to speak an opening chapter
 * @param pauses the pacing
 * @param bitrate MP3 bit rate in kbit/s
 * @param jobs how many speech engines synthesize at the same time
 */
public record JobSettings(VoiceProfile voice, boolean intro, Pauses pauses, int bitrate, int jobs) {
  /** Requires a voice, pacing and at least one job. */
  public JobSettings {
    Objects.requireNonNull(voice, "voice");
    Objects.requireNonNull(pauses, "pauses");
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be at least 1");
    }
  }
}
