package org.editionaudio.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextEditionReaderTest {
  private static Edition read(String name, byte[] bytes) throws EditionException {
    return EditionReader.automatic().read(new InputDocument(name, bytes));
  }

  private static Edition read(String text) throws EditionException {
    return read("edition.txt", text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void firstLineIsTheTitleAndBlankLinesSeparateParagraphs() throws Exception {
    Edition edition = read("Morning News\n\nFirst paragraph,\nwrapped over\ntwo lines.\n\nSecond one.\n");
    assertEquals("Morning News", edition.title());
    assertEquals(List.of(new Section("Morning News", List.of("First paragraph, wrapped over two lines.", "Second one."))),
        edition.sections());
    assertEquals("morning-news", edition.id());
  }

  @Test
  void withoutBlankLinesEveryLineIsAParagraph() throws Exception {
    Edition edition = read("Title\r\nOne.\r\nTwo.\r\nThree.");
    assertEquals(List.of("One.", "Two.", "Three."), edition.sections().get(0).paragraphs());
  }

  @Test
  void markdownHeadingsStartStories() throws Exception {
    Edition edition = read("# Daily Brief\n\n## Storm hits coast\n\nWinds rose.\n\n## Markets\n\nStocks fell.\nBonds rose.\n");
    assertEquals("Daily Brief", edition.title());
    assertEquals(List.of("Storm hits coast", "Markets"), edition.sections().stream().map(Section::title).toList());
    assertEquals(List.of("Stocks fell. Bonds rose."), edition.sections().get(1).paragraphs());
  }

  @Test
  void decodesWindows1252AndByteOrderMarks() throws Exception {
    byte[] cp1252 = "Title\n\nIt\u2019s \u201Cfine\u201D \u2013 really.".getBytes(Charset.forName("windows-1252"));
    assertEquals("It\u2019s \u201Cfine\u201D \u2013 really.", read("e.txt", cp1252).sections().get(0).paragraphs().get(0));
    byte[] bom = ("\uFEFFTitle\n\nCaf\u00e9 opens.").getBytes(StandardCharsets.UTF_8);
    assertEquals("Title", read("e.txt", bom).title());
    byte[] utf16 = "\uFEFFTitle\n\nHello.".getBytes(StandardCharsets.UTF_16LE);
    assertEquals("Hello.", read("e.txt", utf16).sections().get(0).paragraphs().get(0));
  }

  @Test
  void aTitleAloneIsNothingToRead() {
    EditionException e = assertThrows(EditionException.class, () -> read("Only a title\n\n\n"));
    assertEquals("edition.txt", e.input());
  }

  @Test
  void nonBreakingAndSoftHyphensAreCleaned() throws Exception {
    Edition edition = read("Title\n\nA\u00A0non\u00ADbreaking\u200B  space.");
    assertEquals("A nonbreaking space.", edition.sections().get(0).paragraphs().get(0));
  }
}
