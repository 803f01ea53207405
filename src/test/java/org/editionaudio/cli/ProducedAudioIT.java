package org.editionaudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.editionaudio.audio.Mp3Inspection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Intro, sting and outro files at another rate, in stereo, placed into the program and its chapters. */
class ProducedAudioIT {

  /** A stereo 44.1 kHz WAV of a tone at -12 dBFS. */
  private static Path wav(Path file, double seconds, double hz) throws Exception {
    AudioFormat format = new AudioFormat(44_100, 16, 2, true, false);
    int frames = (int) (seconds * 44_100);
    ByteBuffer bytes = ByteBuffer.allocate(frames * 4).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < frames; i++) {
      short s = (short) (8200 * Math.sin(2 * Math.PI * hz * i / 44_100));
      bytes.putShort(s).putShort(s);
    }
    AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(bytes.array()), format, frames),
        AudioFileFormat.Type.WAVE, file.toFile());
    return file;
  }

  @Test
  void producedAudioSitsAroundTheStoriesAndChapterTimesAccountForIt(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("generate", "fixtures/editions/morning-briefing.html", "-o", out.toString(), "--json",
        "--intro-audio", wav(dir.resolve("intro.wav"), 3.0, 440).toString(),
        "--sting", wav(dir.resolve("sting.wav"), 1.0, 880).toString(),
        "--outro-audio", wav(dir.resolve("outro.wav"), 2.0, 330).toString());
    assertEquals(0, run.exitCode(), run.err());
    JsonNode manifest = new ObjectMapper().readTree(run.out());
    Mp3Inspection mp3 = Mp3Inspection.of(out.resolve("edition.mp3"));
    short[] audio = mp3.decode(out.resolve("edition.mp3"));
    int perMs = mp3.sampleRate / 1000;

    assertEquals(5, mp3.chapters.size());
    assertEquals(0, mp3.chapters.get(0).startMs());
    assertEquals(mp3.durationMs(), mp3.chapters.get(4).endMs(), 30.0);
    List<Long> starts = new ArrayList<>();
    manifest.get("chapters").forEach(c -> starts.add(c.get("startMs").asLong()));
    assertEquals(mp3.chapters.stream().map(Mp3Inspection.Chap::startMs).toList(), starts);

    assertTrue(Mp3Inspection.rmsDbfs(audio, 500 * perMs, 2500 * perMs) > -30, "the intro plays first");
    long firstSpeech = manifest.get("sections").get(0).get("sentences").get(0).get("startMs").asLong();
    assertTrue(firstSpeech > 3000, "the speech comes after the intro: " + firstSpeech);
    for (int i = 1; i < mp3.chapters.size(); i++) {
      int start = (int) mp3.chapters.get(i).startMs() * perMs;
      assertTrue(Mp3Inspection.rmsDbfs(audio, start - 1300 * perMs, start - 500 * perMs) > -30,
          "a sting plays before chapter " + i);
      assertTrue(Mp3Inspection.rmsDbfs(audio, start - 350 * perMs, start - 40 * perMs) < -55,
          "and the chapter starts in silence after it");
    }
    int end = audio.length;
    assertTrue(Mp3Inspection.rmsDbfs(audio, end - 2300 * perMs, end - 600 * perMs) > -30, "the outro plays last");
    double[] loudness = Ebur128.measure(out.resolve("edition.mp3"));
    assertEquals(-16.0, loudness[0], 1.0, "one gain for speech and music alike");
    assertTrue(loudness[1] <= -1.0, "true peak " + loudness[1]);
  }

  @Test
  void aMissingAudioFileIsAUsageErrorBeforeSynthesis(@TempDir Path dir) {
    CliRun run = CliRun.of("generate", "fixtures/bad/headline-specials.json", "-o", dir.resolve("o").toString(),
        "--sting", dir.resolve("no-such.wav").toString());
    assertEquals(2, run.exitCode(), run.err());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.err().contains("no-such.wav"), run.err());
    assertTrue(run.err().startsWith("edition-audio: "), "fails before starting MaryTTS: " + run.err());
  }
}
