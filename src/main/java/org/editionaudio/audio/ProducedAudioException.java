package org.editionaudio.audio;

import java.nio.file.Path;
import org.editionaudio.common.EditionAudioException;
import org.editionaudio.common.ExitCode;

/** A produced audio file (intro, sting, outro) cannot be read; exit code 5, as for the audio it would have gone into. */
public final class ProducedAudioException extends EditionAudioException {
  private final Path file;

  /** {@code file} cannot be read because of {@code reason}. */
  public ProducedAudioException(Path file, String reason, Throwable cause) {
    super(ExitCode.OUTPUT, file + ": cannot read the produced audio (" + reason + ")"
        + " — check the file given with --intro-audio, --sting or --outro-audio or in the publication profile", cause);
    this.file = file;
  }

  /** The produced audio file. */
  public Path file() {
    return file;
  }
}
