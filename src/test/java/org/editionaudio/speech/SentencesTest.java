package org.editionaudio.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SentencesTest {
  @Test
  void splitsTheSeedsParagraphs() {
    assertEquals(List.of(
        "Mali has been ruled by a military junta since two coups in 2020 and 2021.",
        "Junta leader Col. Assimi Goïta has vowed to regain control of the entire country – militants control "
            + "large swathes of the countryside – and has shifted Mali’s long-standing alliance."),
        Sentences.split("Mali has been ruled by a military junta since two coups in 2020 and 2021. Junta leader "
            + "Col. Assimi Goïta has vowed to regain control of the entire country – militants control large swathes "
            + "of the countryside – and has shifted Mali’s long-standing alliance."));
    assertEquals(List.of("In a statement, the JNIM said they were conducting a “special operation.”",
        "The jihadist group added that it caused “huge human losses.”"),
        Sentences.split("In a statement, the JNIM said they were conducting a “special operation.” "
            + "The jihadist group added that it caused “huge human losses.”"));
  }

  @Test
  void questionsExclamationsAndEllipses() {
    assertEquals(List.of("Who won?", "Nobody knows!", "Wait…", "Then it rained."),
        Sentences.split("Who won? Nobody knows! Wait… Then it rained."));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Dr. Jane Smith met Sen. Mark Kelly on Jan. 5 in St. Louis.",
      "The U.S. Army and J. K. Rowling paid $2.5 billion, approx. 10 percent, to Acme Inc. Tuesday.",
      "Prices rose 3.4 percent by 9 a.m. local time.",
      "No. 10 Downing St. issued a statement.",
  })
  void abbreviationsDoNotEndSentences(String sentence) {
    assertEquals(List.of(sentence), Sentences.split(sentence));
  }

  @Test
  void dottedAcronymsEndASentenceBeforeAnOpener() {
    assertEquals(List.of("The talks were held in the U.S.", "The next round is in Geneva."),
        Sentences.split("The talks were held in the U.S. The next round is in Geneva."));
    assertEquals(List.of("It ended at 10 p.m.", "Officials left."),
        Sentences.split("It ended at 10 p.m. Officials left."));
  }
}
