package org.editionaudio.edition;

import org.editionaudio.common.EditionAudioException;
import org.editionaudio.common.ExitCode;

/** The input cannot be read as an edition, or holds nothing to read aloud (exit code 3). */
public final class EditionException extends EditionAudioException {
  private final String input;
  private final String reason;
  private final String hint;

  /** An input problem: what is wrong with which input, and what the user can do about it. */
  public EditionException(String input, String reason, String hint) {
    super(ExitCode.INPUT, input + ": " + reason + (hint == null || hint.isEmpty() ? "" : " — " + hint));
    this.input = input;
    this.reason = reason;
    this.hint = hint;
  }

  /** The file cannot be opened or read. */
  public static EditionException unreadable(String input, String reason) {
    return new EditionException(input, "cannot read the edition (" + reason + ")", "check the path and try again");
  }

  /** The file was read but no story survived parsing. */
  public static EditionException nothingToRead(String input, String what) {
    return new EditionException(
        input,
        "nothing to read aloud (" + what + ")",
        "give an edition with at least one story paragraph, or check it with 'edition-audio sections'");
  }

  /** The input path or "-". */
  public String input() {
    return input;
  }

  /** What is wrong. */
  public String reason() {
    return reason;
  }

  /** What to do about it. */
  public String hint() {
    return hint;
  }
}
