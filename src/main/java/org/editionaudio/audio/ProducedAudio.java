package org.editionaudio.audio;

import java.util.Objects;

/**
 * Produced audio around the speech, as samples at the program's rate: an intro before the first
 * chapter's speech, a short sting between stories, an outro after the last. Each may be empty.
 *
 * @param intro played at the start, inside the first chapter
 * @param sting played in the pause between two chapters, before the next one starts
 * @param outro played at the end, inside the last chapter
 */
public record ProducedAudio(short[] intro, short[] sting, short[] outro) {
  /** No produced audio at all. */
  public static final ProducedAudio NONE = new ProducedAudio(new short[0], new short[0], new short[0]);

  /** Requires the three arrays (empty for none). */
  public ProducedAudio {
    Objects.requireNonNull(intro, "intro");
    Objects.requireNonNull(sting, "sting");
    Objects.requireNonNull(outro, "outro");
  }
}
