package org.editionaudio.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the tool as a user would, through the launcher, a fresh process each time, and records
 * wall time, CPU time and peak memory. Runs are sequential: the CPU time is what this JVM's reaped children (the tool's
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

  /**
   * {@code bin/edition-audio ARGS…} in {@code dir}: the launcher users run, so its class-data archive
   * counts; the jar is target/edition-audio.jar and the Java is this one.
   */
  static Run tool(Path dir, String... args) throws Exception {
    return run(dir, launcher(args), Map.of());
  }

  /** The command that runs the launcher with {@code args}. */
  static List<String> launcher(String... args) {
    List<String> command = new ArrayList<>(List.of(Path.of("bin", "edition-audio").toAbsolutePath().toString()));
    command.addAll(List.of(args));
    return command;
  }

  static Run run(Path dir, List<String> command) throws Exception {
    return run(dir, command, Map.of());
  }

  /**
   * Runs {@code command} in {@code dir}; {@code env} is added to the environment, in which the
   * launcher finds this Java and the project's jar, with no JVM flags of the user's.
   */
  static Run run(Path dir, List<String> command, Map<String, String> env) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().remove("EDITION_AUDIO_JAR");
    builder.environment().remove("EDITION_AUDIO_JAVA_OPTS");
    builder.environment().putAll(env);
    double cpuBefore = childrenCpuSeconds();
    long start = System.nanoTime();
    Process process = builder.start();
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

  /**
   * Makes sure the launcher's class-data archive for target/edition-audio.jar exists before anything
   * is timed (its first run makes it), and prints what making it cost, if this run made it.
   */
  static void prepareClassDataArchive(Path dir) throws Exception {
    long before = newestArchive();
    Run run = tool(dir, "--version");
    if (run.exitCode() != 0) {
      throw new IllegalStateException("the launcher exited with " + run.exitCode());
    }
    long after = newestArchive();
    if (after == 0) {
      System.out.println("class-data archive: none (see README, Start-up)");
    } else if (after != before) {
      System.out.printf("class-data archive: made by the launcher's first run, %.2f s wall, %.2f s CPU "
          + "(once per jar and Java)%n", run.seconds(), run.cpuSeconds());
    } else {
      System.out.println("class-data archive: made before this run");
    }
  }

  /** The modification time of the newest archive beside the jar, 0 if there is none. */
  private static long newestArchive() throws java.io.IOException {
    try (var files = Files.list(Path.of("target"))) {
      return files.filter(f -> f.getFileName().toString().startsWith("edition-audio.cds-")
              && f.getFileName().toString().endsWith(".jsa"))
          .mapToLong(f -> f.toFile().lastModified()).max().orElse(0);
    }
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
