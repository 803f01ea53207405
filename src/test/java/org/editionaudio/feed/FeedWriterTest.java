package org.editionaudio.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class FeedWriterTest {
  private static final String PODCAST = PodcastModule.URI;
  private static final String ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd";
  private static final URI BASE = URI.create("https://news.example/audio/");

  @TempDir Path dir;
  final List<String> warnings = new ArrayList<>();

  @Test
  void podcastGuidIsTheSpecsExampleValueForItsExampleFeedUrls() {
    // docs/tags/guid.md of the Podcasting 2.0 namespace: these two URLs and their guids.
    assertEquals("917393e3-1b1e-5cef-ace4-edaa54e1f810", PodcastGuid.of("https://mp3s.nashownotes.com/pc20rss.xml").toString());
    assertEquals("9b024349-ccf0-5f69-a609-6b82873eab3c", PodcastGuid.of("podnews.net/rss").toString());
    assertEquals("9b024349-ccf0-5f69-a609-6b82873eab3c", PodcastGuid.of("http://podnews.net/rss///").toString(),
        "scheme and trailing slashes are stripped");
  }

  @Test
  void theChannelCarriesThePodcastGuidOfItsOwnUrlAndTheItemsComeNewestFirst() throws Exception {
    Editions.publish(dir, "b", "2024-05-02-b", "2024-05-02", "Second", "mp3", 2);
    Editions.publish(dir, "a", "2024-05-01-a", "2024-05-01", "First", "mp3", 1);
    Editions.publish(dir, "c", "2024-05-03-c", "2024-05-03", "Third", "m4a", 3);
    write(0);
    Document feed = feed();
    assertEquals(PodcastGuid.of("https://news.example/audio/feed.xml").toString(), text(feed, PODCAST, "guid"));
    assertEquals(List.of("Third", "Second", "First"), itemTitles(feed));
    Element enclosure = (Element) feed.getElementsByTagName("enclosure").item(0);
    assertEquals("https://news.example/audio/c/edition.m4a", enclosure.getAttribute("url"));
    assertEquals(Long.toString(Files.size(dir.resolve("c/edition.m4a"))), enclosure.getAttribute("length"));
    assertEquals("audio/mp4", enclosure.getAttribute("type"));
    assertEquals("Fri, 03 May 2024 12:00:00 GMT", text(feed, null, "pubDate"));
    assertEquals("false", text(feed, ITUNES, "explicit"));
    assertEquals("edition-audio:2024-05-03-c", text(feed, null, "guid"));
    assertTrue(warnings.stream().allMatch(w -> w.contains("no podcast cover")), warnings.toString());
  }

  @Test
  void hostileTitlesAreEscapedByTheLibraryAndControlCharactersAndBidiOverridesAreLeftOut() throws Exception {
    String hostile = "Tom & Jerry ]]> <b>bold</b> \u0007bell \u202Eevil\u202C שלום</script>\u2028";
    Editions.publish(dir, "x", "2024-05-01-x", "2024-05-01", hostile, "mp3", 1);
    write(0);
    Document feed = feed(); // parses: the XML is well-formed
    assertEquals("Tom & Jerry ]]> <b>bold</b> bell evil שלום</script>\u2028", itemTitles(feed).get(0));
    String description = feed.getElementsByTagName("description").item(1).getTextContent();
    assertTrue(description.contains("Story 1 of 2024-05-01-x"), description);
    assertTrue(warnings.stream().anyMatch(w -> w.startsWith(dir.resolve("x").toString()) && w.contains("control characters")),
        warnings.toString());
    String archive = Files.readString(dir.resolve("index.html"));
    String open = "<script type=\"application/json\" id=\"archive-data\">";
    String data = archive.substring(archive.indexOf(open) + open.length());
    data = data.substring(0, data.indexOf("</script>"));
    assertTrue(data.toLowerCase(java.util.Locale.ROOT).contains("\\u003cb\\u003ebold\\u003c/b\\u003e"), "the archive's data is script-safe JSON: " + data);
    assertTrue(data.contains("\\u2028") && !data.contains("\u2028"), "a line separator is escaped in the script");
    assertFalse(archive.contains("<b>bold</b>"), "and the page's HTML escapes the title");
  }

  @Test
  void badFoldersAreSkippedWithOneWarningEachAndTheFeedIsStillWritten() throws Exception {
    Editions.publish(dir, "good", "2024-05-01-good", "2024-05-01", "Good", "mp3", 1);
    Path half = Editions.publish(dir, "half", "2024-05-02-half", "2024-05-02", "Half", "mp3", 1);
    Files.writeString(half.resolve("manifest.json"), "{\"edition\": {\"id\": ");
    Path foreign = Editions.publish(dir, "foreign", "2024-05-03-f", "2024-05-03", "Foreign", "mp3", 1);
    Files.writeString(foreign.resolve("manifest.json"),
        Files.readString(foreign.resolve("manifest.json")).replace("\"edition-audio\"", "\"other-tool\""));
    Path older = Editions.publish(dir, "older", "2024-05-04-o", "2024-05-04", "Older", "mp3", 1);
    Files.writeString(older.resolve("manifest.json"),
        Files.readString(older.resolve("manifest.json")).replace("\"sha256\"", "\"oldHash\""));
    Path missing = Editions.publish(dir, "missing", "2024-05-05-m", "2024-05-05", "Missing", "mp3", 1);
    Files.delete(missing.resolve("edition.mp3"));
    Path changed = Editions.publish(dir, "changed", "2024-05-06-c", "2024-05-06", "Changed", "mp3", 1);
    byte[] bytes = Files.readAllBytes(changed.resolve("edition.mp3"));
    bytes[0] ^= 1;
    Files.write(changed.resolve("edition.mp3"), bytes);
    Editions.publish(dir, "zz-twin", "2024-05-01-good", "2024-05-01", "Good", "mp3", 1);

    FeedWriter.Result result = write(0);
    assertEquals(List.of("Good"), itemTitles(feed()));
    assertEquals(6, result.skipped());
    for (String folder : List.of("half", "foreign", "older", "missing", "changed", "zz-twin")) {
      assertEquals(1, warnings.stream().filter(w -> w.startsWith(dir.resolve(folder) + ": skipped")).count(),
          folder + " in " + warnings);
    }
  }

  @Test
  void runningAgainWithNothingChangedWritesNothing() throws Exception {
    Editions.publish(dir, "a", "2024-05-01-a", "2024-05-01", "First", "mp3", 1);
    assertEquals(List.of("feed.xml", "index.html"), write(0).written());
    FileTime before = Files.getLastModifiedTime(dir.resolve("feed.xml"));
    Thread.sleep(20);
    assertEquals(List.of(), write(0).written());
    assertEquals(before, Files.getLastModifiedTime(dir.resolve("feed.xml")));
  }

  @Test
  void limitKeepsTheNewestItemsAndTheArchiveListsEveryEdition() throws Exception {
    for (int day = 1; day <= 5; day++) {
      Editions.publish(dir, "d" + day, "2024-05-0" + day + "-d", "2024-05-0" + day, "Day " + day, "mp3", 1);
    }
    FeedWriter.Result result = write(2);
    assertEquals(List.of("Day 5", "Day 4"), itemTitles(feed()));
    assertEquals(5, result.editions());
    String archive = Files.readString(dir.resolve("index.html"));
    for (int day = 1; day <= 5; day++) {
      assertTrue(archive.contains("\"title\":\"Day " + day + "\""), "Day " + day);
    }
  }

  @Test
  void anOpusEditionIsOnlyAnAlternateEnclosure() throws Exception {
    Editions.publish(dir, "o", "2024-05-01-o", "2024-05-01", "Opus", "opus", 1);
    write(0);
    Document feed = feed();
    assertEquals(0, feed.getElementsByTagName("enclosure").getLength());
    Element alternate = (Element) feed.getElementsByTagNameNS(PODCAST, "alternateEnclosure").item(0);
    assertEquals("audio/ogg; codecs=opus", alternate.getAttribute("type"));
    assertEquals(Long.toString(Files.size(dir.resolve("o/edition.opus"))), alternate.getAttribute("length"));
    assertEquals("https://news.example/audio/o/edition.opus",
        ((Element) alternate.getElementsByTagNameNS(PODCAST, "source").item(0)).getAttribute("uri"));
  }

  @Test
  void theBaseUrlMustBeAnAbsoluteHttpUrl() {
    assertEquals(URI.create("https://news.example/audio/"), FeedWriter.baseUrl("https://news.example/audio"));
    for (String bad : List.of("news.example/audio", "/srv/audio", "ftp://news.example/", "file:///srv/audio",
        "https://news.example/a?b=c", "not a url")) {
      assertThrows(IllegalArgumentException.class, () -> FeedWriter.baseUrl(bad), bad);
    }
  }

  private FeedWriter.Result write(int limit) throws Exception {
    return new FeedWriter(BASE, Channel.NONE, limit, warnings::add).write(dir);
  }

  private Document feed() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(Files.readString(dir.resolve("feed.xml")))));
  }

  private static List<String> itemTitles(Document feed) {
    List<String> titles = new ArrayList<>();
    NodeList items = feed.getElementsByTagName("item");
    for (int i = 0; i < items.getLength(); i++) {
      titles.add(((Element) items.item(i)).getElementsByTagName("title").item(0).getTextContent());
    }
    return titles;
  }

  private static String text(Document feed, String namespace, String name) {
    NodeList nodes = namespace == null ? feed.getElementsByTagNameNS("", name) : feed.getElementsByTagNameNS(namespace, name);
    if (nodes.getLength() == 0 && namespace == null) {
      nodes = feed.getElementsByTagName(name);
    }
    return nodes.item(0).getTextContent();
  }
}
