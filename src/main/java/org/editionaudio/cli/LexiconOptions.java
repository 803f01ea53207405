package org.editionaudio.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.editionaudio.speech.Lexicon;
import org.editionaudio.speech.LexiconException;
import picocli.CommandLine.Option;

/** {@code --lexicon FILE}, repeatable: pronunciation lexicons on top of the built-in one. */
final class LexiconOptions {
  @Option(names = "--lexicon", paramLabel = "FILE",
      description = "A pronunciation lexicon (W3C PLS) used after the built-in one; repeatable, later files win.")
  List<Path> files = new ArrayList<>();

  /** The built-in lexicon and the files given, in order. */
  Lexicon lexicon() throws LexiconException {
    return Lexicon.standard(files);
  }
}
