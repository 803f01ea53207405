package org.editionaudio.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real-sentence table: entries that point at sentences of the real corpora in place (the text
 * belongs to its publishers and is never copied here) and hold only our readings of the sentence's
 * tricky spans. The format is described in {@code real-sentences.tsv} itself.
 *
 * <p>Sentences are located with a splitter of their own, frozen here, so that a change to the
 * speech rules never moves an entry: a document's text is cut into paragraphs at line breaks, a
 * paragraph into sentences at a full stop, question or exclamation mark (with closing quotes or
 * brackets) followed by white space and a capital, digit or opening quote, unless the word before
 * the full stop (with nothing after it) is a single letter, holds an inner full stop, or is a common abbreviation.
 */
final class RealSentences {
  static final String TABLE = "/org/editionaudio/benchmark/real-sentences.tsv";
  static final Path EXTRACTION = Path.of("../shared/benchmarks/extraction/ground-truth.json");
  static final Path EDITIONS = Path.of("../shared/benchmarks/editions/expected.json");

  private static final Pattern END = Pattern.compile("[.!?]+[\"'”’)\\]]*\\s+(?=[\\p{Lu}\\p{N}\"“‘'(\\[])");
  private static final Pattern LAST_WORD = Pattern.compile("(\\S+?)[\"'”’)\\]]*$");
  private static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "gen", "lt", "col", "maj", "capt", "sgt",
      "adm", "sen", "rep", "gov", "rev", "no", "vs", "v", "inc", "corp", "co", "ltd", "jan", "feb", "mar",
      "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ave", "blvd", "rd", "approx", "fig");
  // Ordinary punctuation: a token made only of letters and these needs no reading of its own.
  private static final Pattern ORDINARY = Pattern.compile("[\\p{L}.,;:!?'\"’‘“”()\\-–—…]*");
  private static final Pattern CAPITALS = Pattern.compile(".*\\p{Lu}.*\\p{Lu}.*");

  private RealSentences() {}

  /** One located sentence: where it is, its text and the short hash of that text. */
  record Located(String locator, String text) {
    String hash() {
      return RealSentences.hash(text);
    }
  }

  /** A span as written and how a newsreader says it (empty when it is not said). */
  record Span(String written, String spoken) {}

  /** One line of the table. */
  record Entry(int line, String locator, String hash, List<String> classes, List<Span> spans) {}

  /** An entry checked against the corpora: its expected reading, or why it cannot be scored. */
  record Checked(Entry entry, String sentence, String expected, String problem, boolean stale) {
    boolean valid() {
      return problem == null;
    }
  }

  /** Every sentence of both corpora, keyed by locator, in corpus order. */
  static Map<String, Located> corpus() throws IOException {
    Map<String, Located> sentences = new LinkedHashMap<>();
    ObjectMapper json = new ObjectMapper();
    JsonNode articles = json.readTree(EXTRACTION.toFile());
    for (Iterator<Map.Entry<String, JsonNode>> it = articles.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> article = it.next();
      List<String> paragraphs = new ArrayList<>();
      for (String line : article.getValue().path("articleBody").asText().split("\n")) {
        if (!line.isBlank()) {
          paragraphs.add(line);
        }
      }
      add(sentences, "gt:" + article.getKey().substring(0, 12), paragraphs);
    }
    JsonNode editions = json.readTree(EDITIONS.toFile());
    for (Iterator<Map.Entry<String, JsonNode>> it = editions.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> edition = it.next();
      List<String> paragraphs = new ArrayList<>();
      for (JsonNode section : edition.getValue().path("sections")) {
        for (JsonNode paragraph : section.path("paragraphs")) {
          paragraphs.add(paragraph.asText());
        }
      }
      add(sentences, "ed:" + edition.getKey(), paragraphs);
    }
    return sentences;
  }

  private static void add(Map<String, Located> sentences, String document, List<String> paragraphs) {
    for (int p = 0; p < paragraphs.size(); p++) {
      List<String> split = split(paragraphs.get(p));
      for (int s = 0; s < split.size(); s++) {
        String locator = document + "/" + p + "/" + s;
        sentences.put(locator, new Located(locator, split.get(s)));
      }
    }
  }

  /** The sentences of one paragraph, white space collapsed. */
  static List<String> split(String paragraph) {
    String text = paragraph.replaceAll("\\s+", " ").strip();
    List<String> sentences = new ArrayList<>();
    Matcher end = END.matcher(text);
    int from = 0;
    while (end.find()) {
      String candidate = text.substring(from, end.end()).strip();
      if (!endsSentence(candidate)) {
        continue;
      }
      sentences.add(candidate);
      from = end.end();
    }
    if (from < text.length()) {
      sentences.add(text.substring(from).strip());
    }
    return sentences;
  }

  private static boolean endsSentence(String candidate) {
    if (!candidate.endsWith(".")) {
      return true;
    }
    Matcher last = LAST_WORD.matcher(candidate);
    if (!last.find()) {
      return true;
    }
    String word = last.group(1).replaceAll("^[\"“‘'(\\[]+", "");
    String bare = word.substring(0, word.length() - 1);
    if (bare.length() == 1 && Character.isLetter(bare.charAt(0))) {
      return false;
    }
    if (bare.contains(".")) {
      return false;
    }
    return !ABBREVIATIONS.contains(bare.toLowerCase(Locale.ROOT));
  }

  /** The first eight hex digits of the SHA-256 of {@code text}. */
  static String hash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The entries of the table resource. */
  static List<Entry> table() throws IOException {
    try (InputStream in = RealSentences.class.getResourceAsStream(TABLE)) {
      if (in == null) {
        throw new IOException("missing resource " + TABLE);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  /** Parses table text: locator, hash, classes and spans, tab-separated; '#' lines are comments. */
  static List<Entry> parse(String text) {
    List<Entry> entries = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length != 4) {
        throw new IllegalArgumentException(TABLE + " line " + (i + 1) + ": needs locator<TAB>hash<TAB>classes<TAB>spans");
      }
      List<Span> spans = new ArrayList<>();
      for (String span : cells[3].split(" \\| ")) {
        if (span.isBlank()) {
          continue;
        }
        int arrow = span.indexOf("=>");
        if (arrow < 0) {
          throw new IllegalArgumentException(TABLE + " line " + (i + 1) + ": span without '=>': " + span);
        }
        spans.add(new Span(span.substring(0, arrow).strip(), span.substring(arrow + 2).strip()));
      }
      List<String> classes = List.of(cells[2].strip().split("\\s*,\\s*"));
      entries.add(new Entry(i + 1, cells[0].strip(), cells[1].strip(), classes, spans));
    }
    return entries;
  }

  /** Checks every entry of a table; an entry repeating an earlier entry's locator is invalid. */
  static List<Checked> checkAll(List<Entry> table, Map<String, Located> corpus) {
    List<Checked> checked = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    for (Entry entry : table) {
      checked.add(seen.add(entry.locator()) ? check(entry, corpus)
          : new Checked(entry, null, null, "invalid: a second entry for " + entry.locator(), false));
    }
    return checked;
  }

  /** Checks an entry against the located sentences and builds its expected reading. */
  static Checked check(Entry entry, Map<String, Located> corpus) {
    Located located = corpus.get(entry.locator());
    if (located == null) {
      return new Checked(entry, null, null, "stale: no sentence at " + entry.locator(), true);
    }
    String sentence = located.text();
    if (!located.hash().equals(entry.hash())) {
      return new Checked(entry, sentence, null, "stale: the sentence's hash is " + located.hash() + ", not " + entry.hash(), true);
    }
    StringBuilder expected = new StringBuilder();
    StringBuilder rest = new StringBuilder();
    int cursor = 0;
    for (Span span : entry.spans()) {
      int at = find(sentence, span.written(), cursor);
      if (at < 0) {
        return new Checked(entry, sentence, null, "invalid: span '" + span.written() + "' not found after position " + cursor, false);
      }
      expected.append(sentence, cursor, at).append(' ').append(span.spoken()).append(' ');
      rest.append(sentence, cursor, at).append(' ');
      cursor = at + span.written().length();
    }
    expected.append(sentence.substring(cursor));
    rest.append(sentence.substring(cursor));
    List<String> tricky = tricky(rest.toString());
    if (!tricky.isEmpty()) {
      return new Checked(entry, sentence, null, "invalid: no reading for " + tricky, false);
    }
    return new Checked(entry, sentence, expected.toString().replaceAll("\\s+", " ").strip(), null, false);
  }

  /** The tokens of {@code text} that need a reading: a digit, a symbol, or two capitals. */
  static List<String> tricky(String text) {
    List<String> tokens = new ArrayList<>();
    for (String token : text.split("\\s+")) {
      if (token.isEmpty()) {
        continue;
      }
      boolean digit = token.chars().anyMatch(Character::isDigit);
      if (digit || !ORDINARY.matcher(token).matches() || CAPITALS.matcher(token).matches()) {
        tokens.add(token);
      }
    }
    return tokens;
  }

  // The next occurrence at or after from that does not cut a word or number in two.
  private static int find(String sentence, String span, int from) {
    if (span.isEmpty()) {
      return -1;
    }
    for (int at = sentence.indexOf(span, from); at >= 0; at = sentence.indexOf(span, at + 1)) {
      int end = at + span.length();
      boolean startOk = !Character.isLetterOrDigit(span.charAt(0)) || at == 0 || !Character.isLetterOrDigit(sentence.charAt(at - 1));
      boolean endOk = !Character.isLetterOrDigit(span.charAt(span.length() - 1)) || end == sentence.length()
          || !Character.isLetterOrDigit(sentence.charAt(end));
      if (startOk && endOk) {
        return at;
      }
    }
    return -1;
  }

  /**
   * Lists located sentences that hold tricky tokens, for whoever adds entries: locator, hash,
   * tricky tokens and the sentence. It prints the corpora's text to the terminal only; never
   * commit its output. Arguments: optional locator prefix; or {@code check}, which lists the stale
   * and invalid entries of the table without running any speech code.
   */
  public static void main(String[] args) throws IOException {
    if (args.length > 0 && args[0].equals("check")) {
      Map<String, Located> corpus = corpus();
      List<Entry> table = table();
      long bad = 0;
      for (Checked checked : checkAll(table, corpus)) {
        if (!checked.valid()) {
          bad++;
          System.out.println("line " + checked.entry().line() + " " + checked.entry().locator() + ": " + checked.problem());
        }
      }
      System.out.println(table.size() + " entries, " + bad + " stale or invalid");
      return;
    }
    String prefix = args.length > 0 ? args[0] : "";
    for (Located located : corpus().values()) {
      if (located.locator().startsWith(prefix)) {
        System.out.println(located.locator() + "\t" + located.hash() + "\t" + String.join(" ", tricky(located.text()))
            + "\t" + located.text());
      }
    }
  }

  static void write(Path file, List<String> lines) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, lines, StandardCharsets.UTF_8);
  }
}
