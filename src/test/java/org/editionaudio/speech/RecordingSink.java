package org.editionaudio.speech;

import java.util.ArrayList;
import java.util.List;

/** Records what a synthesizer hands on: "chapter:Title", "speech:text" with its samples, "silence:N". */
final class RecordingSink implements Synthesizer.Sink<RuntimeException> {
  final List<String> events = new ArrayList<>();
  final List<short[]> audio = new ArrayList<>();

  @Override
  public void chapter(ScriptChapter chapter) {
    events.add("chapter:" + chapter.title());
  }

  @Override
  public void speech(Utterance utterance, Clip clip) {
    events.add("speech:" + utterance.text());
    audio.add(clip.samples());
  }

  @Override
  public void silence(int samples) {
    events.add("silence:" + samples);
    audio.add(new short[samples]);
  }
}
