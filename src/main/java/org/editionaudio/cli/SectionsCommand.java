package org.editionaudio.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.editionaudio.edition.Dropped;
import org.editionaudio.edition.Edition;
import org.editionaudio.edition.EditionJson;
import org.editionaudio.edition.EditionReader;
import org.editionaudio.edition.InputDocument;
import org.editionaudio.edition.Profile;
import org.editionaudio.edition.Section;
import org.editionaudio.speech.Normalizer;
import org.editionaudio.speech.Preview;
import org.editionaudio.speech.SpeechEngine;
import org.editionaudio.speech.SpeechEngineFactory;
import org.editionaudio.speech.VoiceProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import org.editionaudio.common.ExitCode;

/** {@code sections}: what will be read, nothing synthesized. */
@Command(name = "sections", description = "Show the stories and paragraphs that will be read aloud.")
final class SectionsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "INPUT", description = "An .html, .txt or .json edition, or - for standard input.")
  String input;

  @Option(names = "--json", description = "Print {\"edition\":{…},\"sections\":[…]} as JSON.")
  boolean json;

  @Option(names = "--verbose", description = "Show stack traces of errors.")
  boolean verbose;

  @Option(names = "--profile", paramLabel = "P", defaultValue = Profile.DEFAULT,
      description = "Publication profile: a built-in name or a .properties file (default: ${DEFAULT-VALUE}).")
  String profile;

  @Option(names = "--explain", description = "Also list what was left out, with the rule that left it out.")
  boolean explain;

  @Option(names = "--spoken", description = "Show each headline and paragraph as it will be spoken (starts MaryTTS).")
  boolean spoken;

  @Option(names = "--unknown", description = "List the words no lexicon knows, which MaryTTS will guess by rule (starts MaryTTS).")
  boolean unknown;

  @Mixin LexiconOptions lexicon;

  @Override
  public Integer call() throws Exception {
    EditionReader reader = EditionReader.withProfile(Profile.load(profile));
    List<Dropped> dropped = new ArrayList<>();
    Edition edition = reader.read(InputDocument.read(input, System.in), dropped::add);
    PrintWriter out = spec.commandLine().getOut();
    lexicon.lexicon(); // a lexicon given is checked even when nothing is spoken
    if (spoken || unknown) {
      return spokenOrUnknown(edition, out);
    }
    if (json) {
      ObjectNode tree = EditionJson.toTree(edition);
      if (explain) {
        ArrayNode left = tree.putArray("dropped");
        dropped.forEach(d -> left.addObject().put("rule", d.rule()).put("snippet", d.snippet()));
      }
      out.print(EditionJson.write(tree));
    } else {
      out.print(text(edition));
      if (explain) {
        out.print(explanation(dropped));
      }
    }
    out.flush();
    return ExitCode.OK.code();
  }

  private int spokenOrUnknown(Edition edition, PrintWriter out) throws Exception {
    VoiceProfile voice = VoiceProfile.load(VoiceProfile.DEFAULT, lexicon.voices());
    Normalizer normalizer = new Normalizer(lexicon.lexicon());
    try (SpeechEngine engine = SpeechEngineFactory.maryTts(verbose).start(voice, 0)) {
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

  private static String explanation(List<Dropped> dropped) {
    StringBuilder out = new StringBuilder("\nLeft out (" + dropped.size() + "):\n");
    for (Dropped d : dropped) {
      out.append("   [").append(d.rule()).append("] ").append(d.snippet()).append('\n');
    }
    return out.toString();
  }

  private static String text(Edition edition) {
    StringBuilder out = new StringBuilder();
    out.append(edition.title()).append('\n');
    StringBuilder about = new StringBuilder("id ").append(edition.id());
    edition.optionalPublication().ifPresent(p -> about.append(" · ").append(p));
    edition.optionalDate().ifPresent(d -> about.append(" · ").append(d));
    out.append(about).append('\n');
    int number = 1;
    for (Section section : edition.sections()) {
      out.append('\n').append(number++).append(". ").append(section.title()).append('\n');
      for (String paragraph : section.paragraphs()) {
        out.append("   ").append(paragraph).append('\n');
      }
    }
    return out.toString();
  }
}
