package org.editionaudio.audio;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Brings the whole program to its loudness target in the encoder's one pass: one linear gain for
 * everything (speech, intro, stings, outro), and, only when that gain would push peaks over the
 * true-peak limit, a look-ahead limiter that catches those isolated peaks (no compression, no
 * dynamic loudness normalization, so nothing pumps). The codec itself changes loudness (at 64
 * kbit/s MP3 takes about half a LU off MaryTTS's voice), so a 30-second excerpt is first encoded
 * with the same gain and limiter to learn by how much; the full program is then usually encoded
 * once. Nothing is carried from one program to the next, so that an edition's audio never depends
 * on the editions mastered before it. The encoded file is
 * measured, and encoded again with a corrected gain or limit if it missed. An MP3 is usually
 * encoded while it is spoken ({@link LiveMastering}) and only checked here. One thread at a time.
 */
public final class Mastering {
  // Headroom for what the limiter cannot see: peaks between samples and the MP3 codec's overshoot.
  private static final double LIMITER_HEADROOM_DB = 0.5;
  // ffmpeg's meter prints tenths: -16.3 is within 0.3 LU of -16 although -16.3 + 16 is not 0.3 in doubles.
  private static final double LOUDNESS_TOLERANCE_LU = 0.3 + 1e-9;
  private static final int MAX_ENCODES = 3;
  private static final int LOOK_AHEAD_MS = 5;
  private static final int EXCERPT_SECONDS = 30;

  private final AudioEncoder encoder;
  private final LoudnessMeter meter;

  /** Mastering that encodes with {@code encoder} and measures with {@code meter}. */
  public Mastering(AudioEncoder encoder, LoudnessMeter meter) {
    this.encoder = encoder;
    this.meter = meter;
  }

  /** Encodes the program to {@code output} at {@code target} and returns what the file measures. */
  public Loudness master(Program program, Tags tags, Path output, LoudnessTarget target) throws EncodingException {
    return master(program, tags, output, target, null);
  }

  /**
   * Starts encoding a program while its samples are still being made: hand the returned listener
   * to the {@link Timeline}, and the same object to {@link #master(Program, Tags, Path, LoudnessTarget,
   * LiveMastering)} once the timeline is finished. For a format that cannot be encoded that way it
   * takes the samples and does nothing.
   */
  public LiveMastering live(int sampleRate, Tags tags, LoudnessTarget target) {
    return LiveMastering.start(this, encoder, sampleRate, tags, target);
  }

  /**
   * As {@link #master(Program, Tags, Path, LoudnessTarget)}, keeping what {@code live} (or null)
   * encoded while the program was made when its in-stream measurement is on the target: then no
   * further pass is needed. Otherwise what it measured corrects the gain of the next encode.
   */
  public Loudness master(Program program, Tags tags, Path output, LoudnessTarget target, LiveMastering live)
      throws EncodingException {
    LoudnessMeter.Measurement source =
        program.source() != null ? program.source() : meter.pcm(program.pcm(), program.sampleRate());
    double gain = target.integratedLufs() - source.integratedLufs();
    double ceiling = target.truePeakDbtp() - LIMITER_HEADROOM_DB;
    LiveMastering.Outcome streamed = live == null ? null : live.end();
    if (streamed != null) {
      LoudnessMeter.Measurement measured = streamed.measured();
      gain = streamed.gainDb();
      double loudnessError = target.integratedLufs() - measured.integratedLufs();
      double peakExcess = measured.truePeakDbtp() - target.truePeakDbtp();
      if (Math.abs(loudnessError) <= LOUDNESS_TOLERANCE_LU && peakExcess <= 0) {
        live.write(program, output);
        return new Loudness(measured.integratedLufs(), measured.truePeakDbtp(), target, gain,
            source.truePeakDbtp() + gain > ceiling);
      }
      gain += loudnessError;
      if (peakExcess > 0) {
        ceiling -= peakExcess + 0.2;
      }
    } else if (program.samples() > 3L * EXCERPT_SECONDS * program.sampleRate()) {
      boolean limit = source.truePeakDbtp() + gain > ceiling;
      long length = (long) EXCERPT_SECONDS * program.sampleRate();
      Setting setting = new Setting(gain, limit ? ceiling : null);
      gain += excerptShortfall(program.pcm(), (program.samples() - length) / 2, length, program.sampleRate(), tags,
          excerpt -> setting);
    }
    Loudness result = null;
    for (int attempt = 1; attempt <= MAX_ENCODES; attempt++) {
      boolean limit = source.truePeakDbtp() + gain > ceiling;
      encoder.encode(program, tags, output, filter(gain, limit ? ceiling : null, program.sampleRate()));
      LoudnessMeter.Measurement measured = meter.file(output);
      result = new Loudness(measured.integratedLufs(), measured.truePeakDbtp(), target, gain, limit);
      double loudnessError = target.integratedLufs() - measured.integratedLufs();
      double peakExcess = measured.truePeakDbtp() - target.truePeakDbtp();
      if (Math.abs(loudnessError) <= LOUDNESS_TOLERANCE_LU && peakExcess <= 0) {
        return result;
      }
      gain += loudnessError;
      if (peakExcess > 0) {
        ceiling -= peakExcess + 0.2;
      }
    }
    return result;
  }

  /**
   * What the codec takes off the loudness of a live encoding, measured on the first {@code samples}
   * of {@code prefix} encoded at the gain their own loudness asks for. Called from the live
   * encoding's thread while the caller's is speaking.
   */
  double codecShortfall(Path prefix, long samples, int sampleRate, Tags tags, LoudnessTarget target)
      throws EncodingException {
    double ceiling = target.truePeakDbtp() - LIMITER_HEADROOM_DB;
    return excerptShortfall(prefix, 0, samples, sampleRate, tags, loudness -> {
      double gain = target.integratedLufs() - loudness.integratedLufs();
      return new Setting(gain, loudness.truePeakDbtp() + gain > ceiling ? ceiling : null);
    });
  }

  /** A gain, and the limiter's ceiling or null for none. */
  private record Setting(double gainDb, Double ceilingDbfs) {}

  /**
   * The filter of a live encoding: the gain and, since the peaks of what is still to come are not
   * known, always the limiter, which leaves every sample under its ceiling untouched.
   */
  static String liveFilter(double gainDb, LoudnessTarget target, int sampleRate) {
    return filter(gainDb, target.truePeakDbtp() - LIMITER_HEADROOM_DB, sampleRate);
  }

  LoudnessMeter meter() {
    return meter;
  }

  /**
   * How much quieter than intended the limiter and the codec leave {@code length} samples of
   * {@code pcm} from sample {@code from} on: their loudness before mastering (measured here, as
   * they are copied) plus the gain, minus their loudness once encoded with the gain and limiter that
   * {@code setting} gives for that loudness.
   */
  private double excerptShortfall(Path source, long from, long length, int rate, Tags tags,
      java.util.function.Function<LoudnessMeter.Measurement, Setting> setting) throws EncodingException {
    Path pcm = null;
    Path encoded = null;
    try {
      pcm = Scratch.file("edition-audio-excerpt-", ".pcm");
      encoded = Scratch.file("edition-audio-excerpt-", "." + encoder.format().extension());
      LoudnessAccumulator raw = new LoudnessAccumulator(rate);
      try (java.nio.channels.FileChannel in = java.nio.channels.FileChannel.open(source);
          java.nio.channels.FileChannel out = java.nio.channels.FileChannel.open(pcm,
              java.nio.file.StandardOpenOption.WRITE)) {
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate((int) (2 * length))
            .order(java.nio.ByteOrder.LITTLE_ENDIAN);
        in.read(bytes, 2 * from);
        bytes.flip();
        short[] samples = new short[bytes.remaining() / 2];
        bytes.asShortBuffer().get(samples);
        raw.add(samples, 0, samples.length);
        bytes.rewind();
        out.write(bytes);
      }
      long count = java.nio.file.Files.size(pcm) / 2;
      Program excerpt = new Program(pcm, rate, count, java.util.List.of(new Chapter("excerpt", 0, 0, count, rate)),
          java.util.List.of());
      Setting chosen = setting.apply(new LoudnessMeter.Measurement(raw.integratedLufs(), raw.samplePeakDbfs()));
      encoder.encode(excerpt, tags, encoded, filter(chosen.gainDb(), chosen.ceilingDbfs(), rate));
      return raw.integratedLufs() + chosen.gainDb() - meter.file(encoded).integratedLufs();
    } catch (java.io.IOException e) {
      throw new EncodingException(null, "cannot write a temporary excerpt (" + e.getMessage() + ")", e);
    } finally {
      Scratch.delete(pcm);
      Scratch.delete(encoded);
    }
  }

  /**
   * ffmpeg filter: the gain, then the limiter when there is a ceiling. ffmpeg 4.4's alimiter
   * delays its output by one sample less than its look-ahead and drops as much at the end; padding
   * the end and trimming the start by that many samples keeps every sample, and so every chapter
   * time, in place (MasteringIT checks this against the bundled ffmpeg).
   */
  static String filter(double gainDb, Double ceilingDbfs, int sampleRate) {
    String volume = String.format(Locale.ROOT, "volume=%.2fdB", gainDb);
    if (ceilingDbfs == null) {
      return volume;
    }
    double limit = Math.pow(10, ceilingDbfs / 20);
    int delay = sampleRate * LOOK_AHEAD_MS / 1000 - 1;
    // No auto level: it would undo the gain.
    return String.format(Locale.ROOT,
        "apad=pad_len=%d,%s,alimiter=limit=%.5f:attack=%d:release=50:asc=0:level=0,atrim=start_sample=%d",
        delay, volume, limit, LOOK_AHEAD_MS, delay);
  }
}
