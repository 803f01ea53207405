package org.editionaudio.feed;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** An item's description as HTML, built with Jsoup so that every title is escaped by the library. */
final class EpisodeHtml {
  private EpisodeHtml() {}

  /** The edition's publication and date, then its stories as a list. */
  static String description(Episode episode) {
    Document document = Document.createShell("");
    document.outputSettings().prettyPrint(false);
    Element body = document.body();
    StringBuilder line = new StringBuilder();
    if (episode.publication() != null) {
      line.append(episode.publication());
    }
    if (episode.date() != null) {
      line.append(line.length() > 0 ? ", " : "").append(episode.date());
    }
    int stories = episode.stories().size();
    line.append(line.length() > 0 ? ": " : "").append(stories).append(stories == 1 ? " story." : " stories.");
    body.appendElement("p").text(line.toString());
    Element list = body.appendElement("ol");
    for (Episode.Mark chapter : episode.chapters()) {
      if (chapter.intro()) {
        continue;
      }
      Element li = list.appendElement("li");
      if (chapter.url() != null && chapter.url().matches("(?i)https?://.+")) {
        li.appendElement("a").attr("href", chapter.url()).text(chapter.title());
      } else {
        li.text(chapter.title());
      }
    }
    return body.html();
  }
}
