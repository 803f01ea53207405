package org.editionaudio.edition;

import org.editionaudio.common.EditionAudioException;
import org.editionaudio.common.ExitCode;

/** A publication profile is missing or malformed (a usage error, exit code 2). */
public final class ProfileException extends EditionAudioException {
  private final String profile;
  private final String reason;

  /** What is wrong with which profile. */
  public ProfileException(String profile, String reason) {
    super(ExitCode.USAGE, "publication profile '" + profile + "': " + reason
        + " — see the README's 'Publication profiles' for the format");
    this.profile = profile;
    this.reason = reason;
  }

  /** The profile name or file. */
  public String profile() {
    return profile;
  }

  /** What is wrong. */
  public String reason() {
    return reason;
  }
}
