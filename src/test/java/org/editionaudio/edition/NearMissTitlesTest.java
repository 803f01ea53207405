package org.editionaudio.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The guards of the headline-parts, headline-forms and glued-tail rules: what they must leave alone. */
class NearMissTitlesTest {

  private static Element h3(String inner) {
    return Jsoup.parse("<h3>" + inner + "</h3>").selectFirst("h3");
  }

  @Test
  void gluedElementsAreKeptApartButWordsOfOneElementAreNot() {
    assertEquals("Breaking Storm closes the bridge", HeadlineParts.text(h3("<span>Breaking</span><span>Storm closes the bridge</span>")));
    assertEquals("McDonald opens a shop", HeadlineParts.text(h3("McDonald opens a shop")));
    assertEquals("Storm closes the bridge", HeadlineParts.text(h3("Storm <b>closes</b> the bridge")));
  }

  @Test
  void aBadgeIsOnlyAShortLabelGluedToTheNextElement() {
    assertEquals("Breaking", HeadlineParts.badge(h3("<span>Breaking</span><span>Storm closes the bridge</span>")));
    // A space between them: the words are one headline as written.
    assertNull(HeadlineParts.badge(h3("<span>Breaking</span> <span>Storm closes the bridge</span>")));
    // A long first part is the headline's own words.
    assertNull(HeadlineParts.badge(h3("<span>Storm closes the old bridge</span><span>Ferries run</span>")));
    // A kicker with its colon is part of the headline.
    assertNull(HeadlineParts.badge(h3("<span>Update:</span><span>Storm closes the bridge</span>")));
  }

  @Test
  void aHeadingIsADigestItemOnlyWhenABoldTitleIsFollowedByASentence() {
    String item = "<b>Library opens late</b>: The central library stays open until nine on Thursdays from May.";
    assertEquals("Library opens late:", HeadlineParts.runInLead(h3(item), HeadlineParts.text(h3(item))));
    String kicker = "<b>Fauci</b>: Vaccine trials begin";
    assertNull(HeadlineParts.runInLead(h3(kicker), HeadlineParts.text(h3(kicker))));
    String plain = "Library opens late: The central library stays open until nine on Thursdays from May.";
    assertNull(HeadlineParts.runInLead(h3(plain), HeadlineParts.text(h3(plain))));
  }

  @Test
  void aDatedTitleNamesSomethingBeforeItsDate() {
    assertTrue(Boilerplate.isDatedTitle("Harbour Open Day: April 5 & 12"));
    assertFalse(Boilerplate.isDatedTitle("Updated: May 5, 2025"));
    assertFalse(Boilerplate.isDatedTitle("Posted on May 5, 2025 at 9:10"));
  }

  @Test
  void aStorysOwnLastSentenceIsNeverCutAsAByline() {
    List<Block> blocks = List.of(
        new Block("The roads were closed all weekend. By Monday Anna Roe had them open again", 0, 0, null, false, null, null),
        new Block("\"We will be back next year,\" she said.\"--Anna Roe, May 5, 2025", 0, 0, null, false, null, null),
        new Block("The roads were closed all weekend and the bridge too.# Posted by Anna Roe on 5/5/25; 9:10 AM",
            0, 0, null, false, null, null));
    List<Dropped> dropped = new ArrayList<>();
    List<Block> cut = TrailingFurniture.cut(blocks, dropped::add);
    assertEquals(blocks.get(0).text(), cut.get(0).text());
    assertEquals(blocks.get(1).text(), cut.get(1).text());
    assertEquals("The roads were closed all weekend and the bridge too.", cut.get(2).text());
    assertEquals(List.of(new Dropped(TrailingFurniture.RULE, "# Posted by Anna Roe on 5/5/25; 9:10 AM")), dropped);
  }

  @Test
  void boldHeadlinesThatDifferOnlyByALinkAllStartStories() throws Exception {
    Edition edition = Pages.read("<div>"
        + "<p><b><a href=\"https://a.example/1\">First item of the week</a></b></p><p>" + Pages.PROSE + "</p>"
        + "<p><b>Second item of the week</b></p><p>" + Pages.PROSE + "</p>"
        + "<p><b><a href=\"https://a.example/3\">Third item of the week</a></b></p><p>" + Pages.PROSE + "</p>"
        + "<p><b>Fourth item of the week</b></p><p>" + Pages.PROSE + "</p></div>");
    assertEquals(List.of("First item of the week", "Second item of the week", "Third item of the week",
        "Fourth item of the week"), Pages.titles(edition));
  }

  @Test
  void aBoldLineOfOtherMarkupAfterAStorysProseIsItsSubhead() throws Exception {
    List<Dropped> dropped = new ArrayList<>();
    Edition edition = Pages.read("<div>"
        + "<p><b><a href=\"https://a.example/1\">First post</a></b></p><p>" + Pages.PROSE + "</p>"
        + "<p><strong>A subhead</strong></p><p>" + Pages.PROSE + "</p>"
        + "<p><b><a href=\"https://a.example/2\">Second post</a></b></p><p>" + Pages.PROSE + "</p>"
        + "<p><b><a href=\"https://a.example/3\">Third post</a></b></p><p>" + Pages.PROSE + "</p></div>", dropped::add);
    assertEquals(List.of("First post", "Second post", "Third post"), Pages.titles(edition));
    assertEquals(List.of(Pages.PROSE, "A subhead", Pages.PROSE), edition.sections().get(0).paragraphs());
    assertTrue(dropped.contains(new Dropped(HeadlineForms.RULE, "A subhead")));
  }

  @Test
  void aBoldLineOfOtherMarkupRightUnderAHeadlineStillStartsAStory() throws Exception {
    // With no prose between, the other form is not inside a story: a group label or a story of its own.
    Edition edition = Pages.read("<div>"
        + "<p><b><a href=\"https://a.example/1\">First post</a></b></p>"
        + "<p><strong>Another kind of line</strong></p><p>" + Pages.PROSE + "</p>"
        + "<p><b><a href=\"https://a.example/2\">Second post</a></b></p><p>" + Pages.PROSE + "</p></div>");
    assertTrue(Pages.titles(edition).contains("Another kind of line"), Pages.titles(edition).toString());
  }

  @Test
  void aLinkedBoldLineOfOtherMarkupAfterProseStillStartsAStory() throws Exception {
    Edition edition = Pages.read("<div>"
        + "<p><b><a href=\"https://a.example/1\">First post</a></b></p><p>" + Pages.PROSE + "</p>"
        + "<p><strong><a href=\"https://b.example/x\">A story from elsewhere</a></strong></p><p>" + Pages.PROSE + "</p>"
        + "<p><b><a href=\"https://a.example/2\">Second post</a></b></p><p>" + Pages.PROSE + "</p>"
        + "<p><b><a href=\"https://a.example/3\">Third post</a></b></p><p>" + Pages.PROSE + "</p></div>");
    assertEquals(List.of("First post", "A story from elsewhere", "Second post", "Third post"), Pages.titles(edition));
  }
}
