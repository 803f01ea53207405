package org.editionaudio.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The rules found by the unseen-* fixtures (templates nobody here had tried): each does its job on a
 * small invented page, and leaves alone the case it must not touch.
 */
class UnseenTemplatesTest {

  private static String all(Edition edition) {
    return edition.sections().toString();
  }

  @Test
  void aTimeStampGoesButAPriceInASentenceStays() {
    assertEquals(Optional.of("time stamp"), Boilerplate.rule("Updated 14.52 GMT"));
    assertEquals(Optional.of("time stamp"), Boilerplate.rule("Posted at 3:40pm"));
    assertFalse(Boilerplate.rule("Shares closed at 14.52 on a quiet Friday").map("time stamp"::equals).orElse(false));
  }

  @Test
  void aContactLineGoesButASentenceGivingANumberStays() {
    assertTrue(Boilerplate.rule("Media contact: Dana Whitby, 01234 567890").orElse("").startsWith("contact details"));
    assertTrue(Boilerplate.rule("press@council.example").orElse("").startsWith("contact details"));
    assertFalse(Boilerplate.rule("Anyone who needs help can call the helpline on 0800 123 4567 at any hour.").isPresent());
    assertFalse(Boilerplate.rule("Turnout rose to 1,204,330 voters").isPresent());
  }

  @Test
  void aSignatureIsADashAndANameOnly() {
    assertEquals(Optional.of("signature"), Boilerplate.rule("– Marta"));
    assertEquals(Optional.of("signature"), Boilerplate.rule("— Jo Reyes"));
    assertFalse(Boilerplate.rule("– fresh basil leaves").map("signature"::equals).orElse(false));
  }

  @Test
  void aNameThenADateIsATitleButAPlaceOrALabelBeforeADateIsNot() {
    assertTrue(Boilerplate.isDatedTitle("Planning committee 27 March"));
    assertTrue(Boilerplate.isDatedTitle("Spring fair 22 and 23 March"));
    assertFalse(Boilerplate.isDatedTitle("New Delhi, August 30"));
    assertFalse(Boilerplate.isDatedTitle("Issued 12 March 2025"));
    assertFalse(Boilerplate.isDatedTitle("Tuesday 12 March 2025"));
  }

  @Test
  void boldHeadlinesInBothMarkupsFramedAlikeAreAllStories() throws EditionException {
    StringBuilder html = new StringBuilder("<main>");
    String[] tags = {"strong", "b", "b", "strong"};
    for (int i = 0; i < tags.length; i++) {
      html.append("<p><").append(tags[i]).append(">Notice number ").append(i + 1).append(" for the district</")
          .append(tags[i]).append("></p><p>Issued: ").append(10 + i).append(" March 2025</p><p>").append(Pages.PROSE)
          .append("</p><p>").append(Pages.PROSE).append("</p><p>ENDS</p>");
    }
    List<Dropped> dropped = new ArrayList<>();
    Edition edition = Pages.read(html.append("</main>").toString(), dropped::add);
    assertEquals(List.of("Notice number 1 for the district", "Notice number 2 for the district",
        "Notice number 3 for the district", "Notice number 4 for the district"), Pages.titles(edition));
    assertFalse(all(edition).contains("ENDS"));
    assertTrue(dropped.stream().anyMatch(d -> d.rule().equals(EndMarks.RULE)));
  }

  @Test
  void aSubheadInOtherMarkupBetweenProseStaysInItsStory() throws EditionException {
    StringBuilder html = new StringBuilder("<main>");
    for (int i = 1; i <= 3; i++) {
      html.append("<p><strong>Story number ").append(i).append(" of the week</strong></p><p>Issued: ").append(10 + i)
          .append(" March 2025</p><p>").append(Pages.PROSE).append("</p><p><b>What happens next</b></p><p>").append(Pages.PROSE)
          .append("</p>");
    }
    Edition edition = Pages.read(html.append("</main>").toString());
    assertEquals(List.of("Story number 1 of the week", "Story number 2 of the week", "Story number 3 of the week"),
        Pages.titles(edition));
  }

  @Test
  void aLineRepeatedAtTheTopOfEachSectionIsNotAnEndMark() throws EditionException {
    StringBuilder html = new StringBuilder("<main>");
    for (int i = 1; i <= 3; i++) {
      html.append("<h2>Meal number ").append(i).append("</h2><p>Eat slowly</p><p>").append(Pages.PROSE).append("</p>");
    }
    Edition edition = Pages.read(html.append("</main>").toString());
    assertTrue(edition.sections().stream().allMatch(s -> s.paragraphs().contains("Eat slowly")));
  }

  @Test
  void aSponsorLabelAboveAHeadlineTakesTheSlotBelowNotTheStoryAbove() throws EditionException {
    String html = "<main><h2>Bridge reopens after repairs</h2><p>" + Pages.PROSE + "</p>"
        + "<p>Together with Acme Savings</p><h2>Your money, on autopilot</h2>"
        + "<p>Acme rounds up every card payment and moves the change into a savings account for you.</p>"
        + "<h2>Library extends its hours</h2><p>" + Pages.PROSE + "</p></main>";
    List<Dropped> dropped = new ArrayList<>();
    Edition edition = Pages.read(html, dropped::add);
    assertEquals(List.of("Bridge reopens after repairs", "Library extends its hours"), Pages.titles(edition));
    assertTrue(dropped.stream().anyMatch(d -> d.rule().equals(SponsorSlots.LABEL)));
  }

  @Test
  void anOpeningLineNamingTheStoriesIsASummaryButAnOpeningSentenceStays() {
    List<Section> later = List.of(new Section("Water meters for every plot", List.of(Pages.PROSE), null),
        new Section("Seed swap returns to the hall", List.of(Pages.PROSE), null));
    assertTrue(EditionOpening.isSummaryLine("Water meters and a seed swap", later));
    assertFalse(EditionOpening.isSummaryLine("Water meters, a seed swap and the weather", later));
    assertFalse(EditionOpening.isSummaryLine("Spring came late, and the water meters arrive.", later));
  }

  @Test
  void aShortBoxAfterTheIssueGoesButABodySpillingOutOfItsElementStays() throws EditionException {
    StringBuilder stories = new StringBuilder();
    for (int i = 1; i <= 3; i++) {
      stories.append("<h3>Story number ").append(i).append(" of the week</h3><p>").append(Pages.PROSE).append("</p>");
    }
    String box = "<p>Join the club for two pounds a year and get every issue on paper at home.</p>";
    // The wrapper's class hint makes it the content area, so the box is inside the content.
    Edition boxed = Pages.read("<div class=\"page\"><article>" + stories + "</article><div>" + box + "</div></div>");
    assertFalse(all(boxed).contains("Join the club"));
    String spill = "<div class=\"page\"><article>" + stories + "</article><div>" + box + "<p>" + Pages.PROSE + "</p><p>" + Pages.PROSE
        + "</p></div></div>";
    assertTrue(all(Pages.read(spill)).contains("Join the club"));
  }

  @Test
  void plainLinkedLinesWithASourceAreTheStoryUnitOnlyWhenTheyRepeat() throws EditionException {
    StringBuilder three = new StringBuilder("<main><h2>Science</h2>");
    for (int i = 1; i <= 3; i++) {
      three.append("<p><a href=\"https://news.example/").append(i).append("\">Finding number ").append(i)
          .append(" about the sea</a> (news.example)</p><p>").append(Pages.PROSE).append("</p>");
    }
    Edition edition = Pages.read(three.append("</main>").toString());
    assertEquals(List.of("Finding number 1 about the sea", "Finding number 2 about the sea",
        "Finding number 3 about the sea"), Pages.titles(edition));
    assertEquals("https://news.example/2", edition.sections().get(1).url());
    String one = "<main><h2>Science</h2><p><a href=\"https://news.example/1\">Finding number 1 about the sea</a>"
        + " (news.example)</p><p>" + Pages.PROSE + "</p><p>" + Pages.PROSE + "</p></main>";
    assertEquals(List.of("Science"), Pages.titles(Pages.read(one)));
  }

  @Test
  void aDeckInsideItsHeadlinesLinkIsRead() throws EditionException {
    StringBuilder html = new StringBuilder("<main>");
    for (int i = 1; i <= 3; i++) {
      html.append("<h2>Section ").append(i).append("</h2><p>").append(Pages.PROSE).append("</p>");
    }
    html.append("<ul><li><a href=\"https://news.example/x\"><strong>A Simple Fix</strong><br>Leaks are common but cheap to mend</a></li></ul>");
    Edition edition = Pages.read(html.append("</main>").toString());
    assertTrue(all(edition).contains("Leaks are common but cheap to mend"));
  }

  @Test
  void aTagAfterMostHeadlinesIsTheTemplatesButALoneBracketIsTheWriters() {
    assertTrue(HeadlineTags.onPage(List.of("Sync comes to notes (4 minute read)", "A new chip (3 minute read)",
        "Opendiff (GitHub Repo)", "Storm ahead")));
    assertFalse(HeadlineTags.onPage(List.of("A podcast for everyone (who wouldn't?)", "Storm ahead", "Bridge opens",
        "Fair returns")));
    assertEquals("Sync comes to notes", HeadlineTags.strip("Sync comes to notes (4 minute read)"));
    assertTrue(HeadlineTags.isSponsored("Stop losing feedback (Sponsor)"));
    assertFalse(HeadlineTags.isSponsored("Sync comes to notes (4 minute read)"));
  }

  @Test
  void aSignOffIsAClosingLineAndNamesButAStorysLastLinesStay() {
    assertEquals(1, EditionClosing.signOff(List.of(Pages.PROSE, "Thanks for reading,", "Ravi Anand & Lu Chen")));
    assertEquals(-1, EditionClosing.signOff(List.of(Pages.PROSE, "The vote, in the end, was close.")));
    assertEquals(-1, EditionClosing.signOff(List.of(Pages.PROSE, "Among those who spoke,", "the mayor said the plan would cost more.")));
  }
}
