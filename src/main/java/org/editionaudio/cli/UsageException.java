package org.editionaudio.cli;

import org.editionaudio.common.EditionAudioException;
import org.editionaudio.common.ExitCode;

/** An option value that parses but makes no sense (exit code 2). */
final class UsageException extends EditionAudioException {
  UsageException(String message) {
    super(ExitCode.USAGE, message);
  }
}
