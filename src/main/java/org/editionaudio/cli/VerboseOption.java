package org.editionaudio.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

/** {@code --verbose}: MaryTTS's log and stack traces of errors. */
final class VerboseOption {
  @Option(names = "--verbose", description = "Show MaryTTS's log and stack traces of errors.")
  boolean verbose;

  /** True when a command of the run mixes this option in and was given it. */
  static boolean given(ParseResult parseResult) {
    for (ParseResult current = parseResult; current != null; current = current.subcommand()) {
      for (CommandSpec mixin : current.commandSpec().mixins().values()) {
        if (mixin.userObject() instanceof VerboseOption option && option.verbose) {
          return true;
        }
      }
    }
    return false;
  }
}
