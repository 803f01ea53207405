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
    Loudness loudness = mp3Mastering(ffmpeg)
        .master(program, new Tags("t", null, null, null, null, null), mp3, LoudnessTarget.SPOKEN_WORD);
    LoudnessMeter.Measurement independent = new LoudnessMeter(ffmpeg).file(mp3);
    assertEquals(-16.0, independent.integratedLufs(), 1.0);
    assertTrue(independent.truePeakDbtp() <= -1.0, "true peak " + independent.truePeakDbtp());
    assertEquals(independent.integratedLufs(), loudness.integratedLufs(), 0.01);
    assertTrue(loudness.meetsTarget());
    assertTrue(loudness.gainDb() > 3, "the quiet signal was brought up: " + loudness.gainDb());
  }

  /** Feeds {@code samples} to a live encoding as a timeline would, starting it at 70 %; pauses between chunks when {@code slow}. */
  private static LiveMastering live(Mastering mastering, short[] samples, boolean slow) throws Exception {
    LiveMastering live = mastering.live(RATE, TAGS, LoudnessTarget.SPOKEN_WORD);
    ByteBuffer bytes = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
    for (short s : samples) {
      bytes.putShort(s);
    }
    byte[] all = bytes.array();
    int chunk = 4800 * 2;
    for (int at = 0; at < all.length; at += chunk) {
      live.samples(all, at, Math.min(chunk, all.length - at));
      if (at + chunk >= all.length * 7 / 10 && at < all.length * 7 / 10) {
        live.startEncoding(null);
      }
      if (slow && at % (20 * chunk) == 0) {
        Thread.sleep(15);
      }
    }
    return live;
  }

  private static final Tags TAGS = new Tags("t", null, null, null, null, null);

  /** Mastering to a 64 kbit/s MP3, measured by the same ffmpeg. */
  private static Mastering mp3Mastering(Ffmpeg ffmpeg) {
    return new Mastering(new Mp3Encoder(ffmpeg, 64), new LoudnessMeter(ffmpeg));
  }

  private static Program program(short[] input, Path dir) throws IOException {
    Path pcm = write(input, dir.resolve("program.pcm"));
    LoudnessAccumulator source = new LoudnessAccumulator(RATE);
    source.add(input, 0, input.length);
    return new Program(pcm, RATE, input.length, List.of(new Chapter("All", 0, 0, input.length, RATE)), List.of(),
        new LoudnessMeter.Measurement(source.integratedLufs(), source.samplePeakDbfs()));
  }

  @Test
  void aLiveEncodingOnTheTargetIsKeptAndMeasuresAsTheFileDoes(@TempDir Path dir) throws Exception {
    Ffmpeg ffmpeg = Ffmpeg.bundled();
    short[] input = signal(60);
    Program program = program(input, dir);
    Mastering mastering = mp3Mastering(ffmpeg);
    Path mp3 = dir.resolve("program.mp3");
    try (LiveMastering live = live(mastering, input, false)) {
      Loudness loudness = mastering.master(program, TAGS, mp3, LoudnessTarget.SPOKEN_WORD, live);
      LiveMastering.Outcome outcome = live.end();
      assertTrue(outcome != null, "the program was encoded live");
      assertEquals(outcome.gainDb(), loudness.gainDb(), 0.0, "the live encoding was kept, not encoded again");
      LoudnessMeter.Measurement independent = new LoudnessMeter(ffmpeg).file(mp3);
      assertEquals(independent.integratedLufs(), loudness.integratedLufs(), 0.01, "measured in-stream as in the file");
      assertEquals(independent.truePeakDbtp(), loudness.truePeakDbtp(), 0.01, "true peak in-stream as in the file");
      assertTrue(loudness.meetsTarget(), loudness.toString());
    }
    Mp3Inspection inspection = Mp3Inspection.of(mp3);
    assertTrue(inspection.file.hasXingFrame(), "LAME/Info header, written into the seekable file");
    assertEquals(inspection.walkedFrames - 1, inspection.frames, "the Info header counts the audio frames after it");
    assertEquals(input.length, inspection.decode(mp3).length, "every sample, no encoder delay or padding");
  }

  @Test
  void theLiveEncodingDoesNotDependOnHowFastTheSamplesCome(@TempDir Path dir) throws Exception {
    Ffmpeg ffmpeg = Ffmpeg.bundled();
    short[] input = signal(40);
    Program program = program(input, dir);
    byte[][] files = new byte[2][];
    for (int i = 0; i < 2; i++) {
      Mastering mastering = mp3Mastering(ffmpeg);
      Path mp3 = dir.resolve(i + ".mp3");
      try (LiveMastering live = live(mastering, input, i == 1)) {
        mastering.master(program, TAGS, mp3, LoudnessTarget.SPOKEN_WORD, live);
      }
      files[i] = Files.readAllBytes(mp3);
    }
    assertTrue(java.util.Arrays.equals(files[0], files[1]), "the same bytes at full speed and with pauses");
  }

  @Test
  void aLiveEncodingOffTheTargetIsEncodedAgainOnIt(@TempDir Path dir) throws Exception {
    Ffmpeg ffmpeg = Ffmpeg.bundled();
    short[] input = signal(60);
    // The last 40 % 12 dB louder than the 70 % that set the live gain.
    for (int i = input.length * 6 / 10; i < input.length; i++) {
      input[i] = (short) Math.max(-32768, Math.min(32767, input[i] * 4));
    }
    Program program = program(input, dir);
    Mastering mastering = mp3Mastering(ffmpeg);
    Path mp3 = dir.resolve("program.mp3");
    try (LiveMastering live = live(mastering, input, false)) {
      Loudness loudness = mastering.master(program, TAGS, mp3, LoudnessTarget.SPOKEN_WORD, live);
      LiveMastering.Outcome outcome = live.end();
      assertTrue(outcome != null && Math.abs(outcome.measured().integratedLufs() + 16) > 1.0,
          "the live encoding missed: " + outcome);
      LoudnessMeter.Measurement independent = new LoudnessMeter(ffmpeg).file(mp3);
      assertEquals(-16.0, independent.integratedLufs(), 1.0);
      assertTrue(independent.truePeakDbtp() <= -1.0, "true peak " + independent.truePeakDbtp());
      assertEquals(independent.integratedLufs(), loudness.integratedLufs(), 0.01);
      assertTrue(loudness.meetsTarget(), loudness.toString());
    }
  }

  @Test
  void aProgramThatEndsBeforeTheEncodingStartedIsEncodedLiveAtItsEnd(@TempDir Path dir) throws Exception {
    Ffmpeg ffmpeg = Ffmpeg.bundled();
    short[] input = signal(8);
    Program program = program(input, dir);
    Mastering mastering = mp3Mastering(ffmpeg);
    Path mp3 = dir.resolve("program.mp3");
    try (LiveMastering live = mastering.live(RATE, TAGS, LoudnessTarget.SPOKEN_WORD)) {
      byte[] bytes = Files.readAllBytes(program.pcm());
      live.samples(bytes, 0, bytes.length);
      Loudness loudness = mastering.master(program, TAGS, mp3, LoudnessTarget.SPOKEN_WORD, live);
      assertTrue(live.end() != null, "encoded when the samples ended");
      LoudnessMeter.Measurement independent = new LoudnessMeter(ffmpeg).file(mp3);
      assertEquals(independent.integratedLufs(), loudness.integratedLufs(), 0.01);
      assertTrue(loudness.meetsTarget(), loudness.toString());
    }
  }

  @Test
  void aLiveEncodingClosedBeforeItsEndStopsFfmpeg() throws Exception {
    Ffmpeg ffmpeg = Ffmpeg.bundled();
    short[] input = signal(40);
    Mastering mastering = mp3Mastering(ffmpeg);
    LiveMastering live = live(mastering, input, false);
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (ffmpegChildren() < 2 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertEquals(2, ffmpegChildren(), "the encoder and the meter run");
    live.close();
    assertEquals(0, ffmpegChildren(), "no ffmpeg left running");
  }

  private static long ffmpegChildren() {
    return ProcessHandle.current().children().filter(ProcessHandle::isAlive)
        .filter(p -> p.info().command().map(c -> c.contains("ffmpeg")).orElse(false)).count();
  }
}
