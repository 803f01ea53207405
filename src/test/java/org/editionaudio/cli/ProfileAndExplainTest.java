package org.editionaudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --profile} on sections and generate, {@code sections --explain}, and inputs that must fail cleanly. */
class ProfileAndExplainTest {
  private static final String BRIEFING = "fixtures/editions/morning-briefing.html";
  private static final String ARTICLES = "fixtures/editions/html5-articles.html";

  @Test
  void explainNamesTheRuleAndASnippetOfEachDroppedBlock() {
    CliRun run = CliRun.of("sections", "--explain", BRIEFING);
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("Left out ("), run.out());
    assertTrue(run.out().contains("[page furniture <footer>] © 2024 The Lakeside Ledger. All rights reserved."), run.out());
    assertTrue(run.out().contains("[class or id 'newsletter'] Get the Morning Briefing"), run.out());
  }

  @Test
  void explainInJsonAddsADroppedList() throws Exception {
    CliRun run = CliRun.of("sections", "--json", "--explain", BRIEFING);
    assertEquals(0, run.exitCode(), run.err());
    JsonNode dropped = new ObjectMapper().readTree(run.out()).get("dropped");
    assertTrue(dropped.size() > 5, run.out());
    assertTrue(dropped.get(0).has("rule") && dropped.get(0).has("snippet"), run.out());
    CliRun plain = CliRun.of("sections", "--json", BRIEFING);
    assertFalse(plain.out().contains("\"dropped\""), "only with --explain");
  }

  @Test
  void aUserProfileNamesStoriesHeadlinesBodiesDropsAndPhrases(@TempDir Path dir) throws Exception {
    Path profile = dir.resolve("north-shore.properties");
    Files.writeString(profile, String.join("\n",
        "description = North Shore Post editions",
        "title = main > h1",
        "date = main time",
        "publication = The North Shore Post",
        "stories = article.story",
        "headline = h2",
        "body = p, li",
        "drop = .byline, .ad-label",
        "never-read = parking ban | crew contract"));
    CliRun run = CliRun.of("sections", "--json", "--profile", profile.toString(), ARTICLES);
    assertEquals(0, run.exitCode(), run.err());
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertEquals("The North Shore Post", json.get("edition").get("publication").asText());
    assertEquals("2025-01-15", json.get("edition").get("date").asText());
    List<String> titles = new ArrayList<>();
    json.get("sections").forEach(s -> titles.add(s.get("title").asText()));
    assertEquals(List.of("Winter ferry schedule adds a late boat", "Harbor bakery to reopen after fire", "Snow totals"), titles);
    assertEquals("https://northshore.example/local/2025/01/15/ferry-schedule",
        json.get("sections").get(0).get("url").asText());
    assertEquals(1, json.get("sections").get(0).get("paragraphs").size(), "the crew contract paragraph is never read");
    assertEquals(2, json.get("sections").get(2).get("paragraphs").size(), "the parking ban item is never read");
  }

  @Test
  void builtInProfilesAreFoundByName() {
    CliRun generic = CliRun.of("sections", "fixtures/editions/wordpress-briefs.html");
    CliRun wordpress = CliRun.of("sections", "--profile", "wordpress", "fixtures/editions/wordpress-briefs.html");
    assertEquals(0, wordpress.exitCode(), wordpress.err());
    assertEquals(generic.out(), wordpress.out());
  }

  @Test
  void anUnknownProfileIsAUsageError(@TempDir Path dir) {
    for (String command : List.of("sections", "generate")) {
      CliRun run = CliRun.of(command, "--profile", "no-such-profile", BRIEFING, "-o", dir.resolve("o").toString());
      if (command.equals("sections")) {
        run = CliRun.of(command, "--profile", "no-such-profile", BRIEFING);
      }
      assertEquals(2, run.exitCode(), run.err());
      assertEquals(1, run.errLines().size(), run.err());
      assertTrue(run.err().contains("no-such-profile"), run.err());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"stories = div[", "colour = red", "headline = h2:nth-child(x)"})
  void aBrokenProfileIsAUsageErrorNamingTheProblem(String line, @TempDir Path dir) throws Exception {
    Path profile = dir.resolve("broken.properties");
    Files.writeString(profile, line + "\n");
    CliRun run = CliRun.of("sections", "--profile", profile.toString(), BRIEFING);
    assertEquals(2, run.exitCode(), run.err());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.err().startsWith("edition-audio: publication profile '" + profile + "'"), run.err());
  }

  @ParameterizedTest
  @ValueSource(strings = {"wrong-shape.json", "top-level-list.json", "no-text.html"})
  void badInputIsOneLineAndExitThree(String fixture) {
    String input = "fixtures/bad/" + fixture;
    CliRun run = CliRun.of("sections", input);
    assertEquals(3, run.exitCode(), run.err());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.err().startsWith("edition-audio: " + input + ": "), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
  }
}
