package org.editionaudio.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.editionaudio.speech.VoiceProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import org.editionaudio.common.ExitCode;

/** {@code voices}: the voice profiles that ship with the tool. */
@Command(name = "voices", description = "List the voice profiles and the MaryTTS voices they use.")
final class VoicesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    for (VoiceProfile profile : VoiceProfile.builtIn()) {
      out.printf("%-10s %-14s rate %s, headlines %s, pitch %s — %s%s%n",
          profile.name(), profile.maryVoice(), profile.rate(), profile.headlineRate(), profile.pitch(),
          profile.description(), profile.name().equals(VoiceProfile.DEFAULT) ? " (default)" : "");
    }
    out.flush();
    return ExitCode.OK.code();
  }
}
