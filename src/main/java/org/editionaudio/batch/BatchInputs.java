package org.editionaudio.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.editionaudio.edition.EditionException;

/**
 * Finds the editions a batch reads: files as given, folders searched recursively for .html, .htm,
 * .txt and .json files, and {@code @list} files of paths, one a line ({@code #} comments and blank
 * lines skipped; relative paths are relative to the list's folder). What this tool wrote is never an
 * input: the batch's output folder, any folder holding our {@code manifest.json}, and any JSON file
 * that is one of our manifests or reports.
 */
public final class BatchInputs {
  private static final Set<String> EXTENSIONS = Set.of("html", "htm", "txt", "json");

  private BatchInputs() {}

  private static final Pattern OUR_TOOL = Pattern.compile("\"tool\"\\s*:\\s*\"edition-audio\"");

  /** The inputs in a stable order (sorted within each folder), each once. */
  public static List<Path> find(List<String> arguments) throws EditionException {
    return find(arguments, null);
  }

  /** The inputs in a stable order (sorted within each folder), each once, never inside {@code output}. */
  public static List<Path> find(List<String> arguments, Path output) throws EditionException {
    Path skip = output == null ? null : output.toAbsolutePath().normalize();
    Set<Path> found = new LinkedHashSet<>();
    for (String argument : arguments) {
      if (argument.startsWith("@")) {
        Path list = Path.of(argument.substring(1));
        for (String line : lines(list)) {
          Path entry;
          try {
            entry = Path.of(line);
          } catch (java.nio.file.InvalidPathException e) {
            throw EditionException.unreadable(argument, "a line is not a path (" + e.getReason() + ")");
          }
          Path path = entry.isAbsolute() ? entry : list.toAbsolutePath().getParent().resolve(entry);
          if (Files.exists(path)) {
            add(path, found, argument, skip);
          } else {
            // One stale line of a list is one failed edition (the runner cannot read it), not the batch's end.
            found.add(path.normalize());
          }
        }
      } else {
        add(Path.of(argument), found, argument, skip);
      }
    }
    return List.copyOf(found);
  }

  private static void add(Path path, Set<Path> found, String argument, Path output) throws EditionException {
    Path normal = path.normalize();
    if (Files.isDirectory(normal)) {
      try {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(normal, new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
            return dir.toAbsolutePath().normalize().equals(output) || isOurs(dir.resolve("manifest.json"))
                ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            if (attributes.isRegularFile() && isEdition(file) && !isOurs(file)) {
              files.add(file);
            }
            return FileVisitResult.CONTINUE;
          }
        });
        files.stream().sorted().forEach(found::add);
      } catch (IOException e) {
        throw EditionException.unreadable(argument, "cannot search the folder: " + e.getMessage());
      }
    } else if (Files.isRegularFile(normal)) {
      if (!isOurs(normal)) {
        found.add(normal);
      }
    } else {
      throw EditionException.unreadable(normal.toString(), "no such file or folder");
    }
  }

  /** True for a JSON file this tool wrote: an edition's manifest or a batch report. */
  static boolean isOurs(Path file) {
    if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json") || !Files.isRegularFile(file)) {
      return false;
    }
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      return text.contains("\"toolVersion\"") && (text.contains("\"settingsSha256\"") || OUR_TOOL.matcher(text).find());
    } catch (IOException | java.io.UncheckedIOException e) {
      // Not UTF-8 or not readable: not ours; the runner reports what is wrong with it.
      return false;
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
