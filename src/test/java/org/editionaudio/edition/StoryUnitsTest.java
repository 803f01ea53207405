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
    String unit = "<p><a href=\"https://example.org/%s\"><strong>%s</strong></a> (By: <a href=\"https://example.org/u\">@ana</a>)</p>"
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
        + "<p><b>Times</b></p><p>* This is a promoted post.</p>" + story("h3", "Roads") + "</main>";
    assertEquals(List.of("Parks", "Roads"), titles(html));
  }
}
