package org.editionaudio.speech;

import static org.editionaudio.speech.NormalizationRule.END;
import static org.editionaudio.speech.NormalizationRule.START;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/** Rules for what is not a word or a number: addresses, hashtags, fixed phrases, symbols, dashes and quotes. */
final class TextRules {
  private static final Map<String, String> PHRASES = WordTable.map("phrases.tsv");
  private static final Set<String> SPELLED_DOMAIN_LABELS = Set.of("edu", "gov", "int", "mil", "co", "io", "tv", "eu", "us", "uk");
  private static final String DOMAIN =
      "((?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\\.)+"
          + "(?:com|org|net|gov|edu|int|mil|info|io|co|uk|fr|de|ml|bf|ne|sn|news|tv|me|eu|us|ca|au|ch|it|es|nl|be|ng|ke|za|gh|ci|ai|app|dev|COM|ORG|NET))";

  private TextRules() {}

  /** Before numbers and words: web addresses, e-mail, hashtags and mentions, fixed phrases. */
  static List<NormalizationRule> addressesAndPhrases() {
    return List.of(
        NormalizationRule.of("e-mail", "(?<![\\w.])([A-Za-z0-9._%+-]+)@" + DOMAIN + "(?![\\w])",
            (m, d) -> address(m.group(1)) + " at " + domain(m.group(2))),
        NormalizationRule.of("url", "(?<![\\w@./])(?:(?:https?://)(?:www\\.)?|www\\.)?" + DOMAIN + "(/[^\\s\"<>)]*[^\\s\"<>).,;:!?])?(?![\\w])",
            (m, d) -> url(m)),
        NormalizationRule.of("hashtag", "(?<![\\w&])#([A-Za-z][A-Za-z0-9_]*)", (m, d) -> "hashtag " + split(m.group(1))),
        NormalizationRule.of("number sign", "(?<![\\w&])#\\s?(?=\\d)", (m, d) -> "number "),
        NormalizationRule.of("about", "~\\s*(?=\\d)", (m, d) -> "about "),
        NormalizationRule.of("mention", "(?<![\\w])@([A-Za-z0-9_]{2,})", (m, d) -> "at " + split(m.group(1))),
        NormalizationRule.of("phrase", START + WordTable.alternation(PHRASES.keySet()) + END, (m, d) -> phrase(m.group(), d)));
  }

  /** After numbers and words: symbols, dashes, ellipses, brackets and quotes. */
  static List<NormalizationRule> symbolsAndPunctuation() {
    return List.of(
        NormalizationRule.of("ampersand", "\\s*&\\s*", (m, d) -> " and "),
        NormalizationRule.of("plus", "\\s*\\+\\s*", (m, d) -> " plus "),
        NormalizationRule.of("equals", "\\s*=\\s*", (m, d) -> " equals "),
        NormalizationRule.of("times", "\\s*×\\s*", (m, d) -> " by "),
        NormalizationRule.of("percent", "\\s*%", (m, d) -> " percent"),
        NormalizationRule.of("at", "\\s+@\\s+", (m, d) -> " at "),
        NormalizationRule.of("silent marks", "[™®©*^]", (m, d) -> ""),
        NormalizationRule.of("bullet", "\\s*[|•·▪►]\\s*", (m, d) -> ", "),
        NormalizationRule.of("word or word", "(?<=\\p{Ll})/(?=\\p{Ll})", (m, d) -> " or "),
        NormalizationRule.of("slash", "\\s*[/\\\\_]\\s*", (m, d) -> " "),
        NormalizationRule.of("brackets", "[\\[\\]{}]", (m, d) -> m.group().equals("[") || m.group().equals("{") ? "(" : ")"),
        NormalizationRule.of("dash", "\\s*[\\u2012\\u2013\\u2014\\u2015]\\s*|\\s+-+\\s+|\\s*--+\\s*|^\\s*-\\s+", (m, d) -> ", "),
        NormalizationRule.of("stray hyphen", "(?<![\\p{L}\\p{N}\\uE000-\\uF8FF])-+|-+(?![\\p{L}\\p{N}\\uE000-\\uF8FF])", (m, d) -> " "),
        NormalizationRule.of("ellipsis", "\\s*(\\u2026|\\.\\s?\\.\\s?\\.)(\\s*$)?\\s*", (m, d) -> m.group(2) != null ? ". " : ", "),
        NormalizationRule.of("quotation", "\"", TextRules::quotation),
        // MaryTTS says a lone "a" before a one-character token ("a U S official", a "quote") as "ah".
        // … and a capital "A" before punctuation is the letter ("Plan A.").
        NormalizationRule.of("article", "(?<![\\p{L}\\p{N}\\uE000-\\uF8FF'])([aA])(?=\\s*[\"'(\\[\\uE000]|\\s+\\p{L}(?![\\p{L}\\p{N}']))",
            (m, d) -> d.protect(m.group(1), "@")),
        NormalizationRule.of("letter A", "(?<![\\p{L}\\p{N}\\uE000-\\uF8FF'])A(?=\\s*[.,;:!?)]|\\s*$)", (m, d) -> d.protect("A", "' EI")),
        NormalizationRule.of("doubled punctuation", "[,\\s]*,\\s*([,.;:!?])", (m, d) -> m.group(1)),
        NormalizationRule.of("leading comma", "^[\\s,]+", (m, d) -> ""),
        NormalizationRule.of("space before punctuation", "\\s+(?=[,.;:!?])", (m, d) -> ""),
        NormalizationRule.of("spaces", "\\s{2,}", (m, d) -> " "));
  }

  private static String url(Matcher m) {
    StringBuilder spoken = new StringBuilder(domain(m.group(1)));
    String path = m.group(2);
    if (path != null) {
      String plain = path.replaceFirst("[?#].*$", "");
      for (String segment : plain.split("/")) {
        if (!segment.isEmpty()) {
          spoken.append(" slash ").append(address(segment));
        }
      }
    }
    return spoken.toString();
  }

  private static String domain(String domain) {
    List<String> labels = new ArrayList<>();
    for (String label : domain.split("\\.")) {
      String lower = label.toLowerCase(Locale.ROOT);
      boolean spell = SPELLED_DOMAIN_LABELS.contains(lower) || lower.length() <= 2 || !lower.matches(".*[aeiouy].*");
      labels.add(spell && lower.matches("[a-z]+") ? String.join(" ", lower.toUpperCase(Locale.ROOT).split("")) : address(lower));
    }
    return String.join(" dot ", labels);
  }

  private static String address(String part) {
    return part.replace(".", " dot ").replace("-", " dash ").replace("_", " underscore ").replace("+", " plus ").strip();
  }

  /** "MaliCoup2024" → "Mali Coup 2024", "BBCNews" → "BBC News", "mali_coup" → "mali coup". */
  static String split(String joined) {
    return joined
        .replace('_', ' ')
        .replaceAll("(?<=\\p{Ll})(?=\\p{Lu})", " ")
        .replaceAll("(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})", " ")
        .replaceAll("(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})", " ")
        .replaceAll("\\s+", " ")
        .strip();
  }

  private static String phrase(String written, NormalizingLine draft) {
    String spoken = PHRASES.get(written);
    // In these phrases a lone capital A is the letter (Q&A, M&A), which MaryTTS would say as "ah".
    return spoken.replaceAll("(?<![\\p{L}])A(?![\\p{L}])", draft.protect("A", "' EI"));
  }

  /**
   * A quoted sentence gets a comma before and after it unless punctuation already marks it: MaryTTS
   * pauses at a comma but not at a quotation mark (and a boundary element in its input breaks it).
   * Quoted words inside a sentence ("a \"special operation\" targeting") are read without a pause.
   */
  private static String quotation(Matcher m, NormalizingLine draft) {
    String text = draft.text();
    int at = m.start();
    boolean opening = (at == 0 || Character.isWhitespace(text.charAt(at - 1)) || text.charAt(at - 1) == '(')
        && at + 1 < text.length() && !Character.isWhitespace(text.charAt(at + 1));
    if (opening) {
      String before = text.substring(0, at).stripTrailing();
      boolean sentence = Character.isUpperCase(text.charAt(at + 1));
      return !sentence || before.isEmpty() || before.matches("(?s).*[,.;:!?(]$") ? "\"" : ", \"";
    }
    int open = text.lastIndexOf('"', at - 1);
    boolean sentence = open >= 0 && open + 1 < at && Character.isUpperCase(text.charAt(open + 1));
    String inside = text.substring(0, at);
    String after = text.substring(at + 1);
    boolean punctuated = inside.matches("(?s).*[,.;:!?]$") || after.matches("(?s)^\\s*[,.;:!?)].*") || after.isBlank();
    return !sentence || punctuated ? "\"" : ",\"";
  }
}
