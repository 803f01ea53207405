package org.editionaudio.cli;

/** An option value that parses but makes no sense (exit code 2). */
final class UsageException extends Exception {
  UsageException(String message) {
    super(message);
  }
}
