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
  private static final String WAV_HEADER = "RIFF\0\0\0\0WAVE";

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
    Files.writeString(sounds.resolve("intro.wav"), WAV_HEADER);
    Files.writeString(sounds.resolve("sting.mp3"), "ID3");
    Path profile = Files.writeString(dir.resolve("paper.properties"),
        "publication = The Paper\nintro-audio = sounds/intro.wav\nsting = sounds/sting.mp3\n");
    JobSettings fromProfile = parse("--profile", profile.toString()).settings();
    assertEquals(sounds.resolve("intro.wav"), fromProfile.produced().intro());
    assertEquals(sounds.resolve("sting.mp3"), fromProfile.produced().sting());
    assertNull(fromProfile.produced().outro());
    assertNull(fromProfile.cover());

    Path mine = Files.writeString(dir.resolve("mine.wav"), WAV_HEADER);
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

  @Test
  void notANumberIsRefusedForLoudnessAndTruePeak() {
    UsageException loudness = assertThrows(UsageException.class, () -> parse("--loudness", "NaN").settings());
    assertTrue(loudness.getMessage().contains("NaN"), loudness.getMessage());
    assertThrows(UsageException.class, () -> parse("--true-peak", "NaN").settings());
    assertThrows(UsageException.class, () -> parse("--true-peak", "Infinity").settings());
  }

  @Test
  void producedAudioThatIsMissingOrNotAudioIsAUsageError(@TempDir Path dir) throws Exception {
    Path text = Files.writeString(dir.resolve("notes.wav"), "these are not samples");
    for (String option : new String[] {"--intro-audio", "--sting", "--outro-audio"}) {
      UsageException missing = assertThrows(UsageException.class,
          () -> parse(option, dir.resolve("none.wav").toString()).settings());
      assertEquals(option + " " + dir.resolve("none.wav") + ": no such file — give a WAV or MP3 file",
          missing.getMessage());
      UsageException notAudio = assertThrows(UsageException.class, () -> parse(option, text.toString()).settings());
      assertTrue(notAudio.getMessage().endsWith(": not a WAV or MP3 file — give a WAV or MP3 file"),
          notAudio.getMessage());
    }
  }

  @Test
  void aTruncatedPngCoverIsAUsageError(@TempDir Path dir) throws Exception {
    java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(300, 200,
        java.awt.image.BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 300; x++) {
      for (int y = 0; y < 200; y++) {
        image.setRGB(x, y, x * 7919 + y * 104729);
      }
    }
    java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageIO.write(image, "png", png);
    Path whole = Files.write(dir.resolve("whole.png"), png.toByteArray());
    assertEquals(300, parse("--cover", whole.toString()).settings().cover().width());
    Path truncated = Files.write(dir.resolve("cut.png"),
        java.util.Arrays.copyOf(png.toByteArray(), png.size() / 2));
    org.editionaudio.audio.CoverException e = assertThrows(org.editionaudio.audio.CoverException.class,
        () -> parse("--cover", truncated.toString()).settings());
    assertTrue(e.getMessage().contains("not a readable PNG image"), e.getMessage());
  }
}
