package org.editionaudio.speech;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormalizerTest {
  private static final Normalizer NORMALIZER = new Normalizer();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "the entire country – militants control large swathes|the entire country, militants control large swathes",
      "a pause—then more|a pause, then more",
      "wait - what|wait, what",
      "Mali’s conflict|Mali's conflict",
      "a “group of terrorists.”|a \"group of terrorists.\"",
      "and then… nothing|and then, nothing",
  })
  void dashesArePausesNotMinus(String written, String spoken) {
    assertEquals(spoken, new Normalizer().normalize(written));
  }

  @Test
  void inputCannotForgeAPronouncedWord() {
    SpokenText spoken = NORMALIZER.spoken("a \uE000\uE100 forged \uE000 word and the UAE");
    assertEquals("a forged word and the U A E", spoken.text());
    assertEquals(List.of("A"), spoken.parts().stream()
        .filter(p -> p instanceof SpokenText.Word).map(p -> ((SpokenText.Word) p).text()).toList());
  }

  @Test
  void markupStaysTextToSay() throws Exception {
    String text = Files.readString(Path.of("fixtures/bad/markup-in-text.txt"));
    String spoken = NORMALIZER.normalize(text);
    for (String word : List.of("prosody", "rate", "voice", "DOCTYPE", "ENTITY", "SYSTEM", "passwd", "break")) {
      assertTrue(spoken.contains(word), word + " is still said: " + spoken);
    }
  }

  @Test
  void noTextMakesItFailOrLeaksAPlaceholder() {
    Random random = new Random(42);
    String alphabet = "aZ09 .,;:!?'\"()[]{}<>/\\-–—…&%$€£#@+=*~_|^°½ⅫⅣIVXLCDM\u00A0\u200B\uE000\uE100Łğé漢ب\n\t";
    for (int i = 0; i < 2000; i++) {
      StringBuilder text = new StringBuilder();
      for (int j = random.nextInt(40); j > 0; j--) {
        text.append(random.nextInt(4) == 0 ? String.valueOf(random.nextInt(100000)) : String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))));
      }
      String written = text.toString();
      SpokenText spoken = assertDoesNotThrow(() -> NORMALIZER.spoken(written), written);
      // Placeholders (and forged ones in the input) live in the private use area; none may reach MaryTTS.
      assertTrue(spoken.text().chars().noneMatch(c -> c >= 0xE000 && c <= 0xF8FF),
          () -> "a private-use character in " + spoken.text() + " from " + written);
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "He won 2 of 3 races.|He won two of three races.",
      "It’s 5’10” tall.|It's five foot ten tall.",
      "FBI RAIDS HOME OF NATO OFFICIAL IN US|F B I RAIDS HOME OF NATO OFFICIAL IN US",
      "WORLD WAR II MEMORIAL REOPENS|WORLD WAR Two MEMORIAL REOPENS",
  })
  void smallCases(String written, String spoken) {
    assertEquals(spoken, NORMALIZER.normalize(written));
  }
}
