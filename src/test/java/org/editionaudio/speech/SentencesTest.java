package org.editionaudio.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
      "Riverside d. Lakeview 70-61 in the final, and Smith v. Jones is set for trial.",
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

  /** Invented words without a full stop, {@code length} characters, separated by spaces only. */
  private static String unpunctuated(int length) {
    String[] words = {"the", "council", "said", "residents", "would", "meet", "again", "to", "discuss", "roads"};
    StringBuilder text = new StringBuilder();
    for (int i = 0; text.length() < length; i++) {
      text.append(i == 0 ? "" : " ").append(words[(i * 7) % words.length]);
    }
    return text.substring(0, length).strip();
  }

  @Test
  void textWithoutSentenceEndsIsCutIntoBoundedPiecesAtWordsKeepingEveryWord() {
    String text = unpunctuated(200_000);
    List<String> pieces = Sentences.split(text);
    assertTrue(pieces.size() >= 200_000 / Sentences.MAX_CHARS, "pieces: " + pieces.size());
    for (int i = 0; i < pieces.size(); i++) {
      int length = pieces.get(i).length();
      assertTrue(length <= Sentences.MAX_CHARS, "piece of " + length);
      assertTrue(length > Sentences.MAX_CHARS / 2 || i == pieces.size() - 1, "piece of " + length);
    }
    assertEquals(text, String.join(" ", pieces));
  }

  @Test
  void aLongSentenceIsCutAfterItsLastClauseMarkWithinTheLimit() {
    String first = unpunctuated(700) + ", " + unpunctuated(150) + ";";
    String rest = unpunctuated(400) + ".";
    List<String> pieces = Sentences.split(first + " " + rest);
    assertEquals(List.of(first, rest), pieces);
  }

  @Test
  void ordinarySentencesUpToTheLimitAreNotCut() {
    String sentence = unpunctuated(Sentences.MAX_CHARS - 1) + ".";
    assertEquals(List.of(sentence), Sentences.split(sentence));
  }

  @Test
  void oneEndlessWordIsCutAtTheLimitButNeverInsideACharacter() {
    String word = "\ud83d\ude00".repeat(1_500);
    List<String> pieces = Sentences.split(word);
    assertEquals(word, String.join("", pieces));
    for (String piece : pieces) {
      assertTrue(piece.length() <= Sentences.MAX_CHARS);
      assertTrue(Character.isHighSurrogate(piece.charAt(0)) && Character.isLowSurrogate(piece.charAt(piece.length() - 1)));
    }
  }
}
