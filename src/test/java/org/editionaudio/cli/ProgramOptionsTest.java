package org.editionaudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.editionaudio.pipeline.JobSettings;
import org.editionaudio.edition.ProfileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ProgramOptionsTest {
  /** Options as picocli sets them from {@code args}. */
  private static ProgramOptions parse(String... args) {
    @CommandLine.Command(name = "t")
    class Holder {
      @CommandLine.Mixin ProgramOptions program;
    }
    Holder holder = new Holder();
    new CommandLine(holder).parseArgs(args);
    return holder.program;
  }

  @Test
  void producedAudioComesFromTheProfileUnlessAnOptionGivesIt(@TempDir Path dir) throws Exception {
    Path sounds = Files.createDirectories(dir.resolve("sounds"));
    Files.writeString(sounds.resolve("intro.wav"), "x");
    Files.writeString(sounds.resolve("sting.mp3"), "x");
    Path profile = Files.writeString(dir.resolve("paper.properties"),
        "publication = The Paper\nintro-audio = sounds/intro.wav\nsting = sounds/sting.mp3\n");
    JobSettings fromProfile = parse("--profile", profile.toString()).settings();
    assertEquals(sounds.resolve("intro.wav"), fromProfile.produced().intro());
    assertEquals(sounds.resolve("sting.mp3"), fromProfile.produced().sting());
    assertNull(fromProfile.produced().outro());
    assertNull(fromProfile.cover());

    Path mine = Files.writeString(dir.resolve("mine.wav"), "x");
    JobSettings overridden = parse("--profile", profile.toString(), "--sting", mine.toString()).settings();
    assertEquals(mine, overridden.produced().sting(), "the option wins");
    assertEquals(sounds.resolve("intro.wav"), overridden.produced().intro());
  }

  @Test
  void aProfileNamingAMissingFileIsAUsageError(@TempDir Path dir) throws Exception {
    Path profile = Files.writeString(dir.resolve("p.properties"), "outro-audio = nowhere.wav\n");
    ProfileException e = assertThrows(ProfileException.class, () -> parse("--profile", profile.toString()).settings());
    assertTrue(e.getMessage().contains("outro-audio: no such file"), e.getMessage());
  }
}
