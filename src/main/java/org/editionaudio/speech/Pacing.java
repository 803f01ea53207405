package org.editionaudio.speech;

import java.util.ArrayList;
import java.util.List;

/** Where the pauses go: a script as its sentences in program order, each with the pause that follows it. */
final class Pacing {
  private Pacing() {}

  /** One sentence to say: its chapter, whether it opens the chapter, and the pause after it in ms. */
  record Step(int chapter, boolean opensChapter, Utterance utterance, int pauseAfterMs) {}

  /** The sentences of {@code script} in program order, each with the pause that follows it. */
  static List<Step> steps(Script script) {
    List<Step> steps = new ArrayList<>();
    Pauses pauses = script.pauses();
    List<ScriptChapter> chapters = script.chapters();
    for (int c = 0; c < chapters.size(); c++) {
      ScriptChapter chapter = chapters.get(c);
      int paragraph = -1;
      List<ScriptLine> lines = chapter.lines();
      for (int l = 0; l < lines.size(); l++) {
        ScriptLine line = lines.get(l);
        if (line.kind() == ScriptLine.Kind.PARAGRAPH) {
          paragraph++;
        }
        List<String> sentences = Sentences.split(line.text());
        for (int s = 0; s < sentences.size(); s++) {
          boolean lastOfLine = s == sentences.size() - 1;
          int after;
          if (!lastOfLine) {
            after = pauses.betweenSentences();
          } else if (l < lines.size() - 1) {
            after = line.kind() == ScriptLine.Kind.HEADLINE ? pauses.afterHeadline() : pauses.betweenParagraphs();
          } else {
            after = c < chapters.size() - 1 ? pauses.betweenStories() - pauses.leadIn() : pauses.betweenParagraphs();
          }
          Utterance utterance = new Utterance(line.kind(), sentences.get(s), chapter.sectionIndex(),
              line.kind() == ScriptLine.Kind.PARAGRAPH ? paragraph : -1, s);
          steps.add(new Step(c, l == 0 && s == 0, utterance, after));
        }
      }
    }
    return steps;
  }

  /** {@code millis} as a number of samples at {@code rate}. */
  static int samples(int millis, int rate) {
    return (int) ((long) millis * rate / 1000);
  }
}
