package org.editionaudio.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryUnitsTest {
  private static List<String> titles(String html) throws EditionException {
    return EditionReader.automatic().read(new InputDocument("page.html", html.getBytes(StandardCharsets.UTF_8)))
        .sections().stream().map(Section::title).toList();
  }

  private static String story(String level, String title) {
    return "<" + level + ">" + title + "</" + level + "><p>The council met on Monday evening and agreed the plan for the "
        + title.toLowerCase() + " after a long debate.</p>";
  }

  @Test
  void aHeadingBelowTheStoryLevelIsASubheadOfItsStory() throws Exception {
    String html = "<main><h1>Weekly notes</h1>" + story("h3", "Parks") + story("h3", "Roads") + story("h3", "Schools")
        + story("h3", "Water") + "<h3>Library</h3>" + story("h4", "Opening hours") + story("h4", "New books")
        + "</main>";
    assertEquals(List.of("Parks", "Roads", "Schools", "Water", "Library"), titles(html));
  }

  @Test
  void deeperHeadingsSplitWhenTheStoryLevelIsNotClear() throws Exception {
    String html = "<main><h1>Weekly notes</h1>" + story("h3", "Parks") + "<h3>Library</h3>"
        + story("h4", "Opening hours") + story("h4", "New books") + "</main>";
    assertEquals(List.of("Parks", "Opening hours", "New books"), titles(html));
  }

  @Test
  void aDeeperHeadingThatHoldsAWholeItemIsNotASubhead() throws Exception {
    String item = "Museum sale: The museum holds its yearly sale of donated books and prints on Saturday.";
    String html = "<main><h1>Weekly notes</h1>" + story("h3", "Parks") + story("h3", "Roads") + story("h3", "Schools")
        + "<h3>Around town</h3><h4>" + item + "</h4>" + "</main>";
    List<Dropped> dropped = new java.util.ArrayList<>();
    EditionReader.automatic().read(new InputDocument("page.html", html.getBytes(StandardCharsets.UTF_8)), dropped::add);
    assertEquals(List.of("story split: heading h4"),
        dropped.stream().filter(d -> d.snippet().startsWith("Museum sale")).map(Dropped::rule).toList());
  }

  @Test
  void twoLinkedHeadlinesAreNotYetTheStoryUnit() throws Exception {
    String unit = "<p><a href=\"https://example.org/%s\"><strong>%s</strong></a> (from <a href=\"https://example.org/u\">@ana</a>)</p>"
        + "<p>Ana wrote a long and careful piece about the work on the old mill and what comes next for it.</p>";
    String two = "<main><h1>Roundup</h1><h2>Blogs</h2>" + String.format(unit, "a", "The Mill Wheel Turns")
        + String.format(unit, "b", "Notes From the Weir") + "</main>";
    String three = two.replace("</main>", String.format(unit, "c", "A Year of Repairs") + "</main>");
    assertEquals(List.of("Blogs"), titles(two));
    assertEquals(List.of("The Mill Wheel Turns", "Notes From the Weir", "A Year of Repairs"), titles(three));
  }

  @Test
  void aDisclosureUnderALabelWithNoTextDropsTheStoryAboveIt() throws Exception {
    String html = "<main><h1>Bulletin</h1>" + story("h3", "Parks")
        + "<h3>Fair returns</h3><p>The autumn fair is back on the green with forty stalls and a brass band this year.</p>"
        + "<p><b>Times</b></p><p>* This is a sponsored story.</p>" + story("h3", "Roads") + "</main>";
    assertEquals(List.of("Parks", "Roads"), titles(html));
  }

  @Test
  void linkedItemsOfAStoryListAreReadAndAListOfLinksIsNot() throws Exception {
    String html = "<main><h1>Team notes</h1><h2>Printing</h2><ul>"
        + "<li>Ana fixed the margins of the preview when a custom paper size is chosen.</li>"
        + "<li>Ben made the dialog remember the last printer that was used.</li>"
        + "<li>Cleo <a href=\"https://example.org/1\">sped up the preview</a></li>"
        + "<li>Still open:<ul><li><a href=\"https://example.org/2\">Ticket 12 - duplex pages print twice</a></li></ul></li>"
        + "</ul><h2>Elsewhere</h2><p>The team also met the printer vendors on Friday to plan the next release.</p>"
        + "<ul><li><a href=\"https://example.org/a\">Home</a></li><li><a href=\"https://example.org/b\">Archive</a></li>"
        + "<li><a href=\"https://example.org/c\">About us</a></li></ul></main>";
    List<Section> sections = EditionReader.automatic()
        .read(new InputDocument("page.html", html.getBytes(StandardCharsets.UTF_8))).sections();
    assertEquals(List.of("Ana fixed the margins of the preview when a custom paper size is chosen.",
        "Ben made the dialog remember the last printer that was used.", "Cleo sped up the preview", "Still open:",
        "Ticket 12 - duplex pages print twice"), sections.get(0).paragraphs());
    assertEquals(List.of("The team also met the printer vendors on Friday to plan the next release."),
        sections.get(1).paragraphs());
  }

  @Test
  void aLeadInAfterARunOfBareBoldLinesIsAListingEntryButAfterOneGroupLineAStory() throws Exception {
    String lead = "<p><b>%s:</b> The hall on the square opens its doors at seven for an evening of music and talk.</p>";
    String html = "<main><h1>Diary</h1><p><b>Tonight</b></p><p><b>Quartet at the Corn Exchange / 7:00PM</b></p>"
        + "<p><b>Choir at St Mary's / 8:00PM</b></p>" + String.format(lead, "Quiz night / 9:00PM")
        + "<p><b>NEWS IN BRIEF</b></p>" + String.format(lead, "Hall reopens") + String.format(lead, "Bus route moves")
        + "</main>";
    assertEquals(List.of("Choir at St Mary's / 8:00PM", "Hall reopens", "Bus route moves"), titles(html));
  }
}
