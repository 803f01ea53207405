package org.editionaudio.edition;

import static org.editionaudio.edition.Pages.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlEditionReaderTest {
  @Test
  void splitsStoriesOnHeadingsAndSkipsGroupingHeadings() throws Exception {
    Edition edition = read("<html><body><main><h1>Briefing</h1>"
        + "<h2>Lead story</h2><p>Lead paragraph one.</p><p>Lead paragraph two.</p>"
        + "<h2>Briefs</h2><h3>First brief</h3><p>Brief one.</p><h3>Second brief</h3><p>Brief two.</p>"
        + "</main></body></html>");
    assertEquals("Briefing", edition.title());
    assertEquals(List.of("Lead story", "First brief", "Second brief"),
        edition.sections().stream().map(Section::title).toList());
  }

  @Test
  void paragraphsBeforeAnyHeadingBelongToTheHeadline() throws Exception {
    Edition edition = read("<article><p class=kicker>World</p><h1>Big news</h1><p>It happened today.</p>"
        + "<p>More detail follows here.</p></article>");
    assertEquals(List.of(new Section("Big news", List.of("It happened today.", "More detail follows here."))),
        edition.sections());
  }

  @Test
  void readsMetadataFromMetaTagsAndJsonLd() throws Exception {
    Edition edition = read("<html><head><title>Ignored | Daily</title>"
        + "<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"NewsArticle\",\"headline\":\"From LD\","
        + "\"datePublished\":\"2023-05-06T07:00:00Z\",\"publisher\":{\"name\":\"The Daily\"}}]}</script>"
        + "</head><body><div><p>Only paragraph of the story, long enough to count.</p></div></body></html>");
    assertEquals("From LD", edition.title());
    assertEquals(LocalDate.of(2023, 5, 6), edition.date());
    assertEquals("The Daily", edition.publication());
    assertEquals("2023-05-06-from-ld", edition.id());
  }

  @Test
  void brTwiceSeparatesParagraphsAndInlineMarkupJoins() throws Exception {
    Edition edition = read("<main><h1>T</h1><div>First <b>bold</b> line.<br><br>Second line.</div></main>");
    assertEquals(List.of("First bold line.", "Second line."), edition.sections().get(0).paragraphs());
  }

  @Test
  void honoursTheMetaCharset() throws Exception {
    String html = "<html><head><meta charset=\"windows-1252\"></head><body><main><h1>Caf\u00e9</h1>"
        + "<p>\u201CQuoted\u201D \u2013 fine.</p></main></body></html>";
    Edition edition = EditionReader.automatic()
        .read(new InputDocument("p.html", html.getBytes(Charset.forName("windows-1252"))));
    assertEquals("Caf\u00e9", edition.title());
    assertEquals("\u201CQuoted\u201D \u2013 fine.", edition.sections().get(0).paragraphs().get(0));
  }

  @Test
  void anIso88591LabelIsReadAsWindows1252AsBrowsersDo() throws Exception {
    String html = "<html><head><meta charset=\"iso-8859-1\"></head><body><main><h1>Caf\u00e9</h1>"
        + "<p>It\u2019s \u201Cquoted\u201D \u2013 fine.</p></main></body></html>";
    Edition edition = EditionReader.automatic()
        .read(new InputDocument("p.html", html.getBytes(Charset.forName("windows-1252"))));
    assertEquals("It\u2019s \u201Cquoted\u201D \u2013 fine.", edition.sections().get(0).paragraphs().get(0));
  }

  @Test
  void aUtf16LabelOnAsciiBytesIsIgnored() throws Exception {
    String html = "<html><head><meta charset=\"utf-16\"></head><body><main><h1>Plain</h1>"
        + "<p>Every byte of this page is ASCII.</p></main></body></html>";
    Edition edition = EditionReader.automatic()
        .read(new InputDocument("p.html", html.getBytes(StandardCharsets.US_ASCII)));
    assertEquals("Plain", edition.title());
    assertEquals(List.of("Every byte of this page is ASCII."), edition.sections().get(0).paragraphs());
  }

  @Test
  void aUtf8PageWithOneBadByteStaysUtf8() throws Exception {
    byte[] head = "<html><body><main><h1>Caf\u00e9 news</h1><p>The caf\u00e9 opens".getBytes(StandardCharsets.UTF_8);
    byte[] tail = " at nine.</p></main></body></html>".getBytes(StandardCharsets.UTF_8);
    byte[] page = new byte[head.length + 1 + tail.length];
    System.arraycopy(head, 0, page, 0, head.length);
    page[head.length] = (byte) 0x81;
    System.arraycopy(tail, 0, page, head.length + 1, tail.length);
    Edition edition = EditionReader.automatic().read(new InputDocument("p.html", page));
    assertEquals("Caf\u00e9 news", edition.title());
    assertEquals(List.of("The caf\u00e9 opens\uFFFD at nine."), edition.sections().get(0).paragraphs());
  }

  @Test
  void explainNamesTheRuleOfEverySplitAndOfEveryLabelThatDidNotSplit() throws Exception {
    String html = "<main><h1>Digest</h1><h2>First story</h2><p>Text of the first story goes here.</p>"
        + "<p><b>Note:</b> a label inside it.</p><h2>Second story</h2><p>Text of the second story.</p>"
        + "<p><b>Note:</b> the same label again.</p></main>";
    List<Dropped> explained = new java.util.ArrayList<>();
    Edition edition = EditionReader.automatic()
        .read(new InputDocument("p.html", html.getBytes(StandardCharsets.UTF_8)), explained::add);
    assertEquals(List.of("First story", "Second story"), edition.sections().stream().map(Section::title).toList());
    assertEquals(List.of("story split: heading h2", "no split: run-in label (recurs on the page)",
        "story split: heading h2", "no split: run-in label (recurs on the page)"),
        explained.stream().map(Dropped::rule).filter(r -> r.contains("split")).toList());
  }

  @Test
  void aParagraphThatRepeatsAnImageDescriptionIsItsCaption() throws Exception {
    Edition edition = read("<main><h1>River day</h1><table><tr><td><img src=\"a.jpg\" alt=\"Volunteers plant trees along the river path\"></td>"
        + "<td>Volunteers plant trees along the river path on Sunday.</td></tr></table>"
        + "<p>More than two hundred people joined the spring planting, the parks office said.</p></main>");
    assertEquals(List.of("More than two hundred people joined the spring planting, the parks office said."),
        edition.sections().get(0).paragraphs());
  }

  @Test
  void deeplyNestedMarkupNeitherOverflowsNorLosesText() throws Exception {
    StringBuilder html = new StringBuilder("<html><body><main><h1>Deep</h1>");
    html.append("<div>".repeat(10_000)).append("<p>At the bottom.</p>").append("</div>".repeat(10_000));
    html.append("</main></body></html>");
    Edition edition = read(html.toString());
    assertEquals(List.of("At the bottom."), edition.sections().get(0).paragraphs());
  }

  @Test
  void aPageOfOnlyFurnitureIsNothingToRead() {
    assertThrows(EditionException.class, () -> read("<html><body><nav><a href=/>Home</a></nav>"
        + "<div class=share><a>Copy link</a></div><footer>© 2024 Site. All rights reserved.</footer></body></html>"));
  }
  @Test
  void aLinkedHeadlineGivesTheStoryItsUrlResolvedAgainstTheCanonicalAddress() throws Exception {
    Edition edition = read("<html><head><link rel=canonical href=https://news.example/today/></head><body><main>"
        + "<h1>Today</h1><h2><a href=\"/story/one\">One</a></h2><p>First story text, long enough to read.</p>"
        + "<h2><a href=\"javascript:void(0)\">Two</a></h2><p>Second story text, long enough to read.</p>"
        + "<h2>Three</h2><p>Third story text, long enough to read.</p></main></body></html>");
    assertEquals("https://news.example/story/one", edition.sections().get(0).url());
    assertEquals(null, edition.sections().get(1).url());
    assertEquals(null, edition.sections().get(2).url());
  }

  @Test
  void boldLeadInsSplitStoriesOnlyWhenThePageHasSeveral() throws Exception {
    Edition briefs = read("<main><h1>Log</h1><p><b>Crews contain fire.</b> Firefighters said the fire was out.</p>"
        + "<p><strong>Bridge reopens early:</strong> The bridge reopened on Friday after repairs.</p></main>");
    assertEquals(List.of(new Section("Crews contain fire", List.of("Firefighters said the fire was out.")),
        new Section("Bridge reopens early", List.of("The bridge reopened on Friday after repairs."))), briefs.sections());
    Edition article = read("<main><h1>Story</h1><p><b>Crews contain fire.</b> Firefighters said the fire was out.</p>"
        + "<p>Then the rain came and the crews went home.</p></main>");
    assertEquals(1, article.sections().size());
    assertEquals("Crews contain fire. Firefighters said the fire was out.", article.sections().get(0).paragraphs().get(0));
  }

  @Test
  void aVisibleDatelineGivesTheDateWhenNoMetadataDoes() throws Exception {
    Edition edition = read("<html><head><title>Weekly</title></head><body><main><h1>Weekly</h1>"
        + "<p class=dateline>Friday, May 9, 2025</p><p>The only story of the week, long enough to count.</p></main></body></html>");
    assertEquals(LocalDate.of(2025, 5, 9), edition.date());
    assertEquals("2025-05-09-weekly", edition.id());
  }

  @Test
  void explainReportsEveryDroppedBlockWithItsRule() throws Exception {
    List<Dropped> dropped = new java.util.ArrayList<>();
    EditionReader.automatic().read(new InputDocument("p.html", ("<main><h1>T</h1><p>By Ann Lee</p>"
        + "<p>The story itself, which is read aloud in full.</p><div class=share><a>Share</a></div></main>")
        .getBytes(StandardCharsets.UTF_8)), dropped::add);
    assertEquals(List.of(new Dropped("class or id 'share'", "Share"), new Dropped("byline", "By Ann Lee")), dropped);
  }
}
