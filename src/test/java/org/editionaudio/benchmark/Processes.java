package org.editionaudio.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the tool as a user would, a fresh process each time, and records wall time, CPU time and
 * peak memory. Runs are sequential: the CPU time is what this JVM's reaped children (the tool's
 * JVM and the ffmpeg processes it waited for) used while the run lasted.
 */
final class Processes {
  private static final Pattern HIGH_WATER = Pattern.compile("VmHWM:\\s+(\\d+) kB");

  /**
   * One run.
   *
   * @param seconds wall-clock time
   * @param peakRssMb the JVM's peak resident memory (VmHWM), MiB
   * @param exitCode the exit code
   * @param cpuSeconds user and system CPU time of the process and of the children it waited for
   */
  record Run(double seconds, long peakRssMb, int exitCode, double cpuSeconds) {}

  // Clock ticks per second of /proc's times: USER_HZ, 100 on every Linux this runs on.
  private static final double TICKS_PER_SECOND = 100.0;

  private Processes() {}

  /** {@code java -jar target/edition-audio.jar ARGS…} in {@code dir}. */
  static Run tool(Path dir, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", Path.of("target/edition-audio.jar").toAbsolutePath().toString()));
    command.addAll(List.of(args));
    return run(dir, command);
  }

  static Run run(Path dir, List<String> command) throws Exception {
    double cpuBefore = childrenCpuSeconds();
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
    int exitCode = process.waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Run(seconds, peakKb / 1024, exitCode, childrenCpuSeconds() - cpuBefore);
  }

  /** cutime + cstime of this JVM: CPU time of every child it has reaped, and of theirs. */
  private static double childrenCpuSeconds() throws java.io.IOException {
    String stat = Files.readString(Path.of("/proc/self/stat"));
    // Fields after the command name, which is in parentheses and may hold spaces.
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    // cutime and cstime are fields 16 and 17 of proc(5); index 0 here is field 3 (state).
    return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) / TICKS_PER_SECOND;
  }
}
