package org.editionaudio.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;
import org.editionaudio.common.ExitCode;

/** Turns every failure into one line on stderr and its documented exit code; a stack trace only with --verbose. */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

  @Override
  public int handleExecutionException(Exception failure, CommandLine command, ParseResult parseResult) {
    PrintWriter err = command.getErr();
    String message = failure.getMessage() == null ? failure.toString() : failure.getMessage();
    if (ExitCode.of(failure) != ExitCode.INTERNAL) {
      err.println("edition-audio: " + oneLine(message));
    } else {
      err.println("edition-audio: internal error: " + oneLine(failure.toString())
          + " — please report it with the input and --verbose output");
    }
    if (VerboseOption.given(parseResult)) {
      failure.printStackTrace(err);
    }
    err.flush();
    return ExitCode.of(failure).code();
  }

  @Override
  public int handleParseException(ParameterException failure, String[] args) {
    CommandLine command = failure.getCommandLine();
    PrintWriter err = command.getErr();
    err.println("edition-audio: " + oneLine(message(failure)) + " — see '"
        + command.getCommandSpec().qualifiedName() + " --help'");
    err.flush();
    return ExitCode.USAGE.code();
  }

  /** Picocli's message, or for a word it does not know, that word and the nearest one it does. */
  private static String message(ParameterException failure) {
    if (!(failure instanceof UnmatchedArgumentException unmatched) || unmatched.getUnmatched().isEmpty()) {
      return failure.getMessage();
    }
    String word = unmatched.getUnmatched().get(0);
    boolean takesCommand = !failure.getCommandLine().getSubcommands().isEmpty()
        && failure.getCommandLine().getCommandSpec().positionalParameters().isEmpty();
    String what = word.startsWith("-") ? "unknown option" : takesCommand ? "unknown command" : "unexpected argument";
    List<String> suggestions = unmatched.getSuggestions();
    return what + " '" + word + "'" + (suggestions.isEmpty() ? "" : "; did you mean '" + suggestions.get(0) + "'?");
  }

  /** Line breaks in a message (a file name may hold one) shown as \n, so that an error stays one line. */
  static String oneLine(String message) {
    return message.replace("\r", "\\r").replace("\n", "\\n");
  }
}
