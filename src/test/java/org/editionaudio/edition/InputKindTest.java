package org.editionaudio.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Inputs that are not editions are refused whatever their name; an HTML page is HTML whatever its name. */
class InputKindTest {
  private static final EditionReader READER = EditionReader.automatic();

  private static Edition read(String name, String content) throws EditionException {
    return READER.read(new InputDocument(name, content.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aMarkdownDocumentIsRefused() {
    String readme = "# widget\n\nA tool that does things.\n\n## Install\n\n```sh\nmake install\n```\n\n"
        + "| option | meaning |\n|---|---|\n| -v | verbose |\n";
    for (String name : List.of("README.md", "notes.txt", "-")) {
      EditionException e = assertThrows(EditionException.class, () -> read(name, readme));
      assertTrue(e.getMessage().startsWith(name + ": this looks like a Markdown document"), e.getMessage());
    }
    EditionException table = assertThrows(EditionException.class,
        () -> read("t.md", "Title\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n"));
    assertTrue(table.getMessage().contains("(tables)"), table.getMessage());
  }

  @Test
  void aMarkdownEditionIsReadAsText() throws Exception {
    Edition edition = read("today.md", "Evening Edition\n\n## Bridge reopens\n\nThe bridge reopened on Friday "
        + "after *two years* of repairs, the city said.\n\n## Rain ahead\n\nForecasters expect rain; bring a coat.\n");
    assertEquals(List.of("Bridge reopens", "Rain ahead"), edition.sections().stream().map(Section::title).toList());
  }

  @Test
  void xmlIsRefusedButXhtmlIsRead() throws Exception {
    String pom = "<?xml version=\"1.0\"?>\n<project>\n  <modelVersion>4.0.0</modelVersion>\n</project>\n";
    for (String name : List.of("pom.xml", "-", "feed.txt")) {
      EditionException e = assertThrows(EditionException.class, () -> read(name, pom));
      assertEquals(name + ": this is an XML file, not an edition", e.getMessage().substring(0, e.getMessage().indexOf(" — ")));
    }
    assertThrows(EditionException.class, () -> read("-", "<rss version=\"2.0\"><channel><title>x</title></channel></rss>"));
    String xhtml = "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><h1>Edition</h1>"
        + "<p>The council met on Monday and approved the new budget for the coming year after a long debate.</p>"
        + "</body></html>";
    assertEquals("Edition", read("page.xml", xhtml).title());
  }

  @Test
  void sourceCodeIsRefused() {
    String code = "package a;\n\nimport b.C;\n\nclass D {\n  int e() {\n    return 1;\n  }\n}\n";
    EditionException e = assertThrows(EditionException.class, () -> read("D.txt", code));
    assertTrue(e.getMessage().contains("source code"), e.getMessage());
  }

  @Test
  void anHtmlPageSavedAsTextIsReadAsHtml() throws Exception {
    byte[] page = Files.readAllBytes(Path.of("fixtures/editions/todays-edition-page.html"));
    Edition asHtml = READER.read(new InputDocument("page.html", page));
    Edition asText = READER.read(new InputDocument("page.txt", page));
    assertEquals(asHtml.sections(), asText.sections());
    assertTrue(asText.sections().get(0).paragraphs().stream().noneMatch(p -> p.contains("<")), "no tags read");
  }

  @Test
  void markupInsideATextEditionStaysText() throws Exception {
    Edition edition = READER.read(InputDocument.read("fixtures/bad/markup-in-text.txt", null));
    assertTrue(edition.sections().get(0).paragraphs().get(0).contains("<prosody"), edition.toString());
  }

  @Test
  void aUrlIsNotFetchedAndTheMessageSaysHowToPipeIt() {
    EditionException e = assertThrows(EditionException.class,
        () -> InputDocument.read("https://news.example/today.html", null));
    assertEquals("https://news.example/today.html: URLs are not fetched — download the page and pipe it in: "
        + "curl -sL 'https://news.example/today.html' | edition-audio generate -", e.getMessage());
  }

  /** Evidence, not a fixture: every real page of the benchmarks is HTML from standard input and named .txt. */
  @Test
  void everyRealBenchmarkPageSniffsAsHtml() throws Exception {
    List<Path> pages = new ArrayList<>();
    for (Path dir : List.of(Path.of("../shared/benchmarks/editions/html"), Path.of("../shared/benchmarks/extraction/html"))) {
      if (Files.isDirectory(dir)) {
        try (Stream<Path> files = Files.list(dir)) {
          files.filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".html.gz")).forEach(pages::add);
        }
      }
    }
    Assumptions.assumeFalse(pages.isEmpty(), "../shared/benchmarks is not here");
    List<String> wrong = new ArrayList<>();
    for (Path page : pages) {
      byte[] bytes = Files.readAllBytes(page);
      if (page.toString().endsWith(".gz")) {
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
          bytes = in.readAllBytes();
        }
      }
      if (InputKind.sniff(bytes).kind() != InputKind.Kind.HTML || InputKind.namedText(bytes).kind() != InputKind.Kind.HTML) {
        wrong.add(page.getFileName().toString());
      }
    }
    assertEquals(List.of(), wrong, "of " + pages.size() + " pages");
  }
}
