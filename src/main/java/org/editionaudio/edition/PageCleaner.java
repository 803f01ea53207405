package org.editionaudio.edition;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;

/**
 * Removes the parts of a page that are never read aloud: scripts and styles, controls, media,
 * navigation, site headers and footers, forms, ads, sharing and subscription boxes, captions,
 * bylines and hidden elements. A wrapper that holds most of the page's text is never removed,
 * whatever its markup says: some sites put the whole page inside a form or an aside.
 */
final class PageCleaner {
  private static final String NO_TEXT =
      "script, style, noscript, template, iframe, object, embed, svg, canvas, img, picture, map, video, audio, "
          + "source, track, link, meta";
  private static final String CONTROLS = "button, input, select, textarea, option";
  private static final double MOST_OF_THE_PAGE = 0.4;
  private static final int BUTTON_MAX_WORDS = 6;
  private static final Pattern BUTTON_STYLE =
      Pattern.compile("(?i)(background(-color)?\\s*:\\s*(?!transparent|none|inherit)[#\\w]|border-radius\\s*:\\s*[1-9]|border\\s*:\\s*[1-9])");
  private static final String CLASS_RULE = "class or id '";
  private static final double ALMOST_NOTHING = 0.03;

  private static final Set<String> FURNITURE_TAGS = Set.of(
      "nav", "aside", "footer", "form", "figure", "figcaption", "menu", "dialog", "label", "fieldset");
  private static final Set<String> FURNITURE_ROLES = Set.of(
      "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu",
      "menubar", "toolbar", "button", "timer", "slider", "progressbar");

  private static final Set<String> JUNK_TOKENS = Set.of(
      "ad", "ads", "advert", "adverts", "advertisement", "advertising", "adslot", "dfp", "share", "sharing",
      "sharebar", "social", "subscribe", "subscription", "subscriptions", "newsletter", "newsletters",
      "signup", "promo", "promotion", "related", "recommended", "recommendations", "recirc", "cookie",
      "cookies", "consent", "paywall", "player", "byline", "bylines", "caption", "credit", "credits",
      "copyright", "comment", "comments", "breadcrumb", "breadcrumbs", "nav", "navbar", "navigation", "menu",
      "footer", "masthead", "sidebar", "widget", "tags", "toolbar", "popup", "modal", "sponsor", "sponsored",
      "outbrain", "taboola", "banner", "disclaimer", "legal", "author", "bio", "cta", "donate", "trial",
      "sr", "screenreader", "visually", "timestamp", "dateline");
  private static final Pattern TOKEN_SPLIT = Pattern.compile("[^a-z0-9]+");
  private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)(display\\s*:\\s*none|visibility\\s*:\\s*hidden)");

  private PageCleaner() {}

  /** Removes non-story elements from the page in place. */
  static void clean(Document page) {
    clean(page, dropped -> {});
  }

  /** Removes non-story elements from the page in place, reporting each removed element that had text. */
  static void clean(Document page, Consumer<Dropped> dropped) {
    // A player's box is found by its controls, so it is found before the controls go.
    List<Element> players = PlayerWidgets.find(page.body());
    players.forEach(player -> report(player, PlayerWidgets.RULE, dropped));
    removeAll(players);
    removeAll(page.select(NO_TEXT));
    for (Element control : page.select(CONTROLS)) {
      report(control, "form control", dropped);
    }
    removeAll(page.select(CONTROLS));
    Element body = page.body();
    TextLengths lengths = TextLengths.of(body);
    int most = (int) (Math.max(1, lengths.text(body)) * MOST_OF_THE_PAGE);
    // Whatever holds the page's only headline or its marked article body is the story's frame.
    Set<Element> frames = Collections.newSetFromMap(new IdentityHashMap<>());
    Elements headlines = body.select("h1");
    Elements marked = body.select("[itemprop=articleBody]");
    if (headlines.size() == 1) {
      marked.add(headlines.first());
    }
    for (Element element : marked) {
      for (Element e = element; e != null && frames.add(e); e = e.parent()) {
        // ancestors added once
      }
    }
    List<Element> junk = new ArrayList<>();
    List<String> rules = new ArrayList<>();
    for (Element element : body.getAllElements()) {
      if (element == body || lengths.text(element) >= most) {
        continue;
      }
      String rule = rule(element, frames.contains(element));
      if (rule != null) {
        junk.add(element);
        rules.add(rule);
      }
    }
    // When the rules would leave almost nothing, a class hint that covers most of the page, summed
    // over the elements carrying it, is the template's word for every box ("widget"), not furniture.
    Map<String, Integer> textByRule = new java.util.HashMap<>();
    Set<Element> counted = Collections.newSetFromMap(new IdentityHashMap<>());
    int removedText = 0;
    for (int i = 0; i < junk.size(); i++) {
      if (!isInsideAny(junk.get(i).parent(), counted)) {
        counted.add(junk.get(i));
        removedText += lengths.text(junk.get(i));
        textByRule.merge(rules.get(i), lengths.text(junk.get(i)), Integer::sum);
      }
    }
    if (lengths.text(body) - removedText < lengths.text(body) * ALMOST_NOTHING) {
      for (int i = junk.size() - 1; i >= 0; i--) {
        if (rules.get(i).startsWith(CLASS_RULE) && textByRule.getOrDefault(rules.get(i), 0) >= most) {
          junk.remove(i);
          rules.remove(i);
        }
      }
    }
    Set<Element> spared = TeaserBoxes.spared(body, lengths, junk, rules, CLASS_RULE);
    for (int i = junk.size() - 1; i >= 0; i--) {
      if (spared.contains(junk.get(i))) {
        dropped.accept(new Dropped("kept: holds the page's teaser unit (" + rules.get(i) + ")", junk.get(i).text()));
        junk.remove(i);
        rules.remove(i);
      }
    }
    // Report only the outermost of nested junk: the rest goes with it.
    Set<Element> removed = Collections.newSetFromMap(new IdentityHashMap<>());
    for (int i = 0; i < junk.size(); i++) {
      Element element = junk.get(i);
      if (!isInsideAny(element.parent(), removed)) {
        report(element, rules.get(i), dropped);
        removed.add(element);
      }
    }
    removeAll(removed);
  }

  /**
   * Removes elements from their parents, rebuilding each parent's child list once: removing one
   * child at a time renumbers all its later siblings, which is quadratic on a long flat page.
   */
  static void removeAll(Collection<Element> elements) {
    Map<Element, Set<Node>> byParent = new IdentityHashMap<>();
    for (Element element : elements) {
      Element parent = element.parent();
      if (parent != null) {
        byParent.computeIfAbsent(parent, p -> Collections.newSetFromMap(new IdentityHashMap<>())).add(element);
      }
    }
    byParent.forEach((parent, gone) -> {
      List<Node> kept = new ArrayList<>(parent.childNodeSize());
      for (Node child : parent.childNodes()) {
        if (!gone.contains(child)) {
          kept.add(child);
        }
      }
      parent.empty();
      parent.appendChildren(kept);
    });
  }

  static boolean isInsideAny(Element element, Set<Element> ancestors) {
    for (Element e = element; e != null; e = e.parent()) {
      if (ancestors.contains(e)) {
        return true;
      }
    }
    return false;
  }

  private static String rule(Element element, boolean frame) {
    String tag = element.normalName();
    if (FURNITURE_TAGS.contains(tag)) {
      return tag.equals("figure") || tag.equals("figcaption") ? "caption or figure" : "page furniture <" + tag + ">";
    }
    if (tag.equals("header") && isSiteHeader(element)) {
      return "site header";
    }
    if (isButtonLink(element)) {
      return "button";
    }
    String role = element.attr("role").toLowerCase(Locale.ROOT);
    if (FURNITURE_ROLES.contains(role)) {
      return "page furniture role=" + role;
    }
    if (element.hasAttr("hidden") || element.attr("aria-hidden").equalsIgnoreCase("true")
        || (element.hasAttr("style") && HIDDEN_STYLE.matcher(element.attr("style")).find())) {
      return "hidden";
    }
    if (frame || tag.equals("main") || tag.equals("article")) {
      return null;
    }
    String hint = junkHint(element);
    return hint == null ? null : CLASS_RULE + hint + "'";
  }

  /**
   * A link drawn as a button (a call to action in an e-mail or on a page): a short link with a
   * background, a border or padding of its own, or alone in a table cell that has a background.
   */
  private static boolean isButtonLink(Element element) {
    if (!element.normalName().equals("a") || TextCleaner.clean(element.text()).split(" ").length > BUTTON_MAX_WORDS) {
      return false;
    }
    if (BUTTON_STYLE.matcher(element.attr("style")).find()) {
      return true;
    }
    Element cell = element.parent();
    while (cell != null && !cell.normalName().equals("td") && cell.childrenSize() == 1) {
      cell = cell.parent();
    }
    return cell != null && cell.normalName().equals("td") && (cell.hasAttr("bgcolor")
        || BUTTON_STYLE.matcher(cell.attr("style")).find()) && TextCleaner.clean(cell.text()).equals(TextCleaner.clean(element.text()));
  }

  /** A site header holds the masthead and menus; a story's own header holds its headline. */
  private static boolean isSiteHeader(Element header) {
    return header.closest("article, main, [itemprop=articleBody]") == null
        || header.selectFirst("h1, h2, h3, h4, h5, h6") == null;
  }

  private static String junkHint(Element element) {
    String hints = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
    if (hints.isBlank()) {
      return null;
    }
    for (String token : TOKEN_SPLIT.split(hints)) {
      if (JUNK_TOKENS.contains(token)) {
        return token;
      }
    }
    return null;
  }

  private static void report(Element element, String rule, Consumer<Dropped> dropped) {
    String text = TextCleaner.clean(element.text());
    if (!text.isEmpty()) {
      dropped.accept(new Dropped(rule, text));
    }
  }
}
