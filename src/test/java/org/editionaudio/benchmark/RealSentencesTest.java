package org.editionaudio.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The real-sentence table's locator, hash, span replacement and validity checks, on invented text. */
class RealSentencesTest {
  private static final String SENTENCE = "Gov. Ada Lim met the FBI at 9 a.m. on Monday.";
  private static final Map<String, RealSentences.Located> CORPUS =
      Map.of("gt:abc/0/1", new RealSentences.Located("gt:abc/0/1", SENTENCE));

  private static RealSentences.Entry entry(String hash, String spans) {
    return RealSentences.parse("gt:abc/0/1\t" + hash + "\tacronym\t" + spans + "\n").get(0);
  }

  @Test
  void splitKeepsTitlesInitialsAndDottedAbbreviationsInsideASentence() {
    assertEquals(List.of("Dr. A. B. Cole of the U.S. Navy left.", "He said “No.”", "Then 3 more came!"),
        RealSentences.split("Dr. A. B. Cole of the U.S. Navy left. He said “No.” Then 3 more came!"));
  }

  @Test
  void expectedReadingReplacesEachSpanAndKeepsTheOtherWords() {
    RealSentences.Checked checked = RealSentences.check(
        entry(RealSentences.hash(SENTENCE), "Gov. => Governor | FBI => F B I | 9 a.m. => nine A M"), CORPUS);
    assertNull(checked.problem());
    assertEquals("Governor Ada Lim met the F B I at nine A M on Monday.", checked.expected());
  }

  @Test
  void anEntryWhoseHashDiffersIsStaleNotScored() {
    RealSentences.Checked checked = RealSentences.check(entry("00000000", "FBI => F B I | 9 a.m. => nine A M"), CORPUS);
    assertTrue(checked.stale());
    assertFalse(checked.valid());
  }

  @Test
  void anEntryLeavingATokenWithADigitOrCapitalsUnreadIsInvalid() {
    RealSentences.Checked checked = RealSentences.check(entry(RealSentences.hash(SENTENCE), "FBI => F B I"), CORPUS);
    assertFalse(checked.valid());
    assertFalse(checked.stale());
    assertTrue(checked.problem().contains("9"), checked.problem());
  }

  @Test
  void aSpanMustNotCutAWordInTwo() {
    RealSentences.Checked checked = RealSentences.check(entry(RealSentences.hash(SENTENCE), "FB => F B | 9 a.m. => nine A M"), CORPUS);
    assertTrue(checked.problem().contains("not found"), checked.problem());
  }

  @Test
  void aSecondEntryForTheSameSentenceIsInvalid() {
    RealSentences.Entry entry = entry(RealSentences.hash(SENTENCE), "Gov. => Governor | FBI => F B I | 9 a.m. => nine A M");
    List<RealSentences.Checked> checked = RealSentences.checkAll(List.of(entry, entry), CORPUS);
    assertTrue(checked.get(0).valid());
    assertFalse(checked.get(1).valid());
  }

  @Test
  void trickyTokensAreDigitsSymbolsAndTwoCapitalsEvenInAName() {
    assertEquals(List.of("$4", "NATO", "a/b", "iPhone15", "O’Neill"), RealSentences.tricky("“Plain” words, $4 NATO a/b iPhone15 O’Neill al-Islam."));
  }
}
