package org.editionaudio.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The usage help: options grouped as in the README under headings, and every text wrapped at
 * spaces only, so that a path or a name ({@code ~/.cache}, {@code chapters.vtt}) is never cut.
 */
final class HelpText {
  private static final int OPTION_COLUMN = 26;
  private static final int COMMAND_COLUMN = 12;

  // Mixins whose options are listed under their own heading, in this order; the rest is "Options".
  private static final Map<Class<?>, String> GROUPS = new LinkedHashMap<>();

  static {
    GROUPS.put(ProgramOptions.class, "Program options (how the edition sounds and is read)");
    GROUPS.put(CacheOptions.class, "Cache options");
  }

  private HelpText() {}

  /** Installs the grouped, space-wrapped sections on a command and all its subcommands. */
  static void install(CommandLine command) {
    Map<String, CommandLine.IHelpSectionRenderer> sections = command.getHelpSectionMap();
    sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_DESCRIPTION,
        help -> wrap(String.join(" ", help.commandSpec().usageMessage().description()), width(help), 0) + "\n");
    sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_PARAMETER_LIST, HelpText::parameters);
    sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST, HelpText::options);
    sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, HelpText::commands);
    command.setHelpSectionMap(sections);
    command.getCommandSpec().usageMessage().commandListHeading("%nCommands:%n");
    command.getSubcommands().values().forEach(HelpText::install);
  }

  private static int width(Help help) {
    return help.commandSpec().usageMessage().width();
  }

  private static String parameters(Help help) {
    StringBuilder out = new StringBuilder();
    for (PositionalParamSpec parameter : help.commandSpec().positionalParameters()) {
      if (!parameter.hidden()) {
        row(out, "  " + parameter.paramLabel() + (parameter.isMultiValue() ? "..." : ""), description(parameter),
            width(help));
      }
    }
    return out.toString();
  }

  private static String options(Help help) {
    CommandSpec spec = help.commandSpec();
    Map<String, List<OptionSpec>> groups = new LinkedHashMap<>();
    groups.put("Options", new ArrayList<>());
    GROUPS.values().forEach(heading -> groups.put(heading, new ArrayList<>()));
    for (OptionSpec option : spec.options()) {
      if (!option.hidden()) {
        groups.get(heading(spec, option)).add(option);
      }
    }
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, List<OptionSpec>> group : groups.entrySet()) {
      if (group.getValue().isEmpty()) {
        continue;
      }
      out.append('\n').append(group.getKey()).append(":\n");
      group.getValue().sort((a, b) -> help.createDefaultOptionSort().compare(a, b));
      for (OptionSpec option : group.getValue()) {
        row(out, names(option), description(option), width(help));
      }
    }
    return out.toString();
  }

  private static String heading(CommandSpec spec, OptionSpec option) {
    for (CommandSpec mixin : spec.mixins().values()) {
      String heading = GROUPS.get(mixin.userObject() == null ? null : mixin.userObject().getClass());
      if (heading != null && mixin.options().stream().anyMatch(o -> o.longestName().equals(option.longestName()))) {
        return heading;
      }
    }
    return "Options";
  }

  private static String commands(Help help) {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, CommandLine> sub : help.commandSpec().subcommands().entrySet()) {
      if (!sub.getValue().getCommandSpec().usageMessage().hidden()) {
        CommandLine.Model.UsageMessageSpec usage = sub.getValue().getCommandSpec().usageMessage();
        String[] summary = usage.header().length > 0 ? usage.header() : usage.description();
        row(out, "  " + sub.getKey(), summary.length == 0 ? "" : summary[0], width(help), COMMAND_COLUMN);
      }
    }
    return out.toString();
  }

  private static String names(OptionSpec option) {
    String shortName = null;
    String longName = null;
    for (String name : option.names()) {
      if (name.startsWith("--")) {
        longName = longName == null ? name : longName;
      } else {
        shortName = shortName == null ? name : shortName;
      }
    }
    String label = option.typeInfo().isBoolean() || option.arity().max() == 0 ? ""
        : "=" + option.paramLabel() + (option.isMultiValue() ? "..." : "");
    if (longName == null) {
      return "  " + shortName + label;
    }
    return (shortName == null ? "      " : "  " + shortName + ", ") + longName + label;
  }

  private static String description(ArgSpec arg) {
    return String.join(" ", arg.description());
  }

  private static void row(StringBuilder out, String names, String description, int width) {
    row(out, names, description, width, OPTION_COLUMN);
  }

  private static void row(StringBuilder out, String names, String description, int width, int column) {
    String text = wrap(description, width - column, column);
    if (names.length() >= column - 1) {
      out.append(names).append('\n').append(" ".repeat(column)).append(text).append('\n');
    } else {
      out.append(names).append(" ".repeat(column - names.length())).append(text).append('\n');
    }
  }

  /**
   * The text in lines of at most {@code width} characters, broken at spaces only; lines after the
   * first are indented by {@code indent}. A word longer than a line stays whole on its own.
   */
  static String wrap(String text, int width, int indent) {
    StringBuilder out = new StringBuilder();
    int column = 0;
    for (String word : text.strip().split(" +")) {
      if (word.isEmpty()) {
        continue;
      }
      if (column > 0 && column + 1 + word.length() > width) {
        out.append('\n').append(" ".repeat(indent));
        column = 0;
      } else if (column > 0) {
        out.append(' ');
        column++;
      }
      out.append(word);
      column += word.length();
    }
    return out.toString();
  }
}
