package org.editionaudio.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.editionaudio.edition.EditionException;

/**
 * Finds the editions a batch reads: files as given, folders searched recursively for .html, .htm,
 * .txt and .json files, and {@code @list} files of paths, one a line ({@code #} comments and blank
 * lines skipped; relative paths are relative to the list's folder).
 */
public final class BatchInputs {
  private static final Set<String> EXTENSIONS = Set.of("html", "htm", "txt", "json");

  private BatchInputs() {}

  /** The inputs in a stable order (sorted within each folder), each once. */
  public static List<Path> find(List<String> arguments) throws EditionException {
    Set<Path> found = new LinkedHashSet<>();
    for (String argument : arguments) {
      if (argument.startsWith("@")) {
        Path list = Path.of(argument.substring(1));
        for (String line : lines(list)) {
          Path entry = Path.of(line);
          add(entry.isAbsolute() ? entry : list.toAbsolutePath().getParent().resolve(entry), found, argument);
        }
      } else {
        add(Path.of(argument), found, argument);
      }
    }
    return List.copyOf(found);
  }

  private static void add(Path path, Set<Path> found, String argument) throws EditionException {
    Path normal = path.normalize();
    if (Files.isDirectory(normal)) {
      try (Stream<Path> files = Files.walk(normal)) {
        files.filter(Files::isRegularFile).filter(BatchInputs::isEdition).sorted().forEach(found::add);
      } catch (IOException e) {
        throw EditionException.unreadable(argument, "cannot search the folder: " + e.getMessage());
      }
    } else if (Files.isRegularFile(normal)) {
      found.add(normal);
    } else {
      throw EditionException.unreadable(normal.toString(), "no such file or folder");
    }
  }

  private static boolean isEdition(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return !name.startsWith(".") && dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT))
        && !name.endsWith(".expected.json");
  }

  private static List<String> lines(Path list) throws EditionException {
    try {
      List<String> lines = new ArrayList<>();
      for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
        String entry = line.strip();
        if (!entry.isEmpty() && !entry.startsWith("#")) {
          lines.add(entry);
        }
      }
      return lines;
    } catch (IOException e) {
      throw EditionException.unreadable("@" + list, "cannot read the list (" + e.getMessage() + ")");
    }
  }
}
