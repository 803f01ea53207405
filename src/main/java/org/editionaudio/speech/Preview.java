package org.editionaudio.speech;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.w3c.dom.Document;

/** What will be said, without making a whole edition: the spoken words of a text, its audio, the words MaryTTS guesses. */
public final class Preview {
  private final SpeechEngine engine;
  private final VoiceProfile voice;
  private final Normalizer normalizer;

  /**
   * A word that no lexicon knows and that MaryTTS will pronounce by its letter-to-sound rules.
   *
   * @param word the word
   * @param count how often the text has it
   * @param guess MaryTTS's guess, in its phones; "" when it cannot say the word at all
   */
  public record UnknownWord(String word, int count, String guess) {
    /** Requires a word seen at least once. */
    public UnknownWord {
      Objects.requireNonNull(word, "word");
      Objects.requireNonNull(guess, "guess");
      if (count < 1) {
        throw new IllegalArgumentException("an unknown word is seen at least once");
      }
    }
  }

  /** A preview that speaks through {@code engine} as {@link Synthesizer} would. */
  public Preview(SpeechEngine engine, VoiceProfile voice, Normalizer normalizer) {
    this.engine = engine;
    this.voice = voice;
    this.normalizer = normalizer;
  }

  /** The words of {@code text} as they will be spoken, after our normalization and MaryTTS's own. */
  public List<String> words(String text) throws SynthesisException {
    return tokens(text).stream().map(SpokenWords.Token::text).toList();
  }

  /**
   * The words of {@code text} as they will be spoken, with their phonemes and how MaryTTS found them.
   * Like an edition, the text goes to MaryTTS one sentence at a time ({@link Sentences}), so a long
   * text costs what its sentences cost.
   */
  public List<SpokenWords.Token> tokens(String text) throws SynthesisException {
    List<SpokenWords.Token> tokens = new ArrayList<>();
    for (String sentence : Sentences.split(text)) {
      tokens.addAll(SpokenWords.tokens(analysis(sentence)));
    }
    return tokens;
  }

  /** MaryTTS's analysis of {@code text} after our normalization, down to phonemes. */
  public Document analysis(String text) throws SynthesisException {
    return engine.analyze(document(ScriptLine.Kind.PARAGRAPH, text), "PHONEMES");
  }

  /**
   * The audio of {@code text} as one paragraph of an edition: each sentence spoken on its own,
   * trimmed, with the standard pause between sentences.
   */
  public short[] speak(String text) throws SynthesisException {
    int rate = engine.sampleRate();
    int pause = Pacing.samples(Pauses.STANDARD.betweenSentences(), rate);
    List<short[]> clips = new ArrayList<>();
    int length = 0;
    for (String sentence : Sentences.split(text)) {
      short[] clip = EdgeTrimmer.trim(engine.speak(document(ScriptLine.Kind.PARAGRAPH, sentence)), rate).samples();
      clips.add(clip);
      length += clip.length;
    }
    short[] samples = new short[length + pause * Math.max(0, clips.size() - 1)];
    int at = 0;
    for (short[] clip : clips) {
      System.arraycopy(clip, 0, samples, at, clip.length);
      at += clip.length + pause;
    }
    return samples;
  }

  /** Samples per second of {@link #speak}. */
  public int sampleRate() {
    return engine.sampleRate();
  }

  /**
   * The words of {@code texts} that MaryTTS will guess by rule, most frequent first. A possessive
   * counts for its word ("Goita's" for "Goita"), and is left out when MaryTTS knows the word.
   */
  public List<UnknownWord> unknown(List<String> texts) throws SynthesisException {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String text : texts) {
      if (text.isBlank()) {
        continue;
      }
      for (SpokenWords.Token token : tokens(text)) {
        if (token.guessed()) {
          counts.merge(token.text().replaceFirst("'s?$", ""), 1, Integer::sum);
        }
      }
    }
    if (counts.isEmpty()) {
      return List.of();
    }
    // The stems, each its own phrase, tell which words MaryTTS really does not know.
    Map<String, SpokenWords.Token> stems = new LinkedHashMap<>();
    String list = String.join(". ", counts.keySet()) + ".";
    Document analysis = MaryXml.line(ScriptLine.Kind.PARAGRAPH, list, voice);
    for (SpokenWords.Token token : SpokenWords.tokens(engine.analyze(analysis, "PHONEMES"))) {
      stems.putIfAbsent(token.text(), token);
    }
    List<UnknownWord> unknown = new ArrayList<>();
    counts.forEach((word, count) -> {
      SpokenWords.Token token = stems.get(word);
      if (token == null || token.guessed()) {
        unknown.add(new UnknownWord(word, count, token == null ? "" : token.phonemes()));
      }
    });
    unknown.sort(Comparator.comparingInt(UnknownWord::count).reversed().thenComparing(UnknownWord::word));
    return List.copyOf(unknown);
  }

  private Document document(ScriptLine.Kind kind, String text) {
    return MaryXml.line(kind, normalizer.spoken(text), voice);
  }
}
