package org.editionaudio.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The normalization table: written news English and what a broadcaster says, compared with {@link WordMatch}. */
class NormalizationTableTest {
  private static final Normalizer NORMALIZER = new Normalizer();

  /**
   * One row of the table.
   *
   * @param line its line in the file
   * @param category what it exercises
   * @param written the text as printed
   * @param spoken what a broadcaster says
   */
  record Case(int line, String category, String written, String spoken) {
    @Override
    public String toString() {
      return category + ":" + line + " " + written;
    }
  }

  static List<Case> cases() throws IOException {
    try (InputStream in = NormalizationTableTest.class.getResourceAsStream("normalization.tsv")) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      List<Case> cases = new ArrayList<>();
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].isBlank() || lines[i].startsWith("#")) {
          continue;
        }
        String[] cells = lines[i].split("\t");
        assertEquals(3, cells.length, "normalization.tsv:" + (i + 1) + " needs category, written, spoken");
        cases.add(new Case(i + 1, cells[0], cells[1], cells[2]));
      }
      return cases;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void readsLikeABroadcaster(Case c) {
    String spoken = NORMALIZER.normalize(c.written());
    assertEquals(WordMatch.words(c.spoken()), WordMatch.words(spoken), () -> "normalization.tsv:" + c.line() + " " + c.written() + " → " + spoken);
  }

  @Test
  void theTableIsLargeAndCoversEveryCategory() throws IOException {
    Map<String, Long> perCategory = cases().stream().collect(Collectors.groupingBy(Case::category, TreeMap::new, Collectors.counting()));
    assertTrue(cases().size() >= 300, "at least 300 cases: " + cases().size());
    for (String category : List.of("cardinal", "year", "ordinal", "date", "time", "money", "percent", "range", "compound",
        "fraction", "unit", "decade", "roman", "title", "month", "letters", "words", "slash", "web", "dash", "quotes",
        "letters-kept")) {
      assertTrue(perCategory.getOrDefault(category, 0L) >= 8, category + " has at least 8 cases: " + perCategory);
    }
  }
}
