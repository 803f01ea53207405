package org.editionaudio.batch;

import java.util.Objects;
import org.editionaudio.speech.Lexicon;
import org.editionaudio.speech.LexiconException;
import org.editionaudio.speech.Pauses;
import org.editionaudio.speech.VoiceProfile;

/**
 * Everything besides the input that decides an edition's output.
 *
 * @param voice the voice profile
 * @param intro whether to speak an opening chapter
 * @param pauses the pacing
 * @param bitrate MP3 bit rate in kbit/s
 * @param lexicon the pronunciation lexicon
 */
public record JobSettings(VoiceProfile voice, boolean intro, Pauses pauses, int bitrate, Lexicon lexicon) {
  /** Requires a voice, pacing and a lexicon. */
  public JobSettings {
    Objects.requireNonNull(voice, "voice");
    Objects.requireNonNull(pauses, "pauses");
    Objects.requireNonNull(lexicon, "lexicon");
  }

  /** Settings with the built-in lexicon only. */
  public JobSettings(VoiceProfile voice, boolean intro, Pauses pauses, int bitrate) {
    this(voice, intro, pauses, bitrate, builtInLexicon());
  }

  private static Lexicon builtInLexicon() {
    try {
      return Lexicon.builtIn();
    } catch (LexiconException e) {
      throw new IllegalStateException("the built-in lexicon is broken: " + e.getMessage(), e);
    }
  }
}
