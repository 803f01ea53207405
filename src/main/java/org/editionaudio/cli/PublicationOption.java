package org.editionaudio.cli;

import org.editionaudio.edition.EditionReader;
import org.editionaudio.edition.Profile;
import org.editionaudio.edition.ProfileException;
import picocli.CommandLine.Option;

/** {@code --profile P}: the publication profile, loaded once. */
final class PublicationOption {
  @Option(names = "--profile", paramLabel = "P", defaultValue = Profile.DEFAULT,
      description = "Publication profile: a built-in name or a .properties file (default: ${DEFAULT-VALUE}).")
  String name;

  private Profile loaded;

  /** The profile named. */
  Profile profile() throws ProfileException {
    if (loaded == null) {
      loaded = Profile.load(name);
    }
    return loaded;
  }

  /** A reader that reads with the profile. */
  EditionReader reader() throws ProfileException {
    return EditionReader.withProfile(profile());
  }
}
