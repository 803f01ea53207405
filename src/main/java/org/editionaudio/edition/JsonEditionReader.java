package org.editionaudio.edition;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Reads a CMS edition in the {@code sections --json} shape, with an error naming the bad field. */
final class JsonEditionReader implements EditionReader {

  @Override
  public Edition read(InputDocument input) throws EditionException {
    JsonNode root = parse(input);
    if (!root.isObject()) {
      throw shape(input, "the top level must be an object with \"edition\" and \"sections\"");
    }
    JsonNode header = root.path("edition");
    if (!header.isMissingNode() && !header.isObject()) {
      throw shape(input, "\"edition\" must be an object");
    }
    JsonNode sectionsNode = root.path("sections");
    if (!sectionsNode.isArray()) {
      throw shape(input, "\"sections\" must be a list of {\"title\", \"paragraphs\"}");
    }
    List<Section> sections = new ArrayList<>();
    for (int i = 0; i < sectionsNode.size(); i++) {
      Section section = section(input, sectionsNode.get(i), i, optionalText(input, header, "title", "edition"));
      if (section != null) {
        sections.add(section);
      }
    }
    if (sections.isEmpty()) {
      throw EditionException.nothingToRead(input.name(), "no section has a paragraph");
    }
    String title = optionalText(input, header, "title", "edition");
    if (title == null) {
      title = sections.get(0).title();
    }
    LocalDate date = date(input, optionalText(input, header, "date", "edition"));
    String id = optionalText(input, header, "id", "edition");
    if (id == null) {
      id = EditionId.of(date, title, input.name());
    } else if (!EditionId.isValid(id)) {
      throw shape(input, "\"edition.id\" must be lowercase letters, digits and hyphens (it names the output folder)");
    }
    return new Edition(id, title, date, optionalText(input, header, "publication", "edition"), input.name(), sections);
  }

  private static JsonNode parse(InputDocument input) throws EditionException {
    try {
      var mapper = EditionJson.mapper().copy();
      mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build());
      // A second document or garbage after the first is a broken export, not an edition.
      mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
      JsonNode root = mapper.readTree(TextDecoder.decode(input.bytes()));
      if (root == null || root.isMissingNode()) {
        throw EditionException.nothingToRead(input.name(), "the JSON document is empty");
      }
      return root;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new EditionException(
          input.name(), "not valid JSON" + where + " (" + e.getOriginalMessage() + ")", "fix the JSON and try again");
    } catch (IOException e) {
      throw EditionException.unreadable(input.name(), e.getMessage());
    }
  }

  private static Section section(InputDocument input, JsonNode node, int index, String editionTitle)
      throws EditionException {
    String where = "sections[" + index + "]";
    if (!node.isObject()) {
      throw shape(input, "\"" + where + "\" must be an object with \"title\" and \"paragraphs\"");
    }
    String title = optionalText(input, node, "title", where);
    JsonNode paragraphsNode = node.path("paragraphs");
    if (!paragraphsNode.isArray()) {
      throw shape(input, "\"" + where + ".paragraphs\" must be a list of strings");
    }
    List<String> paragraphs = new ArrayList<>();
    for (int p = 0; p < paragraphsNode.size(); p++) {
      JsonNode paragraph = paragraphsNode.get(p);
      if (!paragraph.isTextual()) {
        throw shape(input, "\"" + where + ".paragraphs[" + p + "]\" must be a string");
      }
      if (!TextCleaner.clean(paragraph.asText()).isEmpty()) {
        paragraphs.add(paragraph.asText());
      }
    }
    if (paragraphs.isEmpty()) {
      return null;
    }
    String storyTitle = title != null ? title : editionTitle != null ? editionTitle : "Story " + (index + 1);
    String url = optionalText(input, node, "url", where);
    if (url != null && !url.matches("(?i)https?://\\S+")) {
      throw shape(input, "\"" + where + ".url\" must be an http or https link");
    }
    return new Section(storyTitle, paragraphs, url);
  }

  private static String optionalText(InputDocument input, JsonNode parent, String field, String where)
      throws EditionException {
    JsonNode value = parent.path(field);
    if (value.isMissingNode() || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw shape(input, "\"" + where + "." + field + "\" must be a string");
    }
    String text = TextCleaner.clean(value.asText());
    return text.isEmpty() ? null : text;
  }

  private static LocalDate date(InputDocument input, String text) throws EditionException {
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw shape(input, "\"edition.date\" must be a date like 2024-09-18, not \"" + text + "\"");
    }
  }

  private static EditionException shape(InputDocument input, String what) {
    return new EditionException(input.name(), "not an edition: " + what, "see 'edition-audio sections --json' for the shape");
  }
}
