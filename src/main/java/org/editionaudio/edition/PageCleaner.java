package org.editionaudio.edition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Removes the parts of a page that are never read aloud: scripts and styles, navigation, site
 * headers and footers, forms, media players, ads, sharing and subscription boxes, captions,
 * bylines and hidden elements.
 */
final class PageCleaner {
  private static final String NEVER_READ =
      "script, style, noscript, template, iframe, object, embed, svg, canvas, form, button, input, select, "
          + "textarea, label, nav, aside, audio, video, figure, figcaption, picture, img, map, dialog, menu, "
          + "footer, [hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo], "
          + "[role=complementary], [role=search], [role=dialog]";

  private static final Set<String> JUNK_TOKENS = Set.of(
      "ad", "ads", "advert", "adverts", "advertisement", "advertising", "adslot", "dfp", "share", "sharing",
      "sharebar", "social", "subscribe", "subscription", "subscriptions", "newsletter", "newsletters",
      "signup", "promo", "promotion", "related", "recommended", "recommendations", "recirc", "cookie",
      "cookies", "consent", "paywall", "player", "byline", "bylines", "caption", "credit", "credits",
      "copyright", "comment", "comments", "breadcrumb", "breadcrumbs", "nav", "navbar", "navigation", "menu",
      "footer", "masthead", "sidebar", "widget", "tags", "toolbar", "popup", "modal", "sponsor", "sponsored",
      "outbrain", "taboola", "banner", "disclaimer", "legal", "author", "bio", "cta", "donate", "trial");
  private static final Pattern TOKEN_SPLIT = Pattern.compile("[^a-z0-9]+");
  private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)(display\\s*:\\s*none|visibility\\s*:\\s*hidden)");

  private PageCleaner() {}

  /** Removes non-story elements from the page in place. */
  static void clean(Document page) {
    page.select(NEVER_READ).remove();
    removeSiteHeaders(page);
    Element body = page.body();
    int bodyText = Math.max(1, body.text().length());
    List<Element> junk = new ArrayList<>();
    for (Element element : body.getAllElements()) {
      if (element == body || element.normalName().equals("main") || element.normalName().equals("article")) {
        continue;
      }
      if (isHidden(element) || hasJunkHint(element)) {
        // A wrapper that holds most of the page is layout, whatever its class says.
        if (element.text().length() < bodyText * 0.4) {
          junk.add(element);
        }
      }
    }
    junk.forEach(Element::remove);
  }

  /** A site header holds the masthead and menus; a story's own header holds its headline. */
  private static void removeSiteHeaders(Document page) {
    for (Element header : page.select("header")) {
      if (header.closest("article, main, [itemprop=articleBody]") == null
          || header.select("h1, h2, h3, h4, h5, h6").isEmpty()) {
        header.remove();
      }
    }
  }

  private static boolean isHidden(Element element) {
    return element.hasAttr("style") && HIDDEN_STYLE.matcher(element.attr("style")).find();
  }

  private static boolean hasJunkHint(Element element) {
    String hints = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
    if (hints.isBlank()) {
      return false;
    }
    for (String token : TOKEN_SPLIT.split(hints)) {
      if (JUNK_TOKENS.contains(token)) {
        return true;
      }
    }
    return false;
  }
}
