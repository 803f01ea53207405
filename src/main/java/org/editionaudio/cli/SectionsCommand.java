package org.editionaudio.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.editionaudio.edition.Edition;
import org.editionaudio.edition.EditionJson;
import org.editionaudio.edition.EditionReader;
import org.editionaudio.edition.InputDocument;
import org.editionaudio.edition.Section;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

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

  @Override
  public Integer call() throws Exception {
    Edition edition = EditionReader.automatic().read(InputDocument.read(input, System.in));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.print(EditionJson.write(EditionJson.toTree(edition)));
    } else {
      out.print(text(edition));
    }
    out.flush();
    return ExitCodes.OK;
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
