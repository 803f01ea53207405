package org.editionaudio.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberWordsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "0|zero", "7|seven", "13|thirteen", "40|forty", "99|ninety nine", "100|one hundred", "101|one hundred one",
      "1000|one thousand", "1001|one thousand one", "20000|twenty thousand", "1000000|one million",
      "1000000000|one billion", "2000000000000|two trillion", "007|seven",
  })
  void cardinals(String digits, String words) {
    assertEquals(words, NumberWords.cardinal(digits));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1|first", "2|second", "3|third", "5|fifth", "8|eighth", "9|ninth", "12|twelfth", "20|twentieth",
      "21|twenty first", "100|one hundredth", "1000|one thousandth",
  })
  void ordinals(String digits, String words) {
    assertEquals(words, NumberWords.ordinal(digits));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1066|ten sixty six", "1847|eighteen forty seven", "1900|nineteen hundred", "1905|nineteen oh five",
      "2000|two thousand", "2001|two thousand one", "2009|two thousand nine", "2010|twenty ten", "2024|twenty twenty four",
  })
  void years(String digits, String words) {
    assertEquals(words, NumberWords.year(digits));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "3.14|three point one four", "0.5|zero point five", ".5|point five", "1,234.05|one thousand two hundred thirty four point zero five",
  })
  void decimals(String number, String words) {
    assertEquals(words, NumberWords.decimal(number));
  }
}
