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
 */
public record JobSettings(VoiceProfile voice, boolean intro, Pauses pauses, int bitrate) {
  /** Requires a voice and pacing. */
  public JobSettings {
    Objects.requireNonNull(voice, "voice");
    Objects.requireNonNull(pauses, "pauses");
  }
}
