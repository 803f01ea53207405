package org.editionaudio.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real MaryTTS: a lexicon entry changes the spoken words and the phonemes; a bad one names its line. */
class LexiconIT {
  private static MaryTtsEngine engine;
  private static VoiceProfile voice;
  @TempDir static Path dir;

  @BeforeAll
  static void start() throws Exception {
    voice = VoiceProfile.load(VoiceProfile.DEFAULT);
    engine = new MaryTtsEngine(voice.maryVoice(), false);
  }

  @AfterAll
  static void stop() {
    engine.close();
  }

  private static Lexicon lexicon(String lexemes) throws Exception {
    Path file = Files.createTempFile(dir, "editor-", ".pls");
    Files.writeString(file, """
        <?xml version="1.0" encoding="UTF-8"?>
        <lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon" alphabet="x-marytts">
        """ + lexemes + "\n</lexicon>\n");
    return Lexicon.load(file);
  }

  @Test
  void anAliasChangesTheSpokenWords() throws Exception {
    String text = "Fighting spread to Zanzoubi on Monday.";
    Preview before = new Preview(engine, voice, new Normalizer(Lexicon.empty()));
    Preview after = new Preview(engine, voice, new Normalizer(
        lexicon("<lexeme><grapheme>Zanzoubi</grapheme><alias>Zan zoo bee</alias></lexeme>")));
    assertEquals(List.of("Fighting", "spread", "to", "Zanzoubi", "on", "Monday"), before.words(text));
    assertEquals(List.of("Fighting", "spread", "to", "Zan", "zoo", "bee", "on", "Monday"), after.words(text));
  }

  @Test
  void aPhonemeEntryChangesThePhonemesAndTheAudio() throws Exception {
    String text = "Colonel Zanzoubi spoke.";
    Preview before = new Preview(engine, voice, new Normalizer(Lexicon.empty()));
    Preview after = new Preview(engine, voice, new Normalizer(
        lexicon("<lexeme><grapheme>Zanzoubi</grapheme><phoneme>z A n - ' z u - b i</phoneme></lexeme>")));
    SpokenWords.Token guessed = before.tokens(text).get(1);
    SpokenWords.Token given = after.tokens(text).get(1);
    assertEquals("Zanzoubi", guessed.text());
    assertEquals("rules", guessed.method(), "MaryTTS guesses the name by rule: " + guessed);
    assertEquals("Zanzoubi", given.text());
    assertEquals("z A n - ' z u - b i", given.phonemes());
    assertNotEquals(guessed.phonemes(), given.phonemes());
    assertEquals(after.words(text), before.words(text), "the words stay the same");
    assertFalse(before.unknown(List.of(text)).isEmpty());
    assertTrue(after.unknown(List.of(text)).isEmpty(), "no word left to guess: " + after.unknown(List.of(text)));
    assertNotEquals(before.speak(text).length, after.speak(text).length, "the audio follows the phonemes");
  }

  @Test
  void theBuiltInLexiconFixesContractionsMaryTtsGuesses() throws Exception {
    Preview raw = new Preview(engine, voice, new Normalizer(Lexicon.empty()));
    Preview ours = new Preview(engine, voice, new Normalizer(Lexicon.builtIn()));
    assertEquals("' T i r", raw.tokens("They're here.").get(0).phonemes(), "MaryTTS's own guess");
    assertEquals("' D E r", ours.tokens("They're here.").get(0).phonemes());
  }

  @Test
  void aMalformedLexiconGivesItsLine() throws Exception {
    Path bad = dir.resolve("bad.pls");
    Files.writeString(bad, """
        <lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon" alphabet="x-marytts">
          <lexeme><grapheme>Zanzoubi</grapheme><phoneme>z A n - ' z u - b i</phoneme></lexeme>
          <lexeme><grapheme>Kidal</grapheme><phoneme>k i - ' d a l</phoneme></lexeme>
        </lexicon>
        """);
    LexiconException e = assertThrows(LexiconException.class, () -> Lexicon.load(bad));
    assertEquals(3, e.line());
    assertTrue(e.getMessage().startsWith("lexicon " + bad + ":3: <phoneme>: 'a' is not a phone of MaryTTS's en_US set"), e.getMessage());
  }
}
