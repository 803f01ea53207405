package org.editionaudio.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The player-widget and edition-opening rules, and what each must leave alone. */
class WidgetsAndOpeningTest {
  private static final String STORIES = "<h2>Bridge reopens</h2><p>" + Pages.PROSE + "</p><h2>Market moves</h2><p>" + Pages.PROSE
      + "</p><h2>Pool opens</h2><p>" + Pages.PROSE + "</p>";

  private static Edition read(String body, List<Dropped> dropped) throws EditionException {
    String html = "<html><head><title>Town Letter</title></head><body><main><h1>Town Letter</h1>" + body
        + "</main></body></html>";
    return Pages.read(html, dropped::add);
  }

  private static List<String> paragraphs(Edition edition) {
    return edition.sections().stream().flatMap(s -> s.paragraphs().stream()).toList();
  }

  @Test
  void aPlayerBoxIsFoundByItsControlsWhateverItsLabelSays() {
    var body = Jsoup.parse("<div><button aria-label=\"Play\">&#9654;</button> <span>Hear the council debate</span>"
        + " <span>3:05 / 41:10</span></div><p>" + Pages.PROSE + "</p>").body();
    assertEquals(1, PlayerWidgets.find(body).size());
    assertEquals("div", PlayerWidgets.find(body).get(0).normalName());
  }

  @Test
  void aVideoBesideASentenceIsNotAPlayerBox() {
    var body = Jsoup.parse("<div><video controls src=\"a.mp4\"></video><p>" + Pages.PROSE + "</p></div>").body();
    assertTrue(PlayerWidgets.find(body).isEmpty());
  }

  @Test
  void anIconButtonBesideAHeadlineOrAShortLineWithoutAClockIsNotAPlayerBox() {
    var heading = Jsoup.parse("<div><h2>Bridge reopens</h2><button aria-label=\"Save\"><svg></svg></button></div>").body();
    assertTrue(PlayerWidgets.find(heading).isEmpty());
    var linked = Jsoup.parse("<div><a href=\"/bridge\">Bridge reopens</a> <button>&#9654;</button></div>").body();
    assertTrue(PlayerWidgets.find(linked).isEmpty());
  }

  @Test
  void aPlayersLineOfGlyphsAndReadoutsOrItsListenLabelBesideAClockIsBoilerplate() {
    assertEquals("player widget", Boilerplate.rule("▶ 12:31 · 1.5×").orElse(null));
    assertEquals("player widget", Boilerplate.rule("Listen to this brief 0:00 / 6:42 Volume 80%").orElse(null));
    // A sentence that names a time is a story's.
    assertFalse(Boilerplate.isBoilerplate("Listen to the council debate live at 7:30 tonight."));
    assertFalse(Boilerplate.isBoilerplate("Play resumes at 2:15 after the rain delay, officials said."));
  }

  @Test
  void aShortGreetingBeforeSeveralStoriesIsLeftOut() throws EditionException {
    List<Dropped> dropped = new ArrayList<>();
    Edition edition = read("<p>Hi there, and welcome back.</p>" + STORIES, dropped);
    assertEquals(List.of("Bridge reopens", "Market moves", "Pool opens"), Pages.titles(edition));
    assertTrue(dropped.stream().anyMatch(d -> d.rule().equals(EditionOpening.GREETING)));
  }

  @Test
  void aLongLetterFromTheEditorStaysAsTheOpeningStory() throws EditionException {
    String letter = "Hello and welcome to the spring issue, in which we look back at a winter of floods, a new school"
        + " and the long fight over the ferry, and ahead to a busy season on the water.";
    Edition edition = read("<p>" + letter + "</p>" + STORIES, new ArrayList<>());
    assertEquals("Town Letter", Pages.titles(edition).get(0));
    assertEquals(letter, paragraphs(edition).get(0));
  }

  @Test
  void aGreetingOnAOneStoryPageStays() throws EditionException {
    Edition edition = read("<p>Good morning.</p><h2>Bridge reopens</h2><p>" + Pages.PROSE + "</p>", new ArrayList<>());
    assertEquals("Good morning.", paragraphs(edition).get(0));
  }

  @Test
  void aLabelOverLinksToOtherSitesIsNotAContentsLabel() throws EditionException {
    List<Dropped> dropped = new ArrayList<>();
    read("<p>Elsewhere this week, from other papers and the county's own pages here:</p>"
        + "<ul><li><a href=\"https://other.example/a\">Harbor dredging plan</a></li>"
        + "<li><a href=\"https://other.example/b\">School board vote</a></li></ul>" + STORIES, dropped);
    assertTrue(dropped.stream().noneMatch(d -> d.rule().equals(EditionOpening.CONTENTS)));
    List<Dropped> own = new ArrayList<>();
    read("<p><b>Inside:</b></p><ul><li><a href=\"/bridge\">Bridge reopens</a></li>"
        + "<li><a href=\"/market\">Market moves</a></li></ul>" + STORIES, own);
    assertTrue(own.stream().anyMatch(d -> d.rule().equals(EditionOpening.CONTENTS) && d.snippet().equals("Inside:")));
  }
}
