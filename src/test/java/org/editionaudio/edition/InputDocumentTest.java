package org.editionaudio.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class InputDocumentTest {
  @Test
  void badFixturesAreInputErrors() {
    for (String bad : new String[] {"empty.txt", "binary.html", "boilerplate-only.html"}) {
      String path = Path.of("fixtures", "bad", bad).toString();
      EditionException e = assertThrows(EditionException.class,
          () -> EditionReader.automatic().read(InputDocument.read(path, null)), bad);
      assertTrue(e.getMessage().startsWith(path + ": "), e.getMessage());
      assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }
  }

  @Test
  void missingFileAndFolderAreUnreadable() {
    EditionException missing = assertThrows(EditionException.class, () -> InputDocument.read("no/such.html", null));
    assertTrue(missing.getMessage().contains("no such file"), missing.getMessage());
    EditionException folder = assertThrows(EditionException.class, () -> InputDocument.read("fixtures", null));
    assertTrue(folder.getMessage().contains("folder"), folder.getMessage());
  }

  @Test
  void standardInputAndItsFormatIsSniffed() throws Exception {
    InputDocument stdin = InputDocument.read("-",
        new ByteArrayInputStream("{\"sections\":[{\"title\":\"T\",\"paragraphs\":[\"Hello.\"]}]}".getBytes(StandardCharsets.UTF_8)));
    assertEquals("", stdin.extension());
    assertEquals("T", EditionReader.automatic().read(stdin).title());
    InputDocument html = new InputDocument("-", "<!doctype html><main><h1>H</h1><p>Para.</p></main>".getBytes(StandardCharsets.UTF_8));
    assertEquals("H", EditionReader.automatic().read(html).title());
  }

  @Test
  void hashIsOfTheBytes() {
    assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        new InputDocument("x", new byte[0]).sha256());
  }
}
