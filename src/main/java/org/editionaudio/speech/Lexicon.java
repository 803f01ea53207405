package org.editionaudio.speech;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.editionaudio.common.Sha256;

/**
 * Pronunciations an editor gives: words said as another text (alias) or with given phonemes,
 * matched as whole words and with their case, before the rest of normalization. Later entries win.
 */
public final class Lexicon {
  /** The built-in lexicon's place in the jar. */
  public static final String BUILT_IN = "/org/editionaudio/voices/lexicon.pls";

  private static final Set<String> SIBILANTS = Set.of("s", "z", "S", "Z", "tS", "dZ");
  private static final Set<String> VOICELESS = Set.of("p", "t", "k", "f", "T");

  /**
   * One lexicon entry.
   *
   * @param graphemes the written forms it matches
   * @param alias the text said instead, or null
   * @param phonemes the pronunciation in MaryTTS's en_US phones, or null
   * @param source the file it comes from
   * @param line its line in that file
   */
  public record Entry(List<String> graphemes, String alias, String phonemes, String source, int line) {
    /** Requires graphemes and exactly one of alias and phonemes. */
    public Entry {
      graphemes = List.copyOf(graphemes);
      Objects.requireNonNull(source, "source");
      if (graphemes.isEmpty() || (alias == null) == (phonemes == null)) {
        throw new IllegalArgumentException("an entry needs graphemes and either an alias or phonemes");
      }
    }
  }

  private final List<Entry> entries;
  private final Map<String, Entry> forms;
  private final Pattern pattern;

  private Lexicon(List<Entry> entries) {
    this.entries = List.copyOf(entries);
    Map<String, Entry> byForm = new LinkedHashMap<>();
    for (Entry entry : this.entries) {
      for (String grapheme : entry.graphemes()) {
        String form = LatinFolding.fold(grapheme).strip().replaceAll("\\s+", " ");
        byForm.put(form, entry);
      }
    }
    // A lower-case entry also matches the word at the start of a sentence, unless listed itself.
    for (Map.Entry<String, Entry> form : List.copyOf(byForm.entrySet())) {
      String word = form.getKey();
      if (Character.isLowerCase(word.charAt(0))) {
        byForm.putIfAbsent(Character.toUpperCase(word.charAt(0)) + word.substring(1), form.getValue());
      }
    }
    this.forms = Map.copyOf(byForm);
    this.pattern = byForm.isEmpty() ? null : Pattern.compile(
        "(?<![\\p{L}\\p{N}\\uE000-\\uF8FF])(?<!\\p{L}')("
            + byForm.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(form -> List.of(form.split(" ")).stream().map(Pattern::quote).collect(Collectors.joining("\\s+")))
                .collect(Collectors.joining("|"))
            + ")('s)?(?![\\p{L}\\p{N}])");
  }

  /** A lexicon with no entries. */
  public static Lexicon empty() {
    return new Lexicon(List.of());
  }

  /** The publication's lexicon that ships with the tool ({@code voices/lexicon.pls}). */
  public static Lexicon builtIn() throws LexiconException {
    return of(Voices.BUILT_IN);
  }

  /** The publication's lexicon of the voices folder in use ({@code lexicon.pls}). */
  public static Lexicon of(Voices voices) throws LexiconException {
    String source = voices.source("lexicon.pls");
    try (InputStream in = voices.open("lexicon.pls")) {
      if (in == null) {
        throw new LexiconException("lexicon.pls", 0, "the built-in lexicon is missing from the build");
      }
      return new Lexicon(new LexiconReader(source, PhoneSet.enUs()).read(in));
    } catch (IOException e) {
      throw new LexiconException(source, 0, "cannot read it (" + e.getMessage() + ")");
    }
  }

  /** A lexicon file. */
  public static Lexicon load(Path file) throws LexiconException {
    try (InputStream in = Files.newInputStream(file)) {
      return new Lexicon(new LexiconReader(file.toString(), PhoneSet.enUs()).read(in));
    } catch (NoSuchFileException e) {
      throw new LexiconException(file.toString(), 0, "no such file");
    } catch (IOException e) {
      throw new LexiconException(file.toString(), 0, "cannot read it (" + e.getMessage() + ")");
    }
  }

  /** The built-in lexicon, then each file in order, later entries taking precedence. */
  public static Lexicon standard(List<Path> files) throws LexiconException {
    return standard(Voices.BUILT_IN, files);
  }

  /** The voices folder's lexicon, then each file in order, later entries taking precedence. */
  public static Lexicon standard(Voices voices, List<Path> files) throws LexiconException {
    Lexicon lexicon = of(voices);
    for (Path file : files) {
      lexicon = lexicon.and(load(file));
    }
    return lexicon;
  }

  /** This lexicon with {@code later}'s entries added; they win where both have a word. */
  public Lexicon and(Lexicon later) {
    List<Entry> all = new ArrayList<>(entries);
    all.addAll(later.entries);
    return new Lexicon(all);
  }

  /** The entries, in order. */
  public List<Entry> entries() {
    return entries;
  }

  /** A SHA-256 over the entries' graphemes and pronunciations, in order: equal lexicons say words alike. */
  public String fingerprint() {
    StringBuilder text = new StringBuilder();
    for (Entry entry : entries) {
      text.append(String.join("\t", entry.graphemes())).append('\n')
          .append(entry.alias() == null ? "" : entry.alias()).append('\n')
          .append(entry.phonemes() == null ? "" : entry.phonemes()).append('\n');
    }
    return Sha256.of(text.toString());
  }

  /** Replaces every word the lexicon knows in the draft: aliases as text, phonemes as protected words. */
  void apply(NormalizingLine draft) {
    if (pattern == null) {
      return;
    }
    Matcher matcher = pattern.matcher(draft.text());
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String written = matcher.group(1);
      Entry entry = forms.get(written.replaceAll("\\s+", " "));
      boolean possessive = matcher.group(2) != null;
      String spoken = entry.alias() != null
          ? entry.alias() + (possessive ? "'s" : "")
          : draft.protect(matcher.group(), possessive ? possessive(entry.phonemes()) : entry.phonemes());
      matcher.appendReplacement(out, Matcher.quoteReplacement(spoken));
    }
    matcher.appendTail(out);
    draft.text(out.toString());
  }

  /** The phonemes of the word with "'s" after it. */
  static String possessive(String phonemes) {
    String last = phonemes.substring(phonemes.lastIndexOf(' ') + 1);
    if (SIBILANTS.contains(last)) {
      return phonemes + " - @ z";
    }
    return phonemes + (VOICELESS.contains(last) ? " s" : " z");
  }
}
