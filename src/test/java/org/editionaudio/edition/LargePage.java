package org.editionaudio.edition;

/**
 * A generated page of numbered stories, each wrapped in the furniture real pages carry (share
 * links, scripts, related lists, nested empty wrappers), grown to a given size.
 */
public record LargePage(String html, int stories) {
  /** A page of at least {@code megabytes} MiB whose stories are titled "Story 1" to "Story n". */
  public static LargePage ofMegabytes(int megabytes) {
    StringBuilder html = new StringBuilder("<html><head><title>Big</title></head><body><main><h1>Big page</h1>");
    int stories = 0;
    while (html.length() < megabytes * 1024 * 1024) {
      html.append("<h2>Story ").append(++stories).append("</h2>");
      html.append("<p>The council met on Tuesday and discussed the harbor, the budget and the schools.</p>");
      html.append("<div class=share><a href=#>Share</a> <a href=#>Tweet</a></div>");
      html.append("<script>window.dataLayer.push({event: 'view', id: ").append(stories).append("});</script>");
      html.append("<ul class=related><li><a href=/a>Related link one</a></li><li><a href=/b>Another</a></li></ul>");
      html.append("<div><div><div><span><img src=/pixel.gif></span></div></div></div>");
    }
    html.append("</main></body></html>");
    return new LargePage(html.toString(), stories);
  }
}
