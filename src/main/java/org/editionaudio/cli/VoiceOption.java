package org.editionaudio.cli;

import org.editionaudio.speech.VoiceProfile;
import org.editionaudio.speech.VoiceProfileException;
import org.editionaudio.speech.Voices;
import picocli.CommandLine.Option;

/** {@code --voice V}: the voice profile. */
final class VoiceOption {
  @Option(names = "--voice", paramLabel = "V", defaultValue = VoiceProfile.DEFAULT,
      description = "Voice profile name or .properties file (default: ${DEFAULT-VALUE}); see 'voices'.")
  String name;

  /** The voice profile named, from the built-in voices. */
  VoiceProfile load() throws VoiceProfileException {
    return VoiceProfile.load(name);
  }

  /** The voice profile named, from the voices folder in use. */
  VoiceProfile load(Voices voices) throws VoiceProfileException {
    return VoiceProfile.load(name, voices);
  }
}
