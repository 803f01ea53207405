package org.editionaudio.audio;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Measures integrated loudness and true peak with ffmpeg's EBU R128 meter ({@code ebur128}). */
public final class LoudnessMeter {
  private static final Pattern INTEGRATED = Pattern.compile("(?s)Integrated loudness:\\s*I:\\s*(-?[\\d.]+|-inf) LUFS");
  private static final Pattern TRUE_PEAK = Pattern.compile("(?s)True peak:\\s*Peak:\\s*(-?[\\d.]+|-inf) dBFS");

  /**
   * A measurement.
   *
   * @param integratedLufs integrated loudness; -70 (the meter's floor) for silence
   * @param truePeakDbtp true peak (or, measured on the way in Java, the sample peak); -120 for silence
   */
  public record Measurement(double integratedLufs, double truePeakDbtp) {}

  private static final String METER = "ebur128=peak=true:framelog=verbose";

  private final Ffmpeg ffmpeg;

  /** A meter running the given ffmpeg. */
  public LoudnessMeter(Ffmpeg ffmpeg) {
    this.ffmpeg = ffmpeg;
  }

  /** The ffmpeg this meter runs. */
  Ffmpeg ffmpeg() {
    return ffmpeg;
  }

  /** Measures raw 16-bit mono PCM. */
  public Measurement pcm(Path pcm, int sampleRate) throws EncodingException {
    return measure(Ffmpeg.rawInput(pcm, sampleRate), pcm);
  }

  /** Measures an audio file as a player decodes it. */
  public Measurement file(Path file) throws EncodingException {
    return measure(List.of("-i", file.toString()), file);
  }

  /**
   * ffmpeg arguments that measure an encoded stream of {@code format} read from standard input as a
   * player decodes it: the decoder's first {@code lead} samples, which a player skips by the file's
   * header, are left out; read the result with {@link #parse}.
   */
  static List<String> streamArguments(String format, int lead) {
    return List.of("-f", format, "-i", "pipe:0", "-af", "atrim=start_sample=" + lead + "," + METER, "-f", "null", "-");
  }

  /** The measurement in a report that ffmpeg printed for {@link #streamArguments}. */
  static Measurement parse(String report, Path subject) throws EncodingException {
    return new Measurement(value(INTEGRATED, report, -70, subject), value(TRUE_PEAK, report, -120, subject));
  }

  private Measurement measure(List<String> input, Path subject) throws EncodingException {
    List<String> arguments = new ArrayList<>(input);
    arguments.addAll(List.of("-af", METER, "-f", "null", "-"));
    return parse(ffmpeg.report(arguments, subject), subject);
  }

  private static double value(Pattern pattern, String report, double floor, Path subject) throws EncodingException {
    Matcher m = pattern.matcher(report);
    if (!m.find()) {
      throw new EncodingException(subject, "ffmpeg's loudness meter printed no summary", null);
    }
    return m.group(1).equals("-inf") ? floor : Math.max(floor, Double.parseDouble(m.group(1)));
  }
}
