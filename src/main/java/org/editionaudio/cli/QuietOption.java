package org.editionaudio.cli;

import picocli.CommandLine.Option;

/** {@code --quiet}: nothing but errors. */
final class QuietOption {
  @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors (and --json output).")
  boolean quiet;
}
