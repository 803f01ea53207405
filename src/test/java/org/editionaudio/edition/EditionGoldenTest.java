package org.editionaudio.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every fixture edition {@code X.ext} parses to exactly {@code X.expected.json}. */
class EditionGoldenTest {
  static final Path EDITIONS = Path.of("fixtures", "editions");
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Path> fixtures() throws IOException {
    try (Stream<Path> files = Files.list(EDITIONS)) {
      List<Path> inputs = files
          .filter(f -> !f.getFileName().toString().endsWith(".expected.json"))
          .sorted()
          .toList();
      return inputs.stream();
    }
  }

  @Test
  void everyFixtureHasItsExpectation() throws IOException {
    List<Path> inputs = fixtures().toList();
    assertTrue(inputs.size() >= 8, "the seed as text and as a page, and six multi-story layouts");
    for (Path input : inputs) {
      assertTrue(Files.exists(expected(input)), "missing " + expected(input));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void parsesToTheExpectedSections(Path input) throws Exception {
    Edition edition = EditionReader.automatic().read(InputDocument.read(input.toString(), null));
    ObjectNode actual = EditionJson.toTree(edition);
    ((ObjectNode) actual.get("edition")).remove("source");
    JsonNode expected = JSON.readTree(expected(input).toFile());
    assertEquals(expected.get("edition"), actual.get("edition"), "edition header of " + input);
    assertEquals(expected.get("sections").size(), actual.get("sections").size(), "story count of " + input);
    for (int i = 0; i < expected.get("sections").size(); i++) {
      assertEquals(expected.get("sections").get(i), actual.get("sections").get(i), "story " + (i + 1) + " of " + input);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void readsNoBoilerplate(Path input) throws Exception {
    Edition edition = EditionReader.automatic().read(InputDocument.read(input.toString(), null));
    String all = EditionJson.toTree(edition).get("sections").toString().toLowerCase();
    for (String phrase : List.of("listen to", "0:00", "subscribe", "subscription", "free two-week trial",
        "copyright", "all rights reserved", "copy link", "advertisement", "cookies", "sign up", "related stories",
        "photo:", "by the ledger newsroom", "photo by", "by lena okafor", "by omar haddad", "by jo reyes",
        "share this", "tagged", "tags:", "leave a reply", "about jo reyes", "recent posts", "most read",
        "unsubscribe", "view this email", "you are receiving", "update your preferences", "forward this email",
        "have a tip", "skip to", "accept all cookies", "posted on")) {
      assertFalse(all.contains(phrase), input + " reads boilerplate: " + phrase);
    }
  }

  private static Path expected(Path input) {
    String name = input.getFileName().toString();
    return input.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expected.json");
  }
}
