package org.editionaudio.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import org.editionaudio.common.ExitCode;

/** Turns every failure into one line on stderr and its documented exit code; a stack trace only with --verbose. */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

  @Override
  public int handleExecutionException(Exception failure, CommandLine command, ParseResult parseResult) {
    PrintWriter err = command.getErr();
    String message = failure.getMessage() == null ? failure.toString() : failure.getMessage();
    if (ExitCode.of(failure) != ExitCode.INTERNAL) {
      err.println("edition-audio: " + message);
    } else {
      err.println("edition-audio: internal error: " + failure + " — please report it with the input and --verbose output");
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
    err.println("edition-audio: " + failure.getMessage() + " — see '" + command.getCommandSpec().qualifiedName() + " --help'");
    err.flush();
    return ExitCode.USAGE.code();
  }
}
