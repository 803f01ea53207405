package org.editionaudio.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormalizerTest {
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
}
