package org.editionaudio.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.editionaudio.audio.ClipWriter;
import org.editionaudio.speech.Normalizer;
import org.editionaudio.speech.Preview;
import org.editionaudio.speech.SpeechEngine;
import org.editionaudio.speech.VoiceProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import org.editionaudio.common.ExitCode;

/** {@code say}: one text as it will be spoken, as words or as audio. */
@Command(name = "say", description = "Preview a text: print the words as they will be spoken, or speak it to a WAV or MP3 file.")
final class SayCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand EditionAudio root;

  @Parameters(paramLabel = "TEXT", arity = "1..*", description = "The text (arguments are joined with spaces), or - for standard input.")
  List<String> text;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", converter = NonEmptyPath.class,
      description = "Speak the text into FILE, a .wav or .mp3.")
  Path output;

  @Option(names = "--words", description = "Print the words as they will be spoken, on one line (the default without -o).")
  boolean words;

  @Mixin VoiceOption voice;

  @Mixin LexiconOptions lexicon;

  @Mixin VerboseOption verbose;

  @Override
  public Integer call() throws Exception {
    String said = text.equals(List.of("-"))
        ? new String(root.stdin().readAllBytes(), StandardCharsets.UTF_8)
        : String.join(" ", text);
    if (said.isBlank()) {
      throw new UsageException("say: the text is empty — give the words to say");
    }
    String extension = output == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
    if (output != null && !extension.endsWith(".wav") && !extension.endsWith(".mp3")) {
      throw new UsageException("say: " + output + " is neither a .wav nor an .mp3 file");
    }
    VoiceProfile profile = voice.load(lexicon.voices());
    Normalizer normalizer = new Normalizer(lexicon.lexicon());
    PrintWriter out = spec.commandLine().getOut();
    try (SpeechEngine engine = root.engines(verbose.verbose).start(profile, 0)) {
      Preview preview = new Preview(engine, profile, normalizer);
      if (words || output == null) {
        out.println(String.join(" ", preview.words(said)));
      }
      if (output != null) {
        short[] samples = preview.speak(said);
        ClipWriter.write(samples, preview.sampleRate(), output);
        out.println(output + ": " + Durations.elapsed(samples.length * 1000L / preview.sampleRate()) + " of speech");
      }
    }
    out.flush();
    return ExitCode.OK.code();
  }
}
