package org.editionaudio.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonEditionReaderTest {
  private static Edition read(String json) throws EditionException {
    return EditionReader.automatic().read(new InputDocument("e.json", json.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void readsTheSectionsShape() throws Exception {
    Edition edition = read("{\"edition\":{\"title\":\"Wrap\",\"date\":\"2024-09-18\",\"publication\":\"GP\"},"
        + "\"sections\":[{\"title\":\"One\",\"paragraphs\":[\"A.\",\" \",\"B.\"]},{\"title\":\"Empty\",\"paragraphs\":[]}]}");
    assertEquals("2024-09-18-wrap", edition.id());
    assertEquals(LocalDate.of(2024, 9, 18), edition.date());
    assertEquals(1, edition.sections().size());
    assertEquals(2, edition.sections().get(0).paragraphs().size());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "[]|the top level must be an object",
      "{\"sections\":{}}|\"sections\" must be a list",
      "{\"sections\":[{\"title\":\"T\",\"paragraphs\":\"text\"}]}|\"sections[0].paragraphs\" must be a list",
      "{\"sections\":[{\"title\":\"T\",\"paragraphs\":[1]}]}|\"sections[0].paragraphs[0]\" must be a string",
      "{\"edition\":{\"date\":\"yesterday\"},\"sections\":[{\"title\":\"T\",\"paragraphs\":[\"x\"]}]}|must be a date",
      "{\"edition\":{\"id\":\"../../etc\"},\"sections\":[{\"title\":\"T\",\"paragraphs\":[\"x\"]}]}|edition.id",
      "{\"edition\": {|not valid JSON at line 1",
  })
  void namesTheBadField(String json, String message) {
    EditionException e = assertThrows(EditionException.class, () -> read(json));
    assertTrue(e.getMessage().contains(message), e.getMessage());
    assertTrue(e.getMessage().startsWith("e.json: "), e.getMessage());
  }

  @Test
  void noParagraphsAtAllIsNothingToRead() {
    EditionException e = assertThrows(EditionException.class,
        () -> read("{\"sections\":[{\"title\":\"T\",\"paragraphs\":[]}]}"));
    assertTrue(e.getMessage().contains("nothing to read aloud"), e.getMessage());
  }
}
