package org.editionaudio.edition;

import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/** Finds the element that holds the stories: the article body, the articles' container, or the densest text. */
final class ContentFinder {
  private static final int MIN_BODY_CHARS = 200;

  private ContentFinder() {}

  static Element find(Document page) {
    Element body = page.body();
    Element articleBody = page.selectFirst("[itemprop=articleBody]");
    if (articleBody != null && articleBody.text().length() >= MIN_BODY_CHARS) {
      return withHeadline(articleBody);
    }
    Elements articles = page.select("article");
    articles.removeIf(article -> article.parents().stream().anyMatch(p -> p.normalName().equals("article")));
    if (articles.size() == 1) {
      return articles.first();
    }
    if (articles.size() > 1) {
      return commonAncestor(articles);
    }
    Element main = page.selectFirst("main, [role=main]");
    if (main != null && main.text().length() >= MIN_BODY_CHARS) {
      return main;
    }
    Element densest = densest(body);
    return densest == null ? body : densest;
  }

  /** The article body often sits below the headline; take the article around it when there is one. */
  private static Element withHeadline(Element articleBody) {
    Element article = articleBody.closest("article");
    return article != null ? article : articleBody;
  }

  private static Element commonAncestor(Elements elements) {
    Element ancestor = elements.first().parent();
    while (ancestor != null) {
      Element candidate = ancestor;
      if (elements.stream().allMatch(e -> e.parents().contains(candidate))) {
        return candidate;
      }
      ancestor = ancestor.parent();
    }
    return elements.first().ownerDocument().body();
  }

  /** The element whose paragraphs hold the most text (a parent scores its paragraphs, a grandparent half). */
  private static Element densest(Element body) {
    Map<Element, Double> scores = new HashMap<>();
    for (Element p : body.select("p")) {
      int length = p.text().length();
      if (length < 40) {
        continue;
      }
      Element parent = p.parent();
      if (parent != null) {
        scores.merge(parent, (double) length, Double::sum);
        Element grandparent = parent.parent();
        if (grandparent != null) {
          scores.merge(grandparent, length / 2.0, Double::sum);
        }
      }
    }
    return scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
  }
}
