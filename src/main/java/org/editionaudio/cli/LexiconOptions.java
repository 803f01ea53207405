package org.editionaudio.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.editionaudio.speech.Lexicon;
import org.editionaudio.speech.LexiconException;
import org.editionaudio.speech.Voices;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code --lexicon FILE}, repeatable: pronunciation lexicons on top of the built-in one. */
final class LexiconOptions {
  @Option(names = "--lexicon", paramLabel = "FILE",
      description = "A pronunciation lexicon (W3C PLS) used after the voices folder's lexicon.pls; repeatable, later "
          + "files win.")
  List<Path> files = new ArrayList<>();

  @Mixin VoicesOptions voices;

  /** The voices folder's lexicon and the files given, in order. */
  Lexicon lexicon() throws LexiconException, UsageException {
    return Lexicon.standard(voices.voices(), files);
  }

  /** The voices folder in use. */
  Voices voices() throws UsageException {
    return voices.voices();
  }
}
