package org.editionaudio.publish;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.editionaudio.audio.Chapter;

/** The "Listen to Today's Edition" page, {@code index.html}: self-contained, no network needed. */
public final class PlayerPage {
  private static final String TEMPLATE = "/org/editionaudio/publish/player.html";
  private static final String DATA = "__EDITION_DATA__";

  private PlayerPage() {}

  /** The page for an edition's title and chapters, which it embeds so that it works from file:// too. */
  public static String html(String title, List<Chapter> chapters) {
    ObjectNode data = JsonNodeFactory.instance.objectNode();
    data.put("title", title);
    ArrayNode list = data.putArray("chapters");
    for (Chapter chapter : chapters) {
      list.addObject().put("title", chapter.title()).put("startMs", chapter.startMs()).put("endMs", chapter.endMs());
    }
    // Inside a <script> element, "<" must not start "</script>" or "<!--": escape it in the JSON.
    String json = data.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    return template().replace(DATA, json);
  }

  private static String template() {
    try (InputStream in = PlayerPage.class.getResourceAsStream(TEMPLATE)) {
      if (in == null) {
        throw new IllegalStateException("player template missing from the jar: " + TEMPLATE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the player template", e);
    }
  }
}
