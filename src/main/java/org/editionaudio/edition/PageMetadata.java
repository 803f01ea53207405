package org.editionaudio.edition;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The edition's title, date and publication as a page declares them (meta tags, JSON-LD, markup). */
record PageMetadata(String title, LocalDate date, String publication) {

  static PageMetadata of(Document page) {
    return of(page, Profile.generic());
  }

  /** The page's metadata; the profile's title and date selectors, when set, come first. */
  static PageMetadata of(Document page, Profile profile) {
    List<JsonNode> jsonLd = jsonLd(page);
    String publication = first(
        meta(page, "property", "og:site_name"),
        fromJsonLd(jsonLd, "publisher", "name"),
        meta(page, "name", "application-name"),
        meta(page, "name", "publisher"));
    String title = first(
        profile.title() == null ? null : text(page.selectFirst(profile.title())),
        withoutSiteName(meta(page, "property", "og:title"), publication),
        fromJsonLd(jsonLd, "headline"),
        withoutSiteName(page.title(), publication),
        text(page.selectFirst("h1")));
    LocalDate date = firstDate(
        profile.date() == null ? null : dateText(page.selectFirst(profile.date())),
        meta(page, "property", "article:published_time"),
        fromJsonLd(jsonLd, "datePublished"),
        attr(page.selectFirst("time[datetime]"), "datetime"),
        meta(page, "name", "date"),
        meta(page, "itemprop", "datePublished"),
        fromJsonLd(jsonLd, "dateCreated"),
        meta(page, "name", "dc.date"),
        text(page.selectFirst("time")),
        text(page.selectFirst("[class*=dateline], [class*=date], [id*=date]")),
        page.title(),
        text(page.selectFirst("h1")));
    return new PageMetadata(title, date, publication);
  }

  private static String meta(Document page, String attribute, String name) {
    Element element = page.selectFirst("meta[" + attribute + "=" + name + "]");
    return element == null ? null : element.attr("content");
  }

  private static String attr(Element element, String name) {
    return element == null ? null : element.attr(name);
  }

  /** A date element's machine-readable date when it has one, else its visible text. */
  private static String dateText(Element element) {
    if (element == null) {
      return null;
    }
    for (String attribute : List.of("datetime", "content")) {
      if (!element.attr(attribute).isBlank()) {
        return element.attr(attribute);
      }
    }
    return element.text();
  }

  private static String text(Element element) {
    return element == null ? null : element.text();
  }

  private static List<JsonNode> jsonLd(Document page) {
    List<JsonNode> nodes = new ArrayList<>();
    for (Element script : page.select("script[type=application/ld+json]")) {
      try {
        JsonNode node = EditionJson.mapper().readTree(script.data());
        collect(node, nodes);
      } catch (Exception e) {
        // A page's broken JSON-LD is the page's problem; the other sources still count.
      }
    }
    return nodes;
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node == null) {
      return;
    }
    if (node.isArray()) {
      node.forEach(child -> collect(child, out));
    } else if (node.isObject()) {
      out.add(node);
      collect(node.get("@graph"), out);
    }
  }

  private static String fromJsonLd(List<JsonNode> nodes, String... path) {
    for (JsonNode node : nodes) {
      JsonNode value = node;
      for (String key : path) {
        value = value.path(key);
        if (value.isArray() && !value.isEmpty()) {
          value = value.get(0);
        }
      }
      if (value.isTextual() && !value.asText().isBlank()) {
        return value.asText();
      }
    }
    return null;
  }

  private static String withoutSiteName(String title, String publication) {
    if (title == null) {
      return null;
    }
    String[] parts = title.split("\\s+[|–—-]\\s+");
    if (parts.length > 1 && publication != null && parts[parts.length - 1].strip().equalsIgnoreCase(publication)) {
      return title.substring(0, title.length() - parts[parts.length - 1].length()).replaceAll("[\\s|–—-]+$", "");
    }
    return title;
  }

  private static String first(String... candidates) {
    for (String candidate : candidates) {
      if (candidate != null && !TextCleaner.clean(candidate).isEmpty()) {
        return TextCleaner.clean(candidate);
      }
    }
    return null;
  }

  private static LocalDate firstDate(String... candidates) {
    for (String candidate : candidates) {
      LocalDate date = Dates.find(candidate);
      if (date != null) {
        return date;
      }
    }
    return null;
  }

}
