package org.editionaudio.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.editionaudio.edition.Dropped;
import org.editionaudio.edition.Edition;
import org.editionaudio.edition.EditionJson;
import org.editionaudio.edition.Section;

/** What {@code sections} prints: an edition as text or JSON, and what was left out. */
final class SectionsListing {
  private SectionsListing() {}

  /** The edition as {@code sections --json} prints it, with a "dropped" list unless {@code dropped} is null. */
  static String json(Edition edition, List<Dropped> dropped) {
    ObjectNode tree = EditionJson.toTree(edition);
    if (dropped != null) {
      ArrayNode left = tree.putArray("dropped");
      dropped.forEach(d -> left.addObject().put("rule", d.rule()).put("snippet", d.snippet()));
    }
    return EditionJson.write(tree);
  }

  /** What was left out, one {@code [rule] snippet} line each. */
  static String explanation(List<Dropped> dropped) {
    StringBuilder out = new StringBuilder("\nLeft out (" + dropped.size() + "):\n");
    for (Dropped d : dropped) {
      out.append("   [").append(d.rule()).append("] ").append(d.snippet()).append('\n');
    }
    return out.toString();
  }

  /** The title, id, publication and date, then every story and paragraph, numbered. */
  static String text(Edition edition) {
    StringBuilder out = new StringBuilder();
    out.append(edition.title()).append('\n');
    StringBuilder about = new StringBuilder("id ").append(edition.id());
    edition.optionalPublication().ifPresent(p -> about.append(" · ").append(p));
    edition.optionalDate().ifPresent(d -> about.append(" · ").append(d));
    out.append(about).append('\n');
    int number = 1;
    for (Section section : edition.sections()) {
      out.append('\n').append(number++).append(". ").append(section.title()).append('\n');
      for (String paragraph : section.paragraphs()) {
        out.append("   ").append(paragraph).append('\n');
      }
    }
    return out.toString();
  }
}
