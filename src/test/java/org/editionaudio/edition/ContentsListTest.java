package org.editionaudio.edition;

import static org.editionaudio.edition.Pages.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An edition's table of contents in plain lines (no links) is never read as a chapter. */
class ContentsListTest {
  private static final String STORIES = "<h2>Harbor bridge reopens</h2>"
      + "<p>The harbor bridge reopened on Monday after eight months of repairs, the city said.</p>"
      + "<h2>School calendar vote delayed</h2>"
      + "<p>The school board put off its vote on next year's calendar until March.</p>"
      + "<h2>Orchard harvest record</h2>"
      + "<p>Growers expect the largest apple harvest in a decade after a mild spring.</p>";

  private static List<String> titles(String html) throws Exception {
    return read(html).sections().stream().map(Section::title).toList();
  }

  @Test
  void plainLinesThatNameTheLaterStoriesAreNotAChapter() throws Exception {
    String html = "<html><body><main><h1>Valley Notes</h1><h3>INSIDE TODAY</h3>"
        + "<p>Harbor bridge reopens to traffic</p><p>Calendar vote delayed again</p><p>A quiet week at the zoo</p>"
        + STORIES + "</main></body></html>";
    assertEquals(List.of("Harbor bridge reopens", "School calendar vote delayed", "Orchard harvest record"), titles(html));
  }

  @Test
  void aFirstStoryOfSentencesIsRead() throws Exception {
    String html = "<html><body><main><h1>Valley Notes</h1><h2>Bridge and calendar news</h2>"
        + "<p>The harbor bridge reopens today.</p><p>The calendar vote was delayed again.</p>"
        + STORIES + "</main></body></html>";
    assertEquals(List.of("Bridge and calendar news", "Harbor bridge reopens", "School calendar vote delayed",
        "Orchard harvest record"), titles(html));
  }

  @Test
  void shortLinesThatNameNoLaterStoryAreRead() throws Exception {
    String html = "<html><body><main><h1>Valley Notes</h1><h2>Weather</h2>"
        + "<p>Sunny and mild</p><p>High of 21 degrees</p><p>Light winds from the west</p>"
        + STORIES + "</main></body></html>";
    assertEquals(List.of("Weather", "Harbor bridge reopens", "School calendar vote delayed", "Orchard harvest record"),
        titles(html));
  }
}
