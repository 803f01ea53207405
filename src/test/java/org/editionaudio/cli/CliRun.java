package org.editionaudio.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One in-process run of the command line: its exit code and what it wrote. */
record CliRun(int exitCode, String out, String err) {
  static CliRun of(String... args) {
    return withStdin(new byte[0], args);
  }

  /** A run in which {@code -} reads {@code stdin}. */
  static CliRun withStdin(byte[] stdin, String... args) {
    return with(stdin, org.editionaudio.speech.SpeechEngineFactory::maryTts, args);
  }

  /** A run in which {@code -} reads {@code stdin} and speech comes from the engines {@code engines} makes. */
  static CliRun with(byte[] stdin, java.util.function.Function<Boolean, org.editionaudio.speech.SpeechEngineFactory> engines,
      String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = EditionAudio.commandLine(new java.io.ByteArrayInputStream(stdin), engines);
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int code = commandLine.execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** The lines written to stderr. */
  java.util.List<String> errLines() {
    return err.lines().toList();
  }
}
