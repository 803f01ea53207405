package org.editionaudio.cli;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.editionaudio.common.ExitCode;
import org.editionaudio.publish.ToolVersion;
import org.editionaudio.speech.SpeechEngineFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code edition-audio} command: its subcommands and how failures become exit codes. */
@Command(
    name = "edition-audio",
    mixinStandardHelpOptions = true,
    versionProvider = EditionAudio.Version.class,
    description = "Turns a news edition into one MP3 with a chapter per story.",
    subcommands = {
      GenerateCommand.class,
      BatchCommand.class,
      FeedCommand.class,
      SectionsCommand.class,
      SayCommand.class,
      VoicesCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n")
public final class EditionAudio implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final InputStream stdin;
  private final Function<Boolean, SpeechEngineFactory> engines;

  private EditionAudio(InputStream stdin, Function<Boolean, SpeechEngineFactory> engines) {
    this.stdin = stdin;
    this.engines = engines;
  }

  /** The speech engines, MaryTTS unless a test gave stand-ins; {@code verbose} shows their log. */
  SpeechEngineFactory engines(boolean verbose) {
    return engines.apply(verbose);
  }

  /** What {@code -} reads: standard input, or what a test gave in its place. */
  InputStream stdin() {
    return stdin;
  }

  /** Without a subcommand: usage. */
  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  /** A configured command line reading this process's standard input, ready to {@code execute}. */
  public static CommandLine commandLine() {
    return commandLine(System.in);
  }

  /** A configured command line that reads {@code stdin} for {@code -}, as out and err are set on it. */
  public static CommandLine commandLine(InputStream stdin) {
    return commandLine(stdin, SpeechEngineFactory::maryTts);
  }

  /** As {@link #commandLine(InputStream)}, speaking with the engines {@code engines} makes for a --verbose flag. */
  static CommandLine commandLine(InputStream stdin, Function<Boolean, SpeechEngineFactory> engines) {
    ErrorHandler errors = new ErrorHandler();
    CommandLine commandLine = new CommandLine(new EditionAudio(stdin, engines));
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
