package org.editionaudio.speech;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Rules that must hold for any text read through the code behind {@code say --words}, checked on
 * every sentence of the real text in {@code ../shared/benchmarks} (read in place, never copied).
 */
public final class ReadingInvariants {
  /** The rules, in the order they are reported. */
  public enum Rule {
    /** An alphabetic word of the input is neither spoken nor replaced by its expansion. */
    WORD_LOST("no input word lost"),
    /** "minus" is said where the input has no negative number. */
    MINUS("minus only for a negative number"),
    /** A word written in lower case is spelled letter by letter. */
    LOWER_CASE_SPELLED("no lower-case word spelled out"),
    /** MaryTTS logs a warning or an error, or has no sounds for a token. */
    MARYTTS_LOG("no MaryTTS log line"),
    /** A placeholder or a markup character reaches the spoken words. */
    LEAK("no placeholder or markup leak"),
    /** A word in capitals in a line in capitals is spelled though it is no known acronym. */
    CAPITALS_SPELLED("capitals in a capitals line said as words");

    private final String title;

    Rule(String title) {
      this.title = title;
    }

    /** What the rule says. */
    public String title() {
      return title;
    }
  }

  /** One broken rule. */
  public record Violation(Rule rule, String sentence, String detail, List<String> spoken) {}

  private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}'])\\p{L}+(?:'\\p{L}+)*(?![\\p{L}\\p{N}])");
  private static final Pattern CHUNK = Pattern.compile("\\S+");
  private static final Pattern ADDRESS = Pattern.compile(".*(?:[\\w-]\\.(?:[a-z]{2,})\\b.*|@\\w|://|/\\w.*\\w/).*");
  private static final Pattern NEGATIVE = Pattern.compile("(?:^|[\\s(\"'\\[,:=])[-\\u2212]\\$?\\d");
  private static final Pattern ROMAN = Pattern.compile("[IVXLCDM]+");
  private static final Pattern LEAKED = Pattern.compile(".*[\\uE000-\\uF8FF<>{}\\[\\]\\\\|_^~`#@*=&].*");
  private static final Pattern ENTITY = Pattern.compile("&(?:[a-zA-Z]+|#\\d+);");
  private static final Set<String> KNOWN_ACRONYM_KINDS = Set.of("letters", "either");

  private final Preview preview;
  private final Map<String, Set<String>> expansions = expansions();
  private final Map<String, String> acronyms = WordTable.map("acronyms.tsv");
  private final List<String> logged = new ArrayList<>();

  /** A checker reading through {@code preview}; MaryTTS's warnings and errors of this class loader are counted. */
  public ReadingInvariants(Preview preview) {
    this.preview = preview;
    listenToMaryTts();
  }

  /** Every sentence (split as the synthesizer splits) of the articles and editions under {@code benchmarks}. */
  public static List<String> realSentences(Path benchmarks) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> paragraphs = new ArrayList<>();
    JsonNode articles = json.readTree(Files.readString(benchmarks.resolve("extraction/ground-truth.json")));
    articles.elements().forEachRemaining(article -> {
      for (String paragraph : article.path("articleBody").asText("").split("\\n+")) {
        paragraphs.add(paragraph);
      }
    });
    JsonNode editions = json.readTree(Files.readString(benchmarks.resolve("editions/expected.json")));
    editions.elements().forEachRemaining(edition -> edition.path("sections").elements().forEachRemaining(section -> {
      paragraphs.add(section.path("title").asText(""));
      section.path("paragraphs").elements().forEachRemaining(p -> paragraphs.add(p.asText("")));
    }));
    List<String> sentences = new ArrayList<>();
    for (String paragraph : paragraphs) {
      if (!paragraph.isBlank()) {
        sentences.addAll(Sentences.split(paragraph));
      }
    }
    return sentences;
  }

  /** The violations in one sentence. */
  public List<Violation> check(String sentence) throws SynthesisException {
    logged.clear();
    Document analysis = preview.analysis(sentence);
    List<SpokenWords.Token> tokens = SpokenWords.tokens(analysis);
    List<String> spoken = tokens.stream().map(SpokenWords.Token::text).toList();
    List<Violation> violations = new ArrayList<>();
    for (String line : logged) {
      violations.add(new Violation(Rule.MARYTTS_LOG, sentence, line, spoken));
    }
    for (String silent : silentTokens(analysis)) {
      violations.add(new Violation(Rule.MARYTTS_LOG, sentence, "no sounds for <" + silent + ">", spoken));
    }
    Set<String> said = new HashSet<>();
    for (String word : spoken) {
      said.add(plain(word));
      for (String part : word.split("[-']")) {
        said.add(plain(part));
      }
    }
    // Letters added in brackets belong to their word ("idea[s]").
    String folded = LatinFolding.fold(sentence).replaceAll("(?<=\\p{L})\\[(\\p{L}{1,3})\\]", "$1");
    boolean capitalsLine = isCapitalsLine(folded);
    Matcher chunk = CHUNK.matcher(folded);
    while (chunk.find()) {
      if (ADDRESS.matcher(chunk.group()).matches()) {
        continue;
      }
      Matcher word = WORD.matcher(chunk.group());
      while (word.find()) {
        String written = word.group();
        String key = plain(written);
        boolean spelled = !said.contains(key) && spelledOut(written, spoken);
        if (!said.contains(key) && !spelled && !expanded(written, said) && !saidInParts(written, said, spoken)) {
          violations.add(new Violation(Rule.WORD_LOST, sentence, written, spoken));
        }
        // A lower-case word has a vowel; "hp" or "gr" are abbreviations whose letters are their reading.
        if (spelled && written.length() >= 2 && written.equals(written.toLowerCase(Locale.ROOT)) && written.matches(".*[aeiouy].*")) {
          violations.add(new Violation(Rule.LOWER_CASE_SPELLED, sentence, written, spoken));
        }
        if (spelled && capitalsLine && written.length() >= 2 && written.equals(written.toUpperCase(Locale.ROOT))
            && written.matches(".*[AEIOUY].*") && !isKnownAcronym(written.replaceFirst("'S$", ""))) {
          violations.add(new Violation(Rule.CAPITALS_SPELLED, sentence, written, spoken));
        }
      }
    }
    long minus = spoken.stream().filter(w -> w.equalsIgnoreCase("minus")).count();
    long negatives = NEGATIVE.matcher(" " + folded).results().count()
        + WORD.matcher(folded).results().filter(m -> m.group().equalsIgnoreCase("minus")).count();
    if (minus > negatives) {
      violations.add(new Violation(Rule.MINUS, sentence, minus + " minus for " + negatives + " negative numbers", spoken));
    }
    Set<String> entities = new HashSet<>();
    ENTITY.matcher(sentence).results().forEach(m -> entities.add(m.group().replaceAll("[&#;]", "").toLowerCase(Locale.ROOT)));
    for (String word : spoken) {
      if (LEAKED.matcher(word).matches() || entities.contains(word.toLowerCase(Locale.ROOT))) {
        violations.add(new Violation(Rule.LEAK, sentence, word, spoken));
      }
    }
    return violations;
  }

  /** All violations in {@code sentences}. */
  public List<Violation> checkAll(List<String> sentences) throws SynthesisException {
    List<Violation> violations = new ArrayList<>();
    for (String sentence : sentences) {
      violations.addAll(check(sentence));
    }
    return violations;
  }

  /** The count of violations of every rule, zeros included. */
  public static Map<Rule, Integer> counts(List<Violation> violations) {
    Map<Rule, Integer> counts = new LinkedHashMap<>();
    for (Rule rule : Rule.values()) {
      counts.put(rule, 0);
    }
    violations.forEach(v -> counts.merge(v.rule(), 1, Integer::sum));
    return counts;
  }

  /** A line in capitals: at least three words of capitals and no more than a quarter of its letters in lower case. */
  static boolean isCapitalsLine(String text) {
    long upper = text.codePoints().filter(Character::isUpperCase).count();
    long lower = text.codePoints().filter(Character::isLowerCase).count();
    long capitalWords = WORD.matcher(text).results().filter(m -> m.group().length() >= 2 && m.group().equals(m.group().toUpperCase(Locale.ROOT))).count();
    return capitalWords >= 3 && upper > 3 * lower;
  }

  /**
   * An acronym by the acronym table, or by MaryTTS's lexicon (it spells the word, or knows no word
   * of these letters that could be said instead).
   */
  private boolean isKnownAcronym(String word) {
    return KNOWN_ACRONYM_KINDS.contains(acronyms.getOrDefault(word, "")) || EnglishWords.isSpelledAcronym(word) || !EnglishWords.isWord(word);
  }

  /** True when the letters of {@code written} are spoken one by one, in order, as single-letter tokens. */
  private static boolean spelledOut(String written, List<String> spoken) {
    String letters = written.replaceAll("'[sS]$", "").replaceAll("(?<=\\p{Lu})s$", "").replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
    if (letters.length() < 2) {
      return false;
    }
    for (int i = 0; i + letters.length() <= spoken.size(); i++) {
      boolean all = true;
      for (int j = 0; j < letters.length() && all; j++) {
        String token = plain(spoken.get(i + j));
        all = token.equals(String.valueOf(letters.charAt(j)))
            || (j == letters.length() - 1 && token.equals(letters.charAt(j) + "s"));
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  /** A word joined from parts ("SpaceX", "macOS", "leanFIRE") whose every part is said or spelled. */
  private static boolean saidInParts(String written, Set<String> said, List<String> spoken) {
    String[] parts = written.replaceAll("'s$", "").split("(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})");
    if (parts.length < 2) {
      return false;
    }
    for (String part : parts) {
      if (!said.contains(plain(part)) && !(part.length() == 1 && said.contains(plain(part))) && !spelledOut(part, spoken)) {
        return false;
      }
    }
    return true;
  }

  private boolean expanded(String written, Set<String> said) {
    if (ROMAN.matcher(written.replaceFirst("'s$", "")).matches()) {
      return true;
    }
    Set<String> forms = expansions.get(written.toLowerCase(Locale.ROOT).replaceFirst("'s$", ""));
    if (forms == null) {
      return false;
    }
    for (String form : forms) {
      if (said.contains(form)) {
        return true;
      }
    }
    return false;
  }

  private static String plain(String word) {
    return word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  /** Written forms of the normalization tables (lower case, without periods) and the first words they may be said as. */
  private static Map<String, Set<String>> expansions() {
    Map<String, Set<String>> map = new LinkedHashMap<>();
    for (String table : List.of("abbreviations.tsv", "units.tsv", "currencies.tsv", "zones.tsv", "phrases.tsv", "acronyms.tsv", "states.tsv")) {
      for (List<String> row : WordTable.rows(table, 5)) {
        for (String key : row.get(0).split("[\\s./&'-]+")) {
          Set<String> forms = map.computeIfAbsent(key.toLowerCase(Locale.ROOT), k -> new HashSet<>());
          for (String cell : row.subList(1, row.size())) {
            for (String spoken : cell.split("[|\\s]+")) {
              forms.add(plain(spoken));
            }
          }
          forms.add(plain(key));
        }
      }
    }
    // Words that number rules replace: "Oct." is said "October", "per cent" "percent".
    for (String month : List.of("January", "February", "March", "April", "June", "July", "August", "September", "October",
        "November", "December")) {
      map.computeIfAbsent(month.substring(0, 3).toLowerCase(Locale.ROOT), k -> new HashSet<>()).add(month.toLowerCase(Locale.ROOT));
    }
    map.computeIfAbsent("sept", k -> new HashSet<>()).add("september");
    map.computeIfAbsent("per", k -> new HashSet<>()).add("percent");
    // Written short forms that rules say in full: a price per month, a party, rupees.
    for (String[] pair : new String[][] {{"mo", "month"}, {"yr", "year"}, {"hr", "hour"}, {"wk", "week"}, {"min", "minute"},
        {"r", "republican"}, {"d", "democrat"}, {"i", "independent"}, {"rs", "rupees"}, {"inr", "rupees"}, {"usd", "dollars"},
        {"mln", "million"}, {"bln", "billion"}, {"d", "defeated"}}) {
      map.computeIfAbsent(pair[0], k -> new HashSet<>()).add(pair[1]);
      map.get(pair[0]).add(pair[1].replaceFirst("s$", ""));
      map.get(pair[0]).add(pair[1] + "s");
    }
    map.computeIfAbsent("cent", k -> new HashSet<>()).add("percent");
    return map;
  }

  private static List<String> silentTokens(Document analysis) {
    List<String> silent = new ArrayList<>();
    NodeList ts = analysis.getElementsByTagNameNS(MaryXml.NAMESPACE, "t");
    for (int i = 0; i < ts.getLength(); i++) {
      Element t = (Element) ts.item(i);
      String text = t.getTextContent().strip();
      boolean punctuation = t.getAttribute("pos").equals(".") || text.matches("[\\p{P}]+");
      if (!punctuation && t.getAttribute("ph").isEmpty()) {
        silent.add(text);
      }
    }
    return silent;
  }

  /** Counts MaryTTS's warnings and errors of this class loader, whatever its console shows. */
  private void listenToMaryTts() {
    LoggerContext context = (LoggerContext) org.apache.logging.log4j.LogManager.getContext(false);
    Configuration configuration = context.getConfiguration();
    AbstractAppender appender = new AbstractAppender("reading-invariants", null, null, true, Property.EMPTY_ARRAY) {
      @Override
      public void append(LogEvent event) {
        if (event.getLevel().isMoreSpecificThan(Level.WARN)) {
          logged.add(event.getLevel() + " " + event.getLoggerName() + ": " + event.getMessage().getFormattedMessage());
        }
      }
    };
    appender.start();
    LoggerConfig marytts = configuration.getLoggerConfig("marytts");
    if (!marytts.getName().equals("marytts")) {
      marytts = new LoggerConfig("marytts", Level.WARN, false);
      configuration.addLogger("marytts", marytts);
    }
    marytts.addAppender(appender, Level.WARN, null);
    if (!marytts.getLevel().isLessSpecificThan(Level.WARN)) {
      marytts.setLevel(Level.WARN);
    }
    context.updateLoggers();
  }
}
