package org.editionaudio.edition;

import static org.editionaudio.edition.Pages.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hostile and broken pages: a correct result or a clear EditionException. How long a big page takes
 * is a benchmark figure ({@code benchmark/run pages}), not asserted here.
 */
class RobustnessTest {
  @Test
  void malformedMarkupStillReadsItsStories() throws Exception {
    Edition edition = read("<html><body><h1>Broken page</h1><p>First paragraph with <b>bold <i>and both</b> italic</i> text."
        + "<p>Second </div></span> paragraph, after stray end tags.<h2>Next story</h3><p>It has <a href=x>a link</a>"
        + " that closes, and a table <table><td>cell text inside a table without rows");
    assertEquals("Broken page", edition.title());
    assertEquals(List.of("Broken page", "Next story"), edition.sections().stream().map(Section::title).toList());
    assertEquals(List.of("First paragraph with bold and both italic text.",
        "Second paragraph, after stray end tags."), edition.sections().get(0).paragraphs());
  }

  @Test
  void aPageWithNoReadableTextIsNothingToRead() {
    EditionException e = assertThrows(EditionException.class, () -> read("<html><head><title>T</title>"
        + "<script>var a = 'text';</script></head><body><img src=a.jpg><svg><text>Logo</text></svg></body></html>"));
    assertTrue(e.getMessage().contains("nothing to read aloud"), e.getMessage());
  }

  @Test
  void aTwentyMegabytePageIsReadToItsLastStory() throws Exception {
    LargePage page = LargePage.ofMegabytes(20);
    Edition edition = read(page.html());
    assertEquals(page.stories(), edition.sections().size());
    assertEquals("Story " + page.stories(), edition.sections().get(page.stories() - 1).title());
  }

  @Test
  void tenThousandLevelsOfNestingOfEveryKindAreRead() throws Exception {
    String deep = "<div class=ad-wrapper>".repeat(2500) + "<table><tr><td>".repeat(2500) + "<b>".repeat(2500)
        + "<a href=http://example.com/>".repeat(2500)
        + "<p>At the bottom of it all, a sentence that should be read aloud to the listener.</p>"
        + "</a>".repeat(2500) + "</b>".repeat(2500) + "</td></tr></table>".repeat(2500) + "</div>".repeat(2500);
    Edition edition = read("<html><body><main><h1>Deep</h1>" + deep
        + "<p>After the deep part, another paragraph that should be read aloud.</p></main></body></html>");
    assertEquals(List.of("At the bottom of it all, a sentence that should be read aloud to the listener.",
        "After the deep part, another paragraph that should be read aloud."), edition.sections().get(0).paragraphs());
  }

  @Test
  void tenThousandUnclosedElementsAreRead() throws Exception {
    Edition edition = read(
        "<html><body><h1>Unclosed</h1>" + "<div><span><i>".repeat(10_000) + "<p>Text at the very bottom.");
    assertEquals(List.of("Text at the very bottom."), edition.sections().get(0).paragraphs());
  }

  @Test
  void aPageWithoutACharsetThatIsNotUtf8IsReadAsWindows1252() throws Exception {
    byte[] bytes = "<html><body><main><h1>Caf\u00e9</h1><p>\u201CQuoted\u201D \u2013 fine, isn\u2019t it.</p></main></body></html>"
        .getBytes(java.nio.charset.Charset.forName("windows-1252"));
    Edition edition = EditionReader.automatic().read(new InputDocument("p.html", bytes));
    assertEquals("Caf\u00e9", edition.title());
    assertEquals("\u201CQuoted\u201D \u2013 fine, isn\u2019t it.", edition.sections().get(0).paragraphs().get(0));
  }

  @Test
  void byteOrderMarksChooseTheEncoding() throws Exception {
    String html = "<html><body><main><h1>Na\u00efve</h1><p>\u00a1Hola! \u201CQuoted\u201D text here.</p></main></body></html>";
    for (java.nio.charset.Charset charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE)) {
      byte[] mark = charset == StandardCharsets.UTF_8 ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
          : new byte[] {(byte) 0xFF, (byte) 0xFE};
      byte[] body = html.getBytes(charset);
      byte[] bytes = new byte[mark.length + body.length];
      System.arraycopy(mark, 0, bytes, 0, mark.length);
      System.arraycopy(body, 0, bytes, mark.length, body.length);
      Edition edition = EditionReader.automatic().read(new InputDocument("p.html", bytes));
      assertEquals("Na\u00efve", edition.title(), charset.name());
      assertEquals("\u00a1Hola! \u201CQuoted\u201D text here.", edition.sections().get(0).paragraphs().get(0));
    }
  }

  private static Edition readJson(String json) throws EditionException {
    return EditionReader.automatic().read(new InputDocument("e.json", json.getBytes(StandardCharsets.UTF_8)));
  }

  /** Every string a reader hands on: the title, the publication, every headline, paragraph and link. */
  private static List<String> strings(Edition edition) {
    List<String> all = new java.util.ArrayList<>(List.of(edition.title()));
    if (edition.publication() != null) {
      all.add(edition.publication());
    }
    for (Section section : edition.sections()) {
      all.add(section.title());
      all.addAll(section.paragraphs());
      if (section.url() != null) {
        all.add(section.url());
      }
    }
    return all;
  }

  @Test
  void aLoneSurrogateInJsonOrHtmlIsRemovedWhenTheTextIsRead() throws Exception {
    // JSON's \ud800 escape and HTML's &#xD800; both decode to half a character, which no UTF-8
    // writer accepts: the run synthesized everything and then failed writing transcript.vtt.
    Edition json = readJson("{\"edition\":{\"title\":\"Lone \\ud800 half\"},\"sections\":[{\"title\":\"Low \\udc00 half\","
        + "\"paragraphs\":[\"The council met \\ud800 on Tuesday.\", \"A pair stays whole: \\ud83d\\ude00.\"]}]}");
    Edition html = read("<html><head><title>Lone &#xD800; half</title></head><body><main><h1>Low &#xDC00; half</h1>"
        + "<p>The council met &#xD800; on Tuesday and voted to repair the bridge over the river.</p></main></body></html>");
    for (Edition edition : List.of(json, html)) {
      for (String text : strings(edition)) {
        assertTrue(StandardCharsets.UTF_8.newEncoder().canEncode(text), "not writable as UTF-8: " + text);
      }
      assertEquals("Low half", edition.sections().get(0).title());
      assertTrue(edition.sections().get(0).paragraphs().get(0).startsWith("The council met on Tuesday"));
    }
    assertEquals("Lone half", json.title());
    assertEquals("A pair stays whole: \ud83d\ude00.", json.sections().get(0).paragraphs().get(1));
  }

  @Test
  void controlAndBidiCharactersFromJsonNeverReachTheEdition() throws Exception {
    Edition edition = readJson("{\"edition\":{\"title\":\"Bell\\u0007 and \\u202eoverride\","
        + "\"publication\":\"The\\u0000 Post\"},\"sections\":[{\"title\":\"Null\\u0000 bell\\u0007 turn\\u202e\","
        + "\"url\":\"https://example.org/a\\u202e\\u0000\","
        + "\"paragraphs\":[\"Some\\u0000 text\\u0007 here \\u202eand\\u009b there\\u2066.\"]}]}");
    for (String text : strings(edition)) {
      assertTrue(text.codePoints().noneMatch(c -> Character.getType(c) == Character.CONTROL
          || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)), "control left in: " + text);
    }
    assertEquals("Bell and override", edition.title());
    assertEquals("The Post", edition.publication());
    assertEquals("Null bell turn", edition.sections().get(0).title());
    assertEquals("https://example.org/a", edition.sections().get(0).url());
    assertEquals("Some text here and there.", edition.sections().get(0).paragraphs().get(0));
  }

  @Test
  void jsonWithTrailingGarbageIsRefused() {
    EditionException e = assertThrows(EditionException.class, () -> readJson(
        "{\"sections\":[{\"title\":\"One\",\"paragraphs\":[\"A short story.\"]}]} garbage"));
    assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
    assertThrows(EditionException.class, () -> readJson(
        "{\"sections\":[{\"title\":\"One\",\"paragraphs\":[\"A short story.\"]}]} {\"sections\":[]}"));
  }
}
