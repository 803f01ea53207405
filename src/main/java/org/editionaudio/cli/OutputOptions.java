package org.editionaudio.cli;

import picocli.CommandLine.Option;

/** How much a command says: --verbose, --quiet. */
final class OutputOptions {
  @Option(names = "--verbose", description = "Show MaryTTS's log and stack traces of errors.")
  boolean verbose;

  @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors (and --json output).")
  boolean quiet;
}
