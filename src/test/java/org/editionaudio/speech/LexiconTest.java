package org.editionaudio.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LexiconTest {
  @TempDir Path dir;

  private Path pls(String lexemes) throws Exception {
    Path file = dir.resolve("test.pls");
    Files.writeString(file, """
        <?xml version="1.0" encoding="UTF-8"?>
        <lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon" alphabet="x-marytts" xml:lang="en-US">
        """ + lexemes + "\n</lexicon>\n");
    return file;
  }

  private SpokenText spoken(Lexicon lexicon, String text) {
    return new Normalizer(lexicon).spoken(text);
  }

  @Test
  void aliasesAreSaidInsteadAndNormalizedWithTheirText() throws Exception {
    Lexicon lexicon = Lexicon.load(pls("<lexeme><grapheme>FTSE</grapheme><alias>Footsie</alias></lexeme>"
        + "<lexeme><grapheme>JNIM</grapheme><alias>Jamaat Nusrat al Islam</alias></lexeme>"));
    assertEquals("The Footsie fell 2 percent... and Jamaat Nusrat al Islam's fighters left.".replace("2", "two").replace("...", ","),
        new Normalizer(lexicon).normalize("The FTSE fell 2%… and JNIM's fighters left."));
  }

  @Test
  void phonemesBecomeAPronouncedWordThatNoRuleRewrites() throws Exception {
    Lexicon lexicon = Lexicon.load(pls("<lexeme><grapheme>JNIM</grapheme><phoneme>' dZ i - n I m</phoneme></lexeme>"));
    SpokenText text = spoken(lexicon, "The JNIM and the FBI.");
    assertEquals(List.of(new SpokenText.Text("The "), new SpokenText.Word("JNIM", "' dZ i - n I m"),
        new SpokenText.Text(" and the F B I.")), text.parts());
  }

  @Test
  void entriesMatchWholeWordsWithTheirCase() throws Exception {
    Lexicon lexicon = Lexicon.load(pls("<lexeme><grapheme>Nice</grapheme><phoneme>' n i s</phoneme></lexeme>"
        + "<lexeme><grapheme>junta</grapheme><phoneme>' dZ V n - t @</phoneme></lexeme>"));
    assertEquals(1, words(spoken(lexicon, "Nice is nice.")));
    assertEquals(0, words(spoken(lexicon, "Nicest, Nicer, NICE.")));
    assertEquals(2, words(spoken(lexicon, "Junta leaders: the junta.")), "a lower-case entry also starts a sentence");
    assertEquals(0, words(spoken(lexicon, "the juntas")), "whole words only");
  }

  @Test
  void aPossessiveKeepsItsSound() throws Exception {
    Lexicon lexicon = Lexicon.load(pls("<lexeme><grapheme>Goïta</grapheme><phoneme>g @U - ' i - t @</phoneme></lexeme>"
        + "<lexeme><grapheme>Bamako</grapheme><phoneme>' b A - m @ - k @U</phoneme></lexeme>"
        + "<lexeme><grapheme>Ramos</grapheme><phoneme>' r A - m @U s</phoneme></lexeme>"));
    assertEquals(List.of(new SpokenText.Word("Goita's", "g @U - ' i - t @ z"), new SpokenText.Text(" men in "),
            new SpokenText.Word("Bamako", "' b A - m @ - k @U"), new SpokenText.Text(" and "),
            new SpokenText.Word("Ramos's", "' r A - m @U s - @ z")),
        spoken(lexicon, "Goïta’s men in Bamako and Ramos's").parts());
  }

  @Test
  void laterLexiconsWinAndTheBuiltInOneLoads() throws Exception {
    Lexicon builtIn = Lexicon.builtIn();
    assertTrue(builtIn.entries().size() > 30, "built-in entries: " + builtIn.entries().size());
    assertEquals("n i - ' Z E r", phonemesOf(spoken(builtIn, "Niger")));
    Lexicon mine = builtIn.and(Lexicon.load(pls("<lexeme><grapheme>Niger</grapheme><phoneme>' n AI - dZ r=</phoneme></lexeme>")));
    assertEquals("' n AI - dZ r=", phonemesOf(spoken(mine, "Niger")));
    assertEquals(Lexicon.standard(List.of()).entries(), builtIn.entries());
  }

  @Test
  void phonemesAreWrittenInMaryTtsForm() throws Exception {
    Lexicon lexicon = Lexicon.load(pls("<lexeme><grapheme>Kidal</grapheme><phoneme>ki'dAl</phoneme></lexeme>"
        + "<lexeme><grapheme>Sahel</grapheme><phoneme prefer=\"true\">s@'hEl</phoneme><alias>Sa hell</alias></lexeme>"));
    assertEquals("k i - ' d A l", lexicon.entries().get(0).phonemes());
    assertEquals("s @ - ' h E l", lexicon.entries().get(1).phonemes());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "<lexeme><grapheme>Kidal</grapheme><phoneme>k i - ' d Q l</phoneme></lexeme>|3|'Q' is not a phone of MaryTTS's en_US set",
      "<lexeme><grapheme>Kidal</grapheme><phoneme>k - d l</phoneme></lexeme>|3|has no vowel",
      "<lexeme><grapheme>Kidal</grapheme><phoneme>k i d A l - x</phoneme></lexeme>|3|'x' is not a phone",
      "<lexeme><grapheme>Kidal</grapheme><phoneme>k i - d A l - s</phoneme></lexeme>|3|syllable 's' of 'k i - d A l - s' has no vowel",
      "<lexeme><grapheme>Kidal</grapheme><phoneme>k i d A l - s @</phoneme></lexeme>|3|has 2 vowels; separate syllables with -",
      "<lexeme><grapheme>Kidal</grapheme></lexeme>|3|has neither <alias> nor <phoneme>",
      "<lexeme><alias>x</alias></lexeme>|3|has no <grapheme>",
      "<lexeme><grapheme>Kidal</grapheme><alias></alias></lexeme>|3|<alias> is empty",
      "<lexeme><grapheme>Kidal</grapheme><alias>x</alias></lexeme><lexeme><grapheme>Kidal</grapheme><alias>y</alias></lexeme>|3|already defined on line 3",
      "<lexeme><grapheme>Kidal</grapheme><phoneme alphabet=\"ipa\">kiˈdal</phoneme></lexeme>|3|alphabet=\"ipa\" is not supported",
      "<lexeme><grapheme>Kidal</grapheme><alias>x</alias><note/></lexeme>|3|unexpected element <note>",
      "<word>Kidal</word>|3|unexpected element <word>",
      "<lexeme><grapheme>Kidal</grapheme><alias>x</alias>|4|not well-formed XML",
  })
  void aBadEntryNamesItsFileAndLine(String lexemes, int line, String reason) throws Exception {
    Path file = pls(lexemes);
    LexiconException e = assertThrows(LexiconException.class, () -> Lexicon.load(file));
    assertEquals(file.toString(), e.file());
    assertEquals(line, e.line(), e.getMessage());
    assertTrue(e.getMessage().contains(reason), e.getMessage());
    assertTrue(e.getMessage().startsWith("lexicon " + file + ":" + line + ": "), e.getMessage());
  }

  @Test
  void aDoctypeOrAnEntityIsRefused() throws Exception {
    Path doctype = dir.resolve("doctype.pls");
    Files.writeString(doctype, """
        <?xml version="1.0"?>
        <!DOCTYPE lexicon [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        <lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon" alphabet="x-marytts">
          <lexeme><grapheme>x</grapheme><alias>&xxe;</alias></lexeme>
        </lexicon>
        """);
    LexiconException e = assertThrows(LexiconException.class, () -> Lexicon.load(doctype));
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("DOCTYPE is not allowed"), e.getMessage());
  }

  @Test
  void theRootAndAlphabetAreChecked() throws Exception {
    Path ssml = dir.resolve("other.pls");
    Files.writeString(ssml, "<speak xmlns=\"http://www.w3.org/2001/10/synthesis\"/>");
    assertTrue(assertThrows(LexiconException.class, () -> Lexicon.load(ssml)).getMessage().contains("root element must be <lexicon"));
    Files.writeString(ssml, "<lexicon version=\"1.0\" xmlns=\"http://www.w3.org/2005/01/pronunciation-lexicon\" alphabet=\"ipa\"/>");
    assertTrue(assertThrows(LexiconException.class, () -> Lexicon.load(ssml)).getMessage().contains("use alphabet=\"x-marytts\""));
    LexiconException missing = assertThrows(LexiconException.class, () -> Lexicon.load(dir.resolve("none.pls")));
    assertEquals("lexicon " + dir.resolve("none.pls") + ": no such file — fix the entry (voices/README.md describes the format)",
        missing.getMessage());
  }

  private static long words(SpokenText text) {
    return text.parts().stream().filter(p -> p instanceof SpokenText.Word).count();
  }

  private static String phonemesOf(SpokenText text) {
    return text.parts().stream().filter(p -> p instanceof SpokenText.Word).map(p -> ((SpokenText.Word) p).phonemes())
        .findFirst().orElse("");
  }
}
