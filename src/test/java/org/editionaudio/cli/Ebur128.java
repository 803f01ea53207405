package org.editionaudio.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.editionaudio.audio.Ffmpeg;

/** ffmpeg's EBU R128 meter run on a file, its summary read here, apart from the code under test. */
final class Ebur128 {
  private Ebur128() {}

  /** {integrated LUFS, true peak dBTP} of a file. */
  static double[] measure(Path file) throws Exception {
    String report = Ffmpeg.bundled().report(List.of("-i", file.toString(), "-af", "ebur128=peak=true:framelog=verbose",
        "-f", "null", "-"), file);
    String summary = report.substring(report.lastIndexOf("Summary:"));
    Matcher integrated = Pattern.compile("I:\\s+(-?[0-9.]+) LUFS").matcher(summary);
    Matcher peak = Pattern.compile("True peak:\\s+Peak:\\s+(-?[0-9.]+) dBFS").matcher(summary);
    if (!integrated.find() || !peak.find()) {
      throw new AssertionError("no ebur128 summary in: " + summary);
    }
    return new double[] {Double.parseDouble(integrated.group(1)), Double.parseDouble(peak.group(1))};
  }
}
