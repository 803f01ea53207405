package org.editionaudio.edition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON shape of an edition, shared by {@code sections --json}, the manifest and JSON input:
 * {@code {"edition":{"id","title","date","publication","source"},"sections":[{"title","paragraphs":[…]}]}};
 * a section's "url" is added when the story has a link of its own.
 */
public final class EditionJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private EditionJson() {}

  /** The edition as a JSON tree in the documented shape; callers may add fields. */
  public static ObjectNode toTree(Edition edition) {
    ObjectNode root = MAPPER.createObjectNode();
    root.set("edition", header(edition));
    ArrayNode sections = root.putArray("sections");
    for (Section section : edition.sections()) {
      sections.add(section(section));
    }
    return root;
  }

  /** The {@code edition} object: id, title, date, publication, source. */
  public static ObjectNode header(Edition edition) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", edition.id());
    node.put("title", edition.title());
    node.put("date", edition.date() == null ? null : edition.date().toString());
    node.put("publication", edition.publication());
    node.put("source", edition.source());
    return node;
  }

  /** One section: title and paragraphs. */
  public static ObjectNode section(Section section) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("title", section.title());
    ArrayNode paragraphs = node.putArray("paragraphs");
    section.paragraphs().forEach(paragraphs::add);
    if (section.url() != null) {
      node.put("url", section.url());
    }
    return node;
  }

  /** Pretty-printed JSON text of any tree. */
  public static String write(JsonNode node) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serializes", e);
    }
  }

  static ObjectMapper mapper() {
    return MAPPER;
  }
}
