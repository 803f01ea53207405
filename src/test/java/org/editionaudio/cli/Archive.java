package org.editionaudio.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** An archive of JSON editions made from the fixtures' stories: different dates, titles and story mixes. */
public final class Archive {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Archive() {}

  /** Writes {@code count} editions of one to three stories into {@code dir} and returns their paths. */
  public static List<Path> write(Path dir, int count) throws IOException {
    List<JsonNode> stories = new ArrayList<>();
    try (var files = Files.list(Path.of("fixtures/editions"))) {
      for (Path expected : files.filter(f -> f.toString().endsWith(".expected.json")).sorted().toList()) {
        JSON.readTree(expected.toFile()).get("sections").forEach(stories::add);
      }
    }
    Files.createDirectories(dir);
    List<Path> editions = new ArrayList<>();
    LocalDate day = LocalDate.of(2023, 1, 2);
    for (int i = 0; i < count; i++) {
      ObjectNode root = JSON.createObjectNode();
      ObjectNode header = root.putObject("edition");
      header.put("title", "Archive edition " + (i + 1));
      header.put("date", day.plusDays(i).toString());
      header.put("publication", "The Archive");
      ArrayNode sections = root.putArray("sections");
      for (int s = 0; s < 1 + i % 3; s++) {
        JsonNode story = stories.get((i * 3 + s) % stories.size());
        ObjectNode copy = sections.addObject();
        copy.put("title", story.get("title").asText());
        ArrayNode paragraphs = copy.putArray("paragraphs");
        // Short editions: the first two paragraphs of each story.
        for (int p = 0; p < Math.min(2, story.get("paragraphs").size()); p++) {
          paragraphs.add(story.get("paragraphs").get(p).asText());
        }
      }
      Path file = dir.resolve(String.format("edition-%03d.json", i + 1));
      Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
      editions.add(file);
    }
    return editions;
  }
}
