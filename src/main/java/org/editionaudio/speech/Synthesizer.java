package org.editionaudio.speech;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.w3c.dom.Document;

/**
 * Speaks a script chapter by chapter: normalizes each line, builds its MaryXML, synthesizes it,
 * trims the engine's own edge silence and paces the lines with the script's pauses.
 */
public final class Synthesizer {

  /** Told when each chapter starts, for progress displays. */
  public interface Progress {
    /** Chapter {@code index} (0-based) of {@code count} is being spoken. */
    void chapter(int index, int count, String title);

    /** A progress that shows nothing. */
    Progress NONE = (index, count, title) -> {};
  }

  // Quieter than -50 dBFS counts as silence at the edges of a clip; a short margin keeps
  // the breath and the release of the first and last sounds.
  private static final int SILENCE_THRESHOLD = 100;
  private static final int EDGE_MARGIN_MS = 40;

  private final SpeechEngine engine;
  private final VoiceProfile voice;
  private final Normalizer normalizer;

  /** A synthesizer speaking through {@code engine} with the prosody of {@code voice}. */
  public Synthesizer(SpeechEngine engine, VoiceProfile voice, Normalizer normalizer) {
    this.engine = engine;
    this.voice = voice;
    this.normalizer = normalizer;
  }

  /** Receives each chapter once it is spoken; may fail with its own exception. */
  @FunctionalInterface
  public interface ChapterSink<E extends Exception> {
    /** Takes a complete chapter. */
    void accept(SpokenChapter chapter) throws E;
  }

  /** Speaks every chapter in order and hands each one, complete, to {@code sink}. */
  public <E extends Exception> void speak(Script script, Progress progress, ChapterSink<E> sink)
      throws SynthesisException, E {
    List<ScriptChapter> chapters = script.chapters();
    for (int i = 0; i < chapters.size(); i++) {
      ScriptChapter chapter = chapters.get(i);
      progress.chapter(i, chapters.size(), chapter.title());
      sink.accept(speak(chapter, script.pauses(), i == 0, i == chapters.size() - 1));
    }
  }

  /** One chapter with its share of the pauses before and after it. */
  SpokenChapter speak(ScriptChapter chapter, Pauses pauses, boolean first, boolean last)
      throws SynthesisException {
    int rate = engine.sampleRate();
    List<SpokenChapter.Part> parts = new ArrayList<>();
    if (!first) {
      parts.add(silence(pauses.leadIn(), rate));
    }
    List<Line> lines = chapter.lines();
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      parts.add(new SpokenChapter.Speech(line, trim(say(chapter, line), rate)));
      if (i < lines.size() - 1) {
        int pause = line.kind() == Line.Kind.HEADLINE ? pauses.afterHeadline() : pauses.betweenParagraphs();
        parts.add(silence(pause, rate));
      }
    }
    parts.add(silence(last ? pauses.betweenParagraphs() : pauses.betweenStories() - pauses.leadIn(), rate));
    return new SpokenChapter(chapter.title(), chapter.sectionIndex(), rate, parts);
  }

  private short[] say(ScriptChapter chapter, Line line) throws SynthesisException {
    Document document = MaryXml.line(line.kind(), normalizer.spoken(line.text()), voice);
    try {
      return engine.speak(document);
    } catch (SynthesisException e) {
      throw e.inChapter(chapter.title());
    }
  }

  private static SpokenChapter.Silence silence(int millis, int rate) {
    return new SpokenChapter.Silence((int) ((long) millis * rate / 1000));
  }

  /** Cuts the engine's leading and trailing silence down to a short margin. */
  static short[] trim(short[] samples, int rate) {
    int start = 0;
    while (start < samples.length && Math.abs(samples[start]) < SILENCE_THRESHOLD) {
      start++;
    }
    if (start == samples.length) {
      return new short[0];
    }
    int end = samples.length - 1;
    while (end > start && Math.abs(samples[end]) < SILENCE_THRESHOLD) {
      end--;
    }
    int margin = rate * EDGE_MARGIN_MS / 1000;
    int from = Math.max(0, start - margin);
    int to = Math.min(samples.length, end + 1 + margin);
    return Arrays.copyOfRange(samples, from, to);
  }
}
