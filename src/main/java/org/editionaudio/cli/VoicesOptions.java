package org.editionaudio.cli;

import java.nio.file.Path;
import org.editionaudio.speech.Voices;
import picocli.CommandLine.Option;

/** {@code --voices DIR}: the voices folder (voice profiles and the publication's lexicon) read at run time. */
final class VoicesOptions {
  @Option(names = "--voices", paramLabel = "DIR", converter = NonEmptyPath.class,
      description = "Voices folder: voice profiles and lexicon.pls (default: $EDITION_AUDIO_VOICES, else ./voices/ "
          + "when it holds voices.list or lexicon.pls, else the built-in copy); 'voices' shows the one in use.")
  Path dir;

  private Voices located;

  /** The voices folder in use. */
  Voices voices() throws UsageException {
    if (located == null) {
      try {
        located = Voices.locate(dir, System.getenv(), Path.of("").toAbsolutePath());
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
    }
    return located;
  }
}
