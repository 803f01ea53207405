package org.editionaudio.speech;

/** A voice profile is missing or malformed (a usage error, exit code 2). */
public final class VoiceProfileException extends Exception {
  private final String profile;

  /** What is wrong with which profile. */
  public VoiceProfileException(String profile, String reason) {
    super("voice profile '" + profile + "': " + reason);
    this.profile = profile;
  }

  /** The profile name or file. */
  public String profile() {
    return profile;
  }
}
