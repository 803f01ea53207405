package org.editionaudio.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.editionaudio.audio.Chapter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PlayerPageTest {
  @Test
  void embedsTheChaptersWithoutLettingATitleCloseTheScript() {
    String title = "</script><script>alert(1)</script>";
    String html = PlayerPage.html(title, List.of(new Chapter(title, 0, 0, 48_000, 48_000)));
    Document page = Jsoup.parse(html);
    assertEquals(2, page.select("script").size(), "no script injected");
    String data = page.getElementById("edition-data").data();
    assertFalse(data.contains("</script"), data);
    assertTrue(data.contains("\"startMs\":0"), data);
    assertEquals("chapters.vtt", page.selectFirst("audio track[kind=chapters]").attr("src"));
    assertEquals("edition.mp3", page.selectFirst("audio").attr("src"));
  }
}
