package org.editionaudio.speech;

import java.util.Set;
import java.util.regex.Pattern;

/** Whether a period that a rule consumes also ended a sentence, so that the rule keeps it. */
final class SentenceBreaks {
  private static final Pattern NEXT_WORD = Pattern.compile("^\\s+[\"(]?([\\p{Lu}][\\p{L}']*)");
  private static final Set<String> STARTERS = Set.of(
      "The", "A", "An", "In", "On", "At", "It", "He", "She", "They", "We", "I", "You", "But", "And",
      "This", "That", "These", "Those", "There", "For", "If", "As", "After", "Before", "When", "While",
      "His", "Her", "Its", "Their", "Our", "So", "Yet", "Meanwhile", "However", "Officials", "Police",
      "Authorities", "Some", "Many", "Most", "No", "Now", "Then", "Still", "Later", "Earlier", "Since",
      "Last", "Next", "According", "What", "Who", "Why", "How", "Where", "One", "Two", "Both", "All");

  private SentenceBreaks() {}

  /** "." when the text after {@code end} starts a new sentence or is empty, else "". */
  static String periodIfEnd(String text, int end) {
    String rest = text.substring(end);
    if (rest.isBlank()) {
      return ".";
    }
    var next = NEXT_WORD.matcher(rest);
    return next.find() && STARTERS.contains(next.group(1)) ? "." : "";
  }

  /** True when {@code start} is at the start of the text or of a sentence. */
  static boolean startsSentence(String text, int start) {
    String before = text.substring(0, start).stripTrailing();
    return before.isEmpty() || before.matches("(?s).*[.!?:\"(]$");
  }
}
