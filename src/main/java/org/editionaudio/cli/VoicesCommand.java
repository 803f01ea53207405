package org.editionaudio.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.editionaudio.speech.VoiceProfile;
import org.editionaudio.speech.Voices;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import org.editionaudio.common.ExitCode;

/** {@code voices}: the voice profiles that ship with the tool. */
@Command(name = "voices", description = "Show the voices folder in use, its lexicon, and its voice profiles with the MaryTTS voices they use.")
final class VoicesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin VoicesOptions voices;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Voices folder = voices.voices();
    out.println("Voices folder: " + folder.describe());
    out.println("Lexicon: " + folder.source("lexicon.pls"));
    for (VoiceProfile profile : VoiceProfile.listed(folder)) {
      out.printf("%-10s %-14s rate %s, headlines %s, pitch %s — %s%s%n",
          profile.name(), profile.maryVoice(), profile.rate(), profile.headlineRate(), profile.pitch(),
          profile.description(), profile.name().equals(VoiceProfile.DEFAULT) ? " (default)" : "");
    }
    out.flush();
    return ExitCode.OK.code();
  }
}
