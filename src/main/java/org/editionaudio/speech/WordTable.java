package org.editionaudio.speech;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One of the normalization tables under {@code org/editionaudio/speech/normalization/}: tab-separated
 * rows, {@code #} comments and blank lines skipped.
 */
final class WordTable {
  private static final String FOLDER = "/org/editionaudio/speech/normalization/";

  private WordTable() {}

  /** The rows of a table, each with exactly {@code columns} cells (missing trailing cells are empty). */
  static List<List<String>> rows(String name, int columns) {
    try (InputStream in = WordTable.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("normalization table " + name + " is missing from the build");
      }
      List<List<String>> rows = new ArrayList<>();
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R");
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i];
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length > columns || cells[0].isEmpty()) {
          throw new IllegalStateException(name + ":" + (i + 1) + ": expected " + columns + " tab-separated cells");
        }
        List<String> row = new ArrayList<>(List.of(cells));
        while (row.size() < columns) {
          row.add("");
        }
        rows.add(List.copyOf(row));
      }
      return List.copyOf(rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A two-column table as a map from the first column to the second. */
  static Map<String, String> map(String name) {
    Map<String, String> map = new LinkedHashMap<>();
    for (List<String> row : rows(name, 2)) {
      map.put(row.get(0), row.get(1));
    }
    return Collections.unmodifiableMap(map);
  }

  /** An alternation matching any key, longest first, each quoted. */
  static String alternation(Iterable<String> keys) {
    List<String> sorted = new ArrayList<>();
    keys.forEach(sorted::add);
    sorted.sort((a, b) -> b.length() - a.length());
    StringBuilder regex = new StringBuilder("(?:");
    for (int i = 0; i < sorted.size(); i++) {
      regex.append(i == 0 ? "" : "|").append(java.util.regex.Pattern.quote(sorted.get(i)));
    }
    return regex.append(')').toString();
  }
}
