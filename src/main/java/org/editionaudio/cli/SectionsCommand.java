package org.editionaudio.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.editionaudio.edition.Dropped;
import org.editionaudio.edition.Edition;
import org.editionaudio.edition.EditionJson;
import org.editionaudio.edition.EditionReader;
import org.editionaudio.edition.InputDocument;
import org.editionaudio.speech.Normalizer;
import org.editionaudio.speech.Preview;
import org.editionaudio.speech.SpeechEngine;
import org.editionaudio.speech.VoiceProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import org.editionaudio.common.ExitCode;

/** {@code sections}: what will be read, nothing synthesized. */
@Command(name = "sections", description = "Show the stories and paragraphs that will be read aloud.")
final class SectionsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand EditionAudio root;

  @Parameters(paramLabel = "INPUT", description = "An .html, .txt or .json edition, or - for standard input.")
  String input;

  @Option(names = "--json", description = "Print {\"edition\":{…},\"sections\":[…]} as JSON.")
  boolean json;

  @Mixin VerboseOption verbose;

  @Mixin PublicationOption publication;

  @Option(names = "--explain", description = "Also list what was left out, with the rule that left it out.")
  boolean explain;

  @Option(names = "--spoken", description = "Show each headline and paragraph as it will be spoken (starts MaryTTS).")
  boolean spoken;

  @Option(names = "--unknown", description = "List the words no lexicon knows, which MaryTTS will guess by rule (starts MaryTTS).")
  boolean unknown;

  @Mixin LexiconOptions lexicon;

  @Override
  public Integer call() throws Exception {
    EditionReader reader = publication.reader();
    List<Dropped> dropped = new ArrayList<>();
    Edition edition = reader.read(InputDocument.read(input, root.stdin()), dropped::add);
    PrintWriter out = spec.commandLine().getOut();
    lexicon.lexicon(); // a lexicon given is checked even when nothing is spoken
    if (spoken || unknown) {
      return spokenOrUnknown(edition, out);
    }
    out.print(json ? SectionsListing.json(edition, explain ? dropped : null)
        : SectionsListing.text(edition) + (explain ? SectionsListing.explanation(dropped) : ""));
    out.flush();
    return ExitCode.OK.code();
  }

  private int spokenOrUnknown(Edition edition, PrintWriter out) throws Exception {
    VoiceProfile voice = VoiceProfile.load(VoiceProfile.DEFAULT, lexicon.voices());
    Normalizer normalizer = new Normalizer(lexicon.lexicon());
    try (SpeechEngine engine = root.engines(verbose.verbose).start(voice, 0)) {
      SpokenSections sections = new SpokenSections(edition, new Preview(engine, voice, normalizer));
      if (json) {
        out.print(EditionJson.write(sections.json(spoken, unknown)));
      } else {
        out.print((spoken ? sections.spokenText() : "") + (spoken && unknown ? "\n" : "") + (unknown ? sections.unknownText() : ""));
      }
    }
    out.flush();
    return ExitCode.OK.code();
  }
}
