package org.editionaudio.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled ffmpeg's gain and limiter, and the loudness they reach, measured by ffmpeg's ebur128. */
class MasteringIT {
  private static final int RATE = 48_000;

  /** A speech-like test signal: 300 ms bursts of a 220 Hz tone at -20 dBFS, some with a full-scale click. */
  private static short[] signal(int seconds) {
    short[] samples = new short[seconds * RATE];
    for (int i = 0; i < samples.length; i++) {
      int inBurst = i % (RATE / 2);
      if (inBurst < RATE * 3 / 10) {
        samples[i] = (short) (3277 * Math.sin(2 * Math.PI * 220 * i / RATE));
        if (inBurst == 1000 && (i / (RATE / 2)) % 7 == 0) {
          samples[i] = 32000;
        }
      }
    }
    return samples;
  }

  private static Path write(short[] samples, Path file) throws IOException {
    ByteBuffer bytes = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
    for (short s : samples) {
      bytes.putShort(s);
    }
    return Files.write(file, bytes.array());
  }

  private static short[] read(Path file) throws IOException {
    ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
    short[] samples = new short[bytes.remaining() / 2];
    for (int i = 0; i < samples.length; i++) {
      samples[i] = bytes.getShort();
    }
    return samples;
  }

  @Test
  void theLimiterMovesNoSample(@TempDir Path dir) throws Exception {
    Ffmpeg ffmpeg = Ffmpeg.bundled();
    short[] input = signal(20);
    Path in = write(input, dir.resolve("in.pcm"));
    Path out = dir.resolve("out.pcm");
    ffmpeg.run(List.of("-f", "s16le", "-ar", "48000", "-ac", "1", "-i", in.toString(),
        "-af", Mastering.filter(0.0, -6.0, RATE), "-f", "s16le", "-ar", "48000", "-ac", "1", out.toString()), out);
    short[] output = read(out);
    assertEquals(input.length, output.length, "no sample gained or lost");
    int untouched = 0;
    int quiet = 0;
    for (int i = 0; i < input.length; i++) {
      boolean clickBurst = (i / (RATE / 2)) % 7 == 0;
      if (!clickBurst) {
        quiet++;
        if (Math.abs(input[i] - output[i]) <= 1) {
          untouched++;
        }
      }
    }
    assertTrue(quiet > input.length / 2);
    assertEquals(quiet, untouched, "every sample of the bursts without a click is in place, unchanged");
    for (int i = 0; i < input.length; i++) {
      assertTrue(Math.abs(output[i]) <= 32768 * Math.pow(10, -6.0 / 20) * 1.02, "peak limited at " + i);
    }
  }

  @Test
  void reachesTheTargetOnTheEncodedFile(@TempDir Path dir) throws Exception {
    Ffmpeg ffmpeg = Ffmpeg.bundled();
    short[] input = signal(30);
    Path pcm = write(input, dir.resolve("program.pcm"));
    Program program = new Program(pcm, RATE, input.length,
        List.of(new Chapter("All", 0, 0, input.length, RATE)), List.of());
    Path mp3 = dir.resolve("program.mp3");
    Loudness loudness = new Mastering(new Mp3Encoder(ffmpeg, 64), new LoudnessMeter(ffmpeg))
        .master(program, new Tags("t", null, null, null, null, null), mp3, LoudnessTarget.SPOKEN_WORD);
    LoudnessMeter.Measurement independent = new LoudnessMeter(ffmpeg).file(mp3);
    assertEquals(-16.0, independent.integratedLufs(), 1.0);
    assertTrue(independent.truePeakDbtp() <= -1.0, "true peak " + independent.truePeakDbtp());
    assertEquals(independent.integratedLufs(), loudness.integratedLufs(), 0.01);
    assertTrue(loudness.meetsTarget());
    assertTrue(loudness.gainDb() > 3, "the quiet signal was brought up: " + loudness.gainDb());
  }
}
