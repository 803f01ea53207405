package org.editionaudio.edition;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Tells a front page's self-promotion from its news. In a listing of linked teasers, a teaser that
 * links to the site itself goes when the publisher speaks in it of itself: it names the site's own
 * address (the host of the page's canonical URL or og:url) and says "we/our", or, on a page that
 * declares its address, its headline and its blurb both say "we/our", its blurb says "you" and asks
 * the reader to act. Words inside quotation marks are someone else's and count for nothing. Only
 * teaser units are judged, never a story's body: there, an ask addressed to the reader is a story's
 * own (a deal, a club's appeal). An e-mail declares no address: an organisation's letter speaks in its
 * own voice throughout, so there only a teaser that names the site goes.
 */
final class SelfPromotion {
  static final String NAMES_THE_SITE = "self-promotion (a teaser naming the site's own address in its own voice: we/our)";
  static final String PUBLISHER_VOICE =
      "self-promotion (a teaser in the publisher's voice: we/our in headline and blurb, you, an ask)";

  // A listing: at least this many linked teasers, and most of the page's stories are such teasers.
  private static final int MIN_TEASERS = 4;
  private static final int MAX_TEASER_PARAGRAPHS = 2;
  private static final int MAX_TEASER_WORDS = 80;

  private static final Pattern QUOTED = Pattern.compile(
      "\"[^\"]*\"|“[^“”]*”|„[^„“”]*[“”]|«[^«»]*»|‘[^‘’]*’|(?<![\\p{L}\\p{N}])'[^']*'(?![\\p{L}\\p{N}])");
  // "US" in capitals is the country; "us" and "Us" are the pronoun.
  private static final Pattern FIRST_PERSON = Pattern.compile(
      "(?i:\\b(we|our|ours|ourselves)\\b(['’](d|re|ve|ll)\\b)?)|\\b[Uu]s\\b");
  private static final Pattern SECOND_PERSON = Pattern.compile(
      "(?i)\\b(you|your|yours|yourself|yourselves)\\b");
  private static final Pattern CLAUSE_END = Pattern.compile("(?<=[.!?;:,—–])\\s+");
  private static final Pattern LEAD_WORDS = Pattern.compile(
      "(?i)^[^\\p{L}]*((please|simply|just|so|and|or|then|now)\\s+)*");
  private static final Pattern WWW = Pattern.compile("^www\\d*\\.");

  private SelfPromotion() {}

  /** The stories without the teasers that promote the site itself, each one left out reported to {@code dropped}. */
  static List<Section> without(List<Section> stories, String pageUrl, String siteName, Consumer<Dropped> dropped) {
    if (!isListing(stories)) {
      return stories;
    }
    String declared = host(pageUrl);
    String host = declared != null ? declared : usualHost(stories);
    if (host == null) {
      return stories;
    }
    List<String> names = new ArrayList<>(List.of(host));
    if (siteName != null && siteName.matches("[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+")) {
      names.add(siteName.toLowerCase(Locale.ROOT));
    }
    List<Section> kept = new ArrayList<>();
    for (Section story : stories) {
      String rule = isTeaser(story) && onSite(story.url(), host)
          ? rule(story, names).filter(r -> declared != null || !PUBLISHER_VOICE.equals(r)).orElse(null) : null;
      if (rule == null) {
        kept.add(story);
      } else {
        dropped.accept(new Dropped(rule, story.title()));
        story.paragraphs().forEach(p -> dropped.accept(new Dropped(rule, p)));
      }
    }
    return kept.size() == stories.size() ? stories : List.copyOf(kept);
  }

  /** Why this teaser promotes the site named by {@code names} (bare hosts, lowercase), or empty when it is news. */
  static Optional<String> rule(Section teaser, List<String> names) {
    String headline = unquoted(teaser.title());
    String blurb = unquoted(String.join(" ", teaser.paragraphs()));
    String all = headline + " " + blurb;
    if (FIRST_PERSON.matcher(all).find() && names.stream().anyMatch(name -> names(all, name))) {
      return Optional.of(NAMES_THE_SITE);
    }
    if (FIRST_PERSON.matcher(headline).find() && FIRST_PERSON.matcher(blurb).find()
        && SECOND_PERSON.matcher(blurb).find() && asks(blurb)) {
      return Optional.of(PUBLISHER_VOICE);
    }
    return Optional.empty();
  }

  /** The text with every quotation left out: what the quoted say is not the publisher speaking. */
  static String unquoted(String text) {
    return QUOTED.matcher(text).replaceAll(" ");
  }

  /** The page's host without "www.", lowercase, or null when the address has none. */
  static String host(String url) {
    if (url == null || !url.matches("(?i)https?://\\S+")) {
      return null;
    }
    try {
      String host = URI.create(url.strip()).getHost();
      return host == null ? null : WWW.matcher(host.toLowerCase(Locale.ROOT)).replaceFirst("");
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean isListing(List<Section> stories) {
    long teasers = stories.stream().filter(s -> isTeaser(s) && s.url() != null).count();
    return teasers >= MIN_TEASERS && teasers * 2 > stories.size();
  }

  private static boolean isTeaser(Section story) {
    return story.paragraphs().size() <= MAX_TEASER_PARAGRAPHS
        && story.paragraphs().stream().mapToInt(Boilerplate::words).sum() <= MAX_TEASER_WORDS;
  }

  /** Without an address of its own, the page is the site that most of its story links point to. */
  private static String usualHost(List<Section> stories) {
    Map<String, Integer> counts = new HashMap<>();
    int linked = 0;
    for (Section story : stories) {
      String host = host(story.url());
      if (host != null) {
        counts.merge(host, 1, Integer::sum);
        linked++;
      }
    }
    int total = linked;
    return counts.entrySet().stream()
        .filter(e -> e.getValue() >= MIN_TEASERS && e.getValue() * 2 > total)
        .map(Map.Entry::getKey).findFirst().orElse(null);
  }

  private static boolean onSite(String url, String host) {
    String own = host(url);
    return own != null && (own.equals(host) || own.endsWith("." + host) || host.endsWith("." + own));
  }

  /** The host as a word of its own: "Example.de" names example.de; "news-example.de" and "example.de.vu" do not. */
  private static boolean names(String text, String host) {
    return Pattern.compile("(?i)(?<![\\p{L}\\p{N}.-])" + Pattern.quote(host) + "(?![\\p{L}\\p{N}-]|\\.[\\p{L}\\p{N}])")
        .matcher(text).find();
  }

  /** A clause that opens with an imperative ask: "Discover …", "… then simply visit …". */
  private static boolean asks(String text) {
    for (String clause : CLAUSE_END.split(text)) {
      if (Promotions.opensWithAsk(LEAD_WORDS.matcher(clause).replaceFirst(""))) {
        return true;
      }
    }
    return false;
  }
}
