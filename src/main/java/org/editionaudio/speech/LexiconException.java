package org.editionaudio.speech;

import org.editionaudio.common.EditionAudioException;
import org.editionaudio.common.ExitCode;

/** A pronunciation lexicon cannot be read or has a bad entry (a usage error, exit code 2). */
public final class LexiconException extends EditionAudioException {
  private final String file;
  private final int line;
  private final String reason;

  /** What is wrong at {@code line} of {@code file}; line 0 when the file as a whole is at fault. */
  public LexiconException(String file, int line, String reason) {
    super(ExitCode.USAGE, "lexicon " + file + (line > 0 ? ":" + line : "") + ": " + reason
        + " — fix the entry (voices/README.md describes the format)");
    this.file = file;
    this.line = line;
    this.reason = reason;
  }

  /** The lexicon file, or the built-in lexicon's name. */
  public String file() {
    return file;
  }

  /** The line of the bad entry, or 0. */
  public int line() {
    return line;
  }

  /** What is wrong. */
  public String reason() {
    return reason;
  }
}
