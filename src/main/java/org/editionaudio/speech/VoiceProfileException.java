package org.editionaudio.speech;

import org.editionaudio.common.EditionAudioException;
import org.editionaudio.common.ExitCode;

/** A voice profile is missing or malformed (a usage error, exit code 2). */
public final class VoiceProfileException extends EditionAudioException {
  private final String profile;

  /** What is wrong with which profile. */
  public VoiceProfileException(String profile, String reason) {
    super(ExitCode.USAGE, "voice profile '" + profile + "': " + reason);
    this.profile = profile;
  }

  /** The profile name or file. */
  public String profile() {
    return profile;
  }
}
