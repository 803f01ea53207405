package org.editionaudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** What a new user meets first: --help, --version, no arguments, a misspelled word. */
class HelpTest {
  private static final List<String> COMMANDS = List.of("generate", "batch", "feed", "sections", "say", "voices");

  @ParameterizedTest
  @ValueSource(strings = {"--help", "-h"})
  void everyCommandTakesHelp(String flag) {
    for (String command : COMMANDS) {
      CliRun run = CliRun.of(command, flag);
      assertEquals(0, run.exitCode(), command + " " + flag + ": " + run.err());
      assertTrue(run.out().startsWith("Usage: edition-audio " + command), run.out());
      assertEquals("", run.err());
    }
  }

  @Test
  void everyCommandTakesVersion() {
    for (String command : COMMANDS) {
      CliRun run = CliRun.of(command, "--version");
      assertEquals(0, run.exitCode(), command + ": " + run.err());
      assertTrue(run.out().startsWith("edition-audio "), run.out());
    }
  }

  @Test
  void noArgumentsPrintsUsageAndIsAUsageError() {
    CliRun run = CliRun.of();
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("Usage: edition-audio "), run.err());
    assertTrue(run.err().contains("generate"), run.err());
  }

  @Test
  void optionsAreGroupedAsInTheReadme() {
    String help = CliRun.of("generate", "--help").out();
    int program = help.indexOf("\nProgram options");
    int cache = help.indexOf("\nCache options");
    assertTrue(program > 0 && cache > program, help);
    assertTrue(help.indexOf("\n      --loudness") > program && help.indexOf("\n      --loudness") < cache, help);
    assertTrue(help.indexOf("\n      --cache-size") > cache, help);
    assertTrue(help.indexOf("\n      --timings") < program, "generate's own options come first: " + help);
  }

  @Test
  void everyOptionWithADefaultShowsIt() {
    CommandLine root = EditionAudio.commandLine();
    for (String command : COMMANDS) {
      for (OptionSpec option : root.getSubcommands().get(command).getCommandSpec().options()) {
        if (option.defaultValue() != null) {
          String description = String.join(" ", option.description());
          assertTrue(description.contains("default: " + option.defaultValue()),
              command + " " + option.longestName() + ": " + description);
        }
      }
    }
  }

  @Test
  void wrappingNeverBreaksAWord() {
    CommandLine root = EditionAudio.commandLine();
    for (String command : COMMANDS) {
      CommandLine sub = root.getSubcommands().get(command);
      Set<String> shown = Set.copyOf(List.of(CliRun.of(command, "--help").out().split("\\s+")));
      List<String> written = sub.getCommandSpec().options().stream()
          .flatMap(o -> List.of(String.join(" ", o.description()).split("\\s+")).stream())
          .collect(Collectors.toList());
      written.addAll(List.of(String.join(" ", sub.getCommandSpec().usageMessage().description()).split("\\s+")));
      for (String word : written) {
        assertTrue(shown.contains(word), command + ": '" + word + "' is cut in\n" + CliRun.of(command, "--help").out());
      }
    }
    assertTrue(CliRun.of("generate", "--help").out().contains(" ~/.cache/edition-audio)."));
  }

  @Test
  void wrapBreaksAtSpacesOnly() {
    assertEquals("see\n  ~/.cache/edition-audio\n  or chapters.vtt", HelpText.wrap("see ~/.cache/edition-audio or chapters.vtt", 16, 2));
  }

  @Test
  void aMisspelledCommandOrOptionSuggestsTheNearestOne() {
    CliRun command = CliRun.of("genrate", "edition.html");
    assertEquals(2, command.exitCode());
    assertEquals(List.of("edition-audio: unknown command 'genrate'; did you mean 'generate'? — see 'edition-audio --help'"),
        command.errLines());
    CliRun option = CliRun.of("generate", "edition.html", "--jsn");
    assertEquals(2, option.exitCode());
    assertEquals(1, option.errLines().size(), option.err());
    assertTrue(option.err().contains("unknown option '--jsn'; did you mean '--json'?"), option.err());
  }

  @Test
  void aPathWithANewlineGivesAOneLineError() {
    CliRun run = CliRun.of("sections", "no\nsuch.html");
    assertEquals(3, run.exitCode());
    assertEquals(List.of("edition-audio: no\\nsuch.html: cannot read the edition (no such file) — check the path and try again"),
        run.errLines());
  }
}
