package org.editionaudio.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A box that a class hint would remove but that holds one more of the page's teasers is read; other boxes still go. */
class TeaserBoxesTest {
  private static final String TEASERS = teaser("/a", "Late frost spares the orchards",
      "Growers lit fires between the rows on Tuesday night, and most of the blossom came through.")
      + teaser("/b", "Free school meals for every pupil",
      "The district will pay for lunches in all primary schools from September, using money saved on heating.")
      + teaser("/c", "Old bridge gets a fresh coat",
      "Painters worked through the night so that the bridge could reopen before the Saturday market.");
  private static final String BOX_UNIT = "<div class=\"row\"><div><a href=\"https://x.example/r\">Reservoir reaches summer level</a></div>"
      + "<div>The water board says the reservoir is full for the first time in years, and the ban ends on Friday.</div></div>";

  private static String teaser(String href, String title, String blurb) {
    return "<article><h3><a href=\"https://x.example" + href + "\">" + title + "</a></h3><p>" + blurb + "</p></article>";
  }

  private static List<String> titles(String main, List<Dropped> dropped) throws EditionException {
    String html = "<html><head><title>Week</title></head><body><main><h1>This week</h1>" + main + "</main></body></html>";
    return Pages.titles(Pages.read(html, dropped::add));
  }

  @Test
  void aWidgetBoxHoldingANewTeaserIsReadAsOneOfThePagesTeasers() throws EditionException {
    List<Dropped> dropped = new ArrayList<>();
    List<String> titles = titles(TEASERS + "<div class=\"news-widget\"><div class=\"news-widget-label\">Brief</div>" + BOX_UNIT
        + "<div><a href=\"https://x.example/f\">Festival dates set</a></div></div>", dropped);
    assertEquals(List.of("Late frost spares the orchards", "Free school meals for every pupil", "Old bridge gets a fresh coat",
        "Reservoir reaches summer level"), titles);
    assertTrue(dropped.stream().anyMatch(d -> d.rule().startsWith("kept: holds the page's teaser unit (class or id 'widget')")));
    assertTrue(dropped.stream().anyMatch(d -> d.snippet().equals("Brief")), "the label still goes");
  }

  @Test
  void aWidgetBoxRepeatingAListedTeaserStillGoes() throws EditionException {
    String copy = "<div class=\"side-widget\"><div><a href=\"https://x.example/b\">Free school meals for every pupil</a></div>"
        + "<div>The district will pay for lunches in all primary schools from September, using money saved on heating.</div></div>";
    assertEquals(3, titles(TEASERS + copy, new ArrayList<>()).size());
  }

  @Test
  void aBoxWhoseClassNamesAPurposeStillGoes() throws EditionException {
    for (String purpose : List.of("promo", "sponsored", "related", "sidebar")) {
      List<String> titles = titles(TEASERS + "<div class=\"" + purpose + "-box\">" + BOX_UNIT + "</div>", new ArrayList<>());
      assertFalse(titles.contains("Reservoir reaches summer level"), purpose);
    }
  }

  @Test
  void aWidgetBoxIsNotSparedOnAPageWithoutTeasersOrWhenItsTeaserIsASmallPartOfIt() throws EditionException {
    String article = "<p>" + "The council met on Tuesday and agreed to publish its report before the end of the month. ".repeat(2)
        + "</p><p>The mayor said the report would be read aloud at the next meeting, and that anyone could attend it.</p>";
    assertFalse(titles(article + "<div class=\"widget\">" + BOX_UNIT + "</div>", new ArrayList<>())
        .contains("Reservoir reaches summer level"));
    String archive = "<ul><li>January</li><li>February</li><li>March</li><li>April</li><li>May</li><li>June</li>"
        + "<li>July</li><li>August</li><li>September</li><li>October</li><li>November</li><li>December</li></ul>"
        + "<p>Search the archive of every week since the first issue of the paper in the spring of the year 1921.</p>";
    // More teasers, so that the sidebar is a small part of the page (a box holding most of it is never removed).
    String more = teaser("/d", "Choir wins a national prize", "The forty singers beat twelve other choirs in a final held far to the north.")
        + teaser("/e", "Bus timetable changes in June", "Buses to the hill villages will run every half hour instead of every hour.")
        + teaser("/f", "Museum opens a new wing", "The wing shows the town's boats, nets and sails from three centuries of fishing.");
    List<Dropped> dropped = new ArrayList<>();
    assertFalse(titles(TEASERS + more + "<div class=\"widget-area\">" + BOX_UNIT + archive + "</div>", dropped)
        .contains("Reservoir reaches summer level"));
    assertTrue(dropped.stream().anyMatch(d -> d.rule().equals("class or id 'widget'") && d.snippet().startsWith("Reservoir reaches")),
        "the sidebar goes whole");
  }

  @Test
  void aHeaderWithoutAHeadingInsideTheContentThatHoldsATeaserIsRead() throws EditionException {
    List<Dropped> dropped = new ArrayList<>();
    List<String> titles = titles(TEASERS + "<div class=\"box\"><header>" + BOX_UNIT + "</header></div>", dropped);
    assertTrue(titles.contains("Reservoir reaches summer level"), titles.toString());
    assertTrue(dropped.stream().anyMatch(d -> d.rule().equals("kept: holds the page's teaser unit (site header)")));
  }

  @Test
  void theSitesOwnHeaderStillGoesWhateverItHolds() throws EditionException {
    String html = "<html><head><title>Week</title></head><body><header>" + BOX_UNIT + "</header><main><h1>This week</h1>"
        + TEASERS + "</main></body></html>";
    List<Dropped> dropped = new ArrayList<>();
    Edition edition = Pages.read(html, dropped::add);
    assertFalse(Pages.titles(edition).contains("Reservoir reaches summer level"));
    assertTrue(dropped.contains(new Dropped("site header", "Reservoir reaches summer level The water board says the reservoir"
        + " is full for the first time in years, and the ban ends on Friday.")), dropped.toString());
  }

  @Test
  void theHeadlinesOfTeaserUnitsAreOneLinksLinesFollowedByProse() {
    var body = org.jsoup.Jsoup.parse(TEASERS + BOX_UNIT + "<div><a href=\"/m\">Read more</a></div><div>Short line.</div>"
        + "<div><a href=\"/n\">Headline over a short line</a></div><div>Too short to be a blurb.</div>").body();
    assertEquals(List.of("h3", "h3", "h3", "div"), TeaserBoxes.headlines(body, TextLengths.of(body)).stream().map(e -> e.normalName()).toList());
  }
}
