package org.editionaudio.speech;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * MaryTTS's US English phone set, read from its own allophones file, and the check of a written
 * pronunciation against it.
 */
final class PhoneSet {
  /** Where marytts-lang-en keeps the en_US phone set. */
  static final String RESOURCE = "/marytts/language/en_US/lexicon/allophones.en_US.xml";

  private final Set<String> vowels;
  private final Set<String> consonants;
  private final List<String> longestFirst;

  private PhoneSet(Set<String> vowels, Set<String> consonants) {
    this.vowels = Set.copyOf(vowels);
    this.consonants = Set.copyOf(consonants);
    List<String> all = new ArrayList<>(vowels);
    all.addAll(consonants);
    all.sort(Comparator.comparingInt(String::length).reversed());
    this.longestFirst = List.copyOf(all);
  }

  /** The en_US phone set of the MaryTTS on the class path. */
  static PhoneSet enUs() {
    return Holder.EN_US;
  }

  /** Every phone, sorted, for messages. */
  String describe() {
    Set<String> sorted = new TreeSet<>(vowels);
    sorted.addAll(consonants);
    return String.join(" ", sorted);
  }

  /**
   * The pronunciation in MaryTTS's form: phones separated by spaces, syllables by " - ", primary
   * stress "'" (secondary ",") before its syllable. The input may leave out spaces between phones,
   * and syllable marks when a word has one vowel or when every syllable is simple to find.
   *
   * @throws IllegalArgumentException naming the unknown phone or the bad syllable
   */
  String check(String written) {
    List<List<String>> syllables = new ArrayList<>();
    List<String> stresses = new ArrayList<>();
    List<String> current = new ArrayList<>();
    String pendingStress = "";
    boolean explicitSyllables = written.contains("-");
    List<String> phones = new ArrayList<>();
    List<String> stressBefore = new ArrayList<>();
    int i = 0;
    while (i < written.length()) {
      char c = written.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      if (c == '-') {
        phones.add("-");
        stressBefore.add("");
        i++;
        continue;
      }
      if (c == '\'' || c == ',') {
        if (!pendingStress.isEmpty()) {
          throw new IllegalArgumentException("two stress marks in a row in '" + written + "'");
        }
        pendingStress = String.valueOf(c);
        i++;
        continue;
      }
      String phone = null;
      for (String candidate : longestFirst) {
        if (written.startsWith(candidate, i)) {
          phone = candidate;
          break;
        }
      }
      if (phone == null) {
        int end = i + 1;
        while (end < written.length() && !Character.isWhitespace(written.charAt(end)) && written.charAt(end) != '-') {
          end++;
        }
        throw new IllegalArgumentException("'" + written.substring(i, end) + "' is not a phone of MaryTTS's en_US set ("
            + describe() + ")");
      }
      phones.add(phone);
      stressBefore.add(pendingStress);
      pendingStress = "";
      i += phone.length();
    }
    if (!pendingStress.isEmpty()) {
      throw new IllegalArgumentException("a stress mark ends '" + written + "'");
    }
    if (phones.stream().noneMatch(vowels::contains)) {
      throw new IllegalArgumentException("'" + written + "' has no vowel");
    }
    if (!explicitSyllables) {
      phones = syllabify(phones, stressBefore);
    }
    // Split into syllables; a stress mark belongs to the syllable of the phone it stands before.
    String stress = "";
    for (int p = 0; p < phones.size(); p++) {
      String phone = phones.get(p);
      if (phone.equals("-")) {
        close(syllables, stresses, current, stress, written);
        current = new ArrayList<>();
        stress = "";
        continue;
      }
      if (p < stressBefore.size() && !stressBefore.get(p).isEmpty()) {
        stress = stressBefore.get(p);
      }
      current.add(phone);
    }
    close(syllables, stresses, current, stress, written);
    if (!stresses.contains("'")) {
      stresses.set(0, "'");
    }
    StringBuilder out = new StringBuilder();
    for (int s = 0; s < syllables.size(); s++) {
      if (s > 0) {
        out.append(" - ");
      }
      out.append(stresses.get(s).isEmpty() ? "" : stresses.get(s) + " ").append(String.join(" ", syllables.get(s)));
    }
    return out.toString();
  }

  private void close(List<List<String>> syllables, List<String> stresses, List<String> current, String stress, String written) {
    long nuclei = current.stream().filter(vowels::contains).count();
    if (nuclei == 0) {
      throw new IllegalArgumentException("syllable '" + String.join(" ", current) + "' of '" + written + "' has no vowel");
    }
    if (nuclei > 1) {
      throw new IllegalArgumentException("syllable '" + String.join(" ", current) + "' of '" + written
          + "' has " + nuclei + " vowels; separate syllables with -");
    }
    syllables.add(List.copyOf(current));
    stresses.add(stress);
  }

  /**
   * Puts a syllable mark before each vowel after the first, moving one consonant (the onset) along
   * with it; stress marks keep their phones.
   */
  private List<String> syllabify(List<String> phones, List<String> stressBefore) {
    List<String> out = new ArrayList<>();
    List<String> outStress = new ArrayList<>();
    int lastVowel = -1;
    for (int p = 0; p < phones.size(); p++) {
      if (vowels.contains(phones.get(p))) {
        if (lastVowel >= 0) {
          int consonantsBetween = p - lastVowel - 1;
          int boundary = out.size() - Math.min(1, consonantsBetween);
          // A stress mark on the onset consonant stays with the new syllable.
          out.add(boundary, "-");
          outStress.add(boundary, "");
        }
        lastVowel = p;
      }
      out.add(phones.get(p));
      outStress.add(stressBefore.get(p));
    }
    stressBefore.clear();
    stressBefore.addAll(outStress);
    return out;
  }

  private static PhoneSet load() {
    Set<String> vowels = new TreeSet<>();
    Set<String> consonants = new TreeSet<>();
    try (InputStream in = PhoneSet.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("MaryTTS's en_US phone set " + RESOURCE + " is not on the class path");
      }
      XMLInputFactory factory = XMLInputFactory.newFactory();
      factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
      factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
      XMLStreamReader reader = factory.createXMLStreamReader(in);
      while (reader.hasNext()) {
        if (reader.next() == XMLStreamConstants.START_ELEMENT) {
          String ph = reader.getAttributeValue(null, "ph");
          switch (reader.getLocalName()) {
            case "vowel" -> vowels.add(ph);
            case "consonant" -> consonants.add(ph);
            default -> { }
          }
        }
      }
      reader.close();
    } catch (IOException | XMLStreamException e) {
      throw new IllegalStateException("cannot read MaryTTS's en_US phone set: " + e.getMessage(), e);
    }
    return new PhoneSet(vowels, consonants);
  }

  private static final class Holder {
    static final PhoneSet EN_US = load();
  }
}
