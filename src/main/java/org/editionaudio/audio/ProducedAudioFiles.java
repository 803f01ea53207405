package org.editionaudio.audio;

import java.nio.file.Path;

/**
 * The produced audio's files, before they are read into {@link ProducedAudio}.
 *
 * @param intro played before the first chapter's speech, or null
 * @param sting played between stories, or null
 * @param outro played after the last chapter, or null
 */
public record ProducedAudioFiles(Path intro, Path sting, Path outro) {
  /** None at all. */
  public static final ProducedAudioFiles NONE = new ProducedAudioFiles(null, null, null);
}
