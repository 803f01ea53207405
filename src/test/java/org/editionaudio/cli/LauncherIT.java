package org.editionaudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/edition-audio}, the launcher the README tells users to put on the PATH. */
class LauncherIT {
  private static final Path LAUNCHER = Path.of("bin", "edition-audio").toAbsolutePath();
  private static final Path REPO = Path.of("").toAbsolutePath();

  private static JarIT.Process run(Path workingDir, Path launcher, String... args) throws Exception {
    return runWith(null, workingDir, launcher, args);
  }

  /** Runs the launcher with {@code javaOpts} as EDITION_AUDIO_JAVA_OPTS (none when null). */
  private static JarIT.Process runWith(String javaOpts, Path workingDir, Path launcher, String... args)
      throws Exception {
    List<String> command = new ArrayList<>(List.of(launcher.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().remove("EDITION_AUDIO_JAR");
    builder.environment().remove("EDITION_AUDIO_JAVA_OPTS");
    if (javaOpts != null) {
      builder.environment().put("EDITION_AUDIO_JAVA_OPTS", javaOpts);
    }
    return JarIT.run(builder, 2);
  }

  @Test
  void theLauncherIsExecutableAndRunsTheBuiltJarFromAnyFolder(@TempDir Path work) throws Exception {
    assertTrue(Files.isExecutable(LAUNCHER), LAUNCHER + " is executable");
    JarIT.Process run = run(work, LAUNCHER, "--version");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("edition-audio "), run.out());
  }

  @Test
  void theHeapStartsAt64MiB(@TempDir Path work) throws Exception {
    JarIT.Process run = runWith("-XX:+PrintFlagsFinal", work, LAUNCHER, "--version");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().lines().anyMatch(l -> l.matches("\\s*size_t InitialHeapSize\\s+= 67108864\\s.*")),
        run.out().lines().filter(l -> l.contains("InitialHeapSize")).toList().toString());
  }

  @Test
  void c2WaitsForThirtyTimesTheDefaultCallsAndLoopTurns(@TempDir Path work) throws Exception {
    JarIT.Process run = runWith("-XX:+PrintFlagsFinal", work, LAUNCHER, "--version");
    assertEquals(0, run.exitCode(), run.err());
    for (String flag : List.of("Tier4InvocationThreshold\\s+= 150000", "Tier4MinInvocationThreshold\\s+= 18000",
        "Tier4CompileThreshold\\s+= 450000", "Tier4BackEdgeThreshold\\s+= 1200000")) {
      assertTrue(run.out().lines().anyMatch(l -> l.matches("\\s*intx " + flag + "\\s.*")), flag);
    }
  }

  @Test
  void aCompileThresholdOfTheUsersOwnWins(@TempDir Path work) throws Exception {
    JarIT.Process run = runWith("-XX:Tier4InvocationThreshold=7000 -XX:+PrintFlagsFinal", work, LAUNCHER, "--version");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().lines().anyMatch(l -> l.matches("\\s*intx Tier4InvocationThreshold\\s+= 7000\\s.*")),
        run.out().lines().filter(l -> l.contains("Tier4InvocationThreshold")).toList().toString());
  }

  @Test
  void aHeapLimitOfTheUsersOwnBelowThatStillRuns(@TempDir Path work) throws Exception {
    JarIT.Process run = runWith("-Xmx24m", work, LAUNCHER, "--version");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("edition-audio "), run.out());
  }

  @Test
  void aLinkToTheLauncherOnThePathFindsTheProject(@TempDir Path work) throws Exception {
    Path bin = Files.createDirectories(work.resolve("bin"));
    Path link = Files.createSymbolicLink(bin.resolve("edition-audio"), LAUNCHER);
    JarIT.Process run = run(work, link, "sections",
        REPO.resolve("fixtures/editions/todays-edition-page.html").toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("Bringing the Fight Home"), run.out());
  }
}
