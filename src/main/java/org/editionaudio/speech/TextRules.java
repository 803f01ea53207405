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
            (m, d) -> address(m.group(1)) + " at " + domain(m.group(2), d)),
        NormalizationRule.of("url", "(?<![\\w@./])(?:(?:https?://)(?:www\\.)?|www\\.)?" + DOMAIN + "(/[^\\s\"<>)]*[^\\s\"<>).,;:!?])?(?![\\w])",
            (m, d) -> url(m, d)),
        NormalizationRule.of("hashtag", "(?<![\\w&])#([A-Za-z][A-Za-z0-9_]*)", (m, d) -> "hashtag " + split(m.group(1))),
        NormalizationRule.of("number sign", "(?<![\\w&])#\\s?(?=\\d)", (m, d) -> "number "),
        // "~9x" is "about nine times", but not after a word that says "about" already.
        NormalizationRule.of("about", "~\\s*(?=\\d)", (m, d) -> d.text().substring(0, m.start())
            .matches("(?is).*\\b(?:approximately|approx\\.?|about|around|roughly|some|nearly|almost|between|and)\\s*$") ? "" : "about "),
        NormalizationRule.of("mention", "(?<![\\w])@([A-Za-z0-9_]{2,})", (m, d) -> "at " + split(m.group(1))),
        NormalizationRule.of("phrase", START + WordTable.alternation(PHRASES.keySet()) + END, (m, d) -> phrase(m.group(), d)),
        NormalizationRule.of("letters and letter", "(?<![\\p{L}\\p{N}])(\\p{Lu})&(\\p{Lu})('?s)?(?![\\p{L}\\p{N}])",
            (m, d) -> AcronymSpeller.spell(m.group(1), null, d) + " and " + AcronymSpeller.spell(m.group(2), m.group(3), d)),
        // A title in angle brackets (<The Title>) is its words; a citation mark ([2], a glued (4)) is not said.
        NormalizationRule.of("angle-bracketed title", "<([^<>\\d\\s][^<>]{0,120})>", (m, d) -> m.group(1)),
        NormalizationRule.of("citation mark", "\\s?\\[\\d{1,3}(?:\\s?[,\\u2013-]\\s?\\d{1,3})*\\]|(?<=[\\p{L}.,;:!?\"')\\]])\\(\\d{1,2}\\)(?=[\\s.,;:!?]|$)"
            + "|(?<=(?<![\\p{L}])\\p{Ll}{1,30})\\s\\(\\d{1,3}(?:\\s?[,\\u2013-]\\s?\\d{1,3})*\\)(?=[.;!?]?\\s*$|[.;]\\s)",
            (m, d) -> ""),
        // "make[s]", "[t]he": letters added in brackets belong to their word.
        NormalizationRule.of("bracketed letters", "(?<=\\p{L})\\[(\\p{L}{1,3})\\]|\\[(\\p{L}{1,3})\\](?=\\p{L})",
            (m, d) -> m.group(1) != null ? m.group(1) : m.group(2)));
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
        NormalizationRule.of("list with slashes", "(?<![\\p{L}/])(\\p{Ll}+)/(\\p{Ll}+)/(\\p{Ll}+)(?![\\p{L}/])", (m, d) -> m.group(1) + ", " + m.group(2) + " and " + m.group(3)),
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
        // A hyphen beside a pronounced word would reach MaryTTS on its own and be said "minus".
        NormalizationRule.of("hyphen by a pronounced word", "(?<=[\\uE100-\\uF8FF])-+(?=[\\p{L}\\p{N}\\uE000])|(?<=[\\p{L}\\p{N}])-+(?=\\uE000)",
            (m, d) -> " "),
        NormalizationRule.of("less or more than", "(?<![\\p{L}\\p{N}])([<>])\\s?(?=\\d)", (m, d) -> m.group(1).equals("<") ? "less than " : "more than "),
        NormalizationRule.of("arrow", "\\s*([\\u2190-\\u2193\\u21D0-\\u21D3\\u27F5\\u27F6\\u2794\\u279C\\u27A1\\u2B05-\\u2B07])\\s*", TextRules::arrow),
        // Whatever MaryTTS cannot say (emoji, pictographs, stray symbols) is dropped; other scripts' punctuation pauses.
        NormalizationRule.of("unspeakable", "[\\p{P}&&[^\\p{ASCII}]]|[^\\p{ASCII}\\uE000-\\uF8FF]|[<>~`#|\\\\{}\\[\\]_^*=@]",
            (m, d) -> m.group().matches("\\p{P}") && !m.group().matches("\\p{ASCII}") ? ", " : " "),
        // MaryTTS warns of an unknown abbreviation at a period after a short word it does not know ("cwt.", "bzw.").
        // MaryTTS takes a word with a period that ends no sentence (a lower-case word or a number follows) for an
        // abbreviation, and warns when it does not know it ("cwt. of", "INC. 113"); a short word it does not know
        // at the end of a line or before a capital is one too ("2 sm.").
        NormalizationRule.of("period after an unknown short word", "(?<![\\p{L}\\p{N}.'\\uE000-\\uF8FF])(\\p{L}{1,8})\\.(?=\\s+[\\p{Ll}\\p{N}]|\\s*[),;:]|(\\s+[\\p{Lu}\\uE000]|\\s*$))",
            (m, d) -> m.group(2) == null ? m.group(1)
                : m.group(1).length() > 5 || EnglishWords.isKnown(m.group(1)) ? null
                : m.group(1) + (m.group(2).isBlank() ? "" : ",")),
        // A lone "a" before punctuation is no article ("…, a, …" in another language): MaryTTS would drop it.
        NormalizationRule.of("lone a", "(?<![\\p{L}\\p{N}'\\uE000-\\uF8FF])a(?=\\s*[,;:!?.]|\\s*$)", (m, d) -> d.protect("a", "' A")),
        NormalizationRule.of("doubled punctuation", "[,\\s]*,\\s*([,.;:!?])", (m, d) -> m.group(1)),
        NormalizationRule.of("leading comma", "^[\\s,]+", (m, d) -> ""),
        NormalizationRule.of("space before punctuation", "\\s+(?=[,.;:!?])", (m, d) -> ""),
        NormalizationRule.of("spaces", "\\s{2,}", (m, d) -> " "));
  }

  /** An arrow is named where it is a key or a sign ("Press ← to go back"); at the start of a line it only points. */
  private static String arrow(Matcher m, NormalizingLine d) {
    if (d.text().substring(0, m.start()).isBlank()) {
      return "";
    }
    String name = switch (m.group(1)) {
      case "\u2190", "\u21D0", "\u27F5", "\u2B05" -> "left arrow";
      case "\u2191", "\u21D1", "\u2B06" -> "up arrow";
      case "\u2193", "\u21D3", "\u2B07" -> "down arrow";
      default -> "right arrow";
    };
    return " " + name + " ";
  }

  private static String url(Matcher m, NormalizingLine d) {
    StringBuilder spoken = new StringBuilder(m.group().toLowerCase(Locale.ROOT).contains("www.") ? "W W W dot " : "");
    spoken.append(domain(m.group(1), d));
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

  private static String domain(String domain, NormalizingLine d) {
    List<String> labels = new ArrayList<>();
    for (String label : domain.split("\\.")) {
      if (label.matches("\\p{Lu}?\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)+")) {
        labels.add(split(label));
        continue;
      }
      String lower = label.toLowerCase(Locale.ROOT);
      boolean spell = SPELLED_DOMAIN_LABELS.contains(lower) || lower.length() <= 2 || !lower.matches(".*[aeiouy].*");
      String words = spell || !lower.matches("[a-z]+") || EnglishWords.isWord(lower) ? null : EnglishWords.segment(lower);
      // Two long words stay one name ("givewell"); a run of three, or one with a short word, is read as words.
      if (words != null && words.split(" ").length < 3 && java.util.Arrays.stream(words.split(" ")).allMatch(w -> w.length() > 2)) {
        words = null;
      }
      spell = spell || (words == null && lower.length() <= 4 && !EnglishWords.isWord(lower));
      labels.add(spell && lower.matches("[a-z]+") ? AcronymSpeller.spell(lower, null, d)
          : words != null ? words : address(lower));
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
