package org.editionaudio.cli;

import org.editionaudio.publish.ToolVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import java.util.LinkedHashMap;
import java.util.Map;
import org.editionaudio.common.ExitCode;

/** The {@code edition-audio} command: its subcommands and how failures become exit codes. */
@Command(
    name = "edition-audio",
    mixinStandardHelpOptions = true,
    versionProvider = EditionAudio.Version.class,
    description = "Turns a news edition into one MP3 with a chapter per story.",
    subcommands = {
      GenerateCommand.class,
      BatchCommand.class,
      SectionsCommand.class,
      SayCommand.class,
      VoicesCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n")
public final class EditionAudio implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Without a subcommand: usage. */
  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  /** A configured command line, ready to {@code execute}. */
  public static CommandLine commandLine() {
    ErrorHandler errors = new ErrorHandler();
    CommandLine commandLine = new CommandLine(new EditionAudio());
    commandLine.setExecutionExceptionHandler(errors);
    commandLine.setParameterExceptionHandler(errors);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    Map<String, String> exitCodes = new LinkedHashMap<>();
    for (ExitCode code : ExitCode.values()) {
      exitCodes.put(Integer.toString(code.code()), code.meaning());
    }
    commandLine.getCommandSpec().usageMessage().exitCodeList(exitCodes);
    return commandLine;
  }

  /** The version from the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {ToolVersion.NAME + " " + ToolVersion.version()};
    }
  }
}
