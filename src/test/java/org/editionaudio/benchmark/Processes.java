package org.editionaudio.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs the tool as a user would, a fresh process each time, and records wall time and peak memory. */
final class Processes {
  private static final Pattern HIGH_WATER = Pattern.compile("VmHWM:\\s+(\\d+) kB");

  /**
   * One run.
   *
   * @param seconds wall-clock time
   * @param peakRssMb the JVM's peak resident memory (VmHWM), MiB
   * @param exitCode the exit code
   */
  record Run(double seconds, long peakRssMb, int exitCode) {}

  private Processes() {}

  /** {@code java -jar target/edition-audio.jar ARGS…} in {@code dir}. */
  static Run tool(Path dir, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", Path.of("target/edition-audio.jar").toAbsolutePath().toString()));
    command.addAll(List.of(args));
    return run(dir, command);
  }

  static Run run(Path dir, List<String> command) throws Exception {
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    Path status = Path.of("/proc", Long.toString(process.pid()), "status");
    long peakKb = 0;
    while (process.isAlive()) {
      try {
        Matcher m = HIGH_WATER.matcher(Files.readString(status));
        if (m.find()) {
          peakKb = Math.max(peakKb, Long.parseLong(m.group(1)));
        }
      } catch (java.io.IOException e) {
        // The process ended between the check and the read.
      }
      Thread.sleep(100);
    }
    return new Run((System.nanoTime() - start) / 1e9, peakKb / 1024, process.waitFor());
  }
}
