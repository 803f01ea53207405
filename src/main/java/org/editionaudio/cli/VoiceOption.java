package org.editionaudio.cli;

import org.editionaudio.speech.VoiceProfile;
import org.editionaudio.speech.VoiceProfileException;
import picocli.CommandLine.Option;

/** {@code --voice V}: the voice profile. */
final class VoiceOption {
  @Option(names = "--voice", paramLabel = "V", defaultValue = VoiceProfile.DEFAULT,
      description = "Voice profile name or .properties file (default: ${DEFAULT-VALUE}); see 'voices'.")
  String name;

  /** The voice profile named. */
  VoiceProfile load() throws VoiceProfileException {
    return VoiceProfile.load(name);
  }
}
