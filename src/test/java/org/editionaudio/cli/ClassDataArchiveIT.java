package org.editionaudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's class-data archive, with whole processes: made on the first run for a jar, used by
 * the next, never used when it no longer fits the jar, never left half-written, and left alone by a
 * read-only install and by the user's own sharing flags. Each test runs its own copy of the jar, so
 * that its archive is made there and not in target/.
 */
class ClassDataArchiveIT {
  private static final Path LAUNCHER = Path.of("bin", "edition-audio").toAbsolutePath();
  private static final Path JAR =
      Path.of(System.getProperty("editionaudio.jar", "target/edition-audio.jar")).toAbsolutePath();
  private static final String SHARED = "source: shared objects file (top)";

  private static Path install(Path work) throws Exception {
    Path folder = Files.createDirectories(work.resolve("install"));
    Files.copy(JAR, folder.resolve("edition-audio.jar"));
    return folder;
  }

  private static ProcessBuilder launcher(Path workingDir, Path jar, String javaOpts, List<String> prefix,
      String... args) {
    List<String> command = new ArrayList<>(prefix);
    command.add(LAUNCHER.toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile());
    Map<String, String> env = builder.environment();
    // The training's temporary folder: a killed run leaves it behind, inside the test's folder.
    env.put("TMPDIR", workingDir.toString());
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.put("EDITION_AUDIO_JAR", jar.toString());
    env.remove("EDITION_AUDIO_JAVA_OPTS");
    env.remove("JAVA_TOOL_OPTIONS");
    if (javaOpts != null) {
      env.put("EDITION_AUDIO_JAVA_OPTS", javaOpts);
    }
    return builder;
  }

  private static JarIT.Process run(Path work, Path jar, String javaOpts, String... args) throws Exception {
    return JarIT.run(launcher(work, jar, javaOpts, List.of(), args), 5);
  }

  /** The files beside the jar whose names end with {@code suffix}. */
  private static List<Path> files(Path folder, String suffix) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
    }
  }

  private static String versionLine() throws Exception {
    JarIT.Process plain = JarIT.run(Path.of("").toAbsolutePath(), "--version");
    assertEquals(0, plain.exitCode(), plain.err());
    return plain.out();
  }

  private static List<String> sharedClasses(Path classLog) throws Exception {
    try (Stream<String> lines = Files.lines(classLog)) {
      return lines.filter(line -> line.contains(SHARED)).toList();
    }
  }

  @Test
  void theFirstRunMakesTheArchiveSilentlyAndTheNextRunLoadsOurAndMaryTtsClassesFromIt(@TempDir Path work)
      throws Exception {
    Path install = install(work);
    JarIT.Process first = run(work, install.resolve("edition-audio.jar"), null, "--version");
    assertEquals(0, first.exitCode(), first.err());
    assertEquals(versionLine(), first.out(), "the training run prints nothing");
    assertEquals("", first.err());
    assertEquals(1, files(install, ".jsa").size(), "one archive beside the jar: " + files(install, ""));
    assertEquals(List.of(), files(install, ".tmp"));
    assertEquals(List.of(), files(install, ".failed"));

    Path classLog = work.resolve("classes.log");
    JarIT.Process second = run(work, install.resolve("edition-audio.jar"),
        "-Xlog:class+load=info:file=" + classLog, "say", "-o", work.resolve("say.wav").toString(),
        "The bridge opened again on Monday.");
    assertEquals(0, second.exitCode(), second.err());
    assertTrue(Files.size(work.resolve("say.wav")) > 10_000, "speech was written");
    List<String> shared = sharedClasses(classLog);
    assertTrue(shared.stream().anyMatch(l -> l.contains(" org.editionaudio.cli.Main ")), "our classes: " + shared.size());
    assertTrue(shared.stream().anyMatch(l -> l.contains(" marytts.")), "MaryTTS's classes: " + shared.size());
  }

  @Test
  void anArchiveOlderThanTheJarIsMadeAgainForTheNewJar(@TempDir Path work) throws Exception {
    Path install = install(work);
    Path jar = install.resolve("edition-audio.jar");
    assertEquals(0, run(work, jar, null, "--version").exitCode());
    Path archive = files(install, ".jsa").get(0);
    FileTime before = Files.getLastModifiedTime(archive);

    // A rebuilt jar: same path, new file, newer than the archive. The JVM would refuse the old archive.
    Files.setLastModifiedTime(archive, FileTime.fromMillis(before.toMillis() - 60_000));
    Files.copy(JAR, jar, StandardCopyOption.REPLACE_EXISTING);
    Path classLog = work.resolve("classes.log");
    JarIT.Process again = run(work, jar, "-Xlog:class+load=info:file=" + classLog, "--version");
    assertEquals(0, again.exitCode(), again.err());
    assertEquals(versionLine(), again.out());
    assertEquals(List.of(archive), files(install, ".jsa"));
    assertTrue(Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) > 0,
        "the archive was made again after the new jar");
    assertFalse(sharedClasses(classLog).isEmpty(), "the new archive is used");
  }

  @Test
  void anArchiveTheJvmRefusesIsNotUsedAndNothingIsPrinted(@TempDir Path work) throws Exception {
    Path install = install(work);
    Path jar = install.resolve("edition-audio.jar");
    assertEquals(0, run(work, jar, null, "--version").exitCode());
    Path archive = files(install, ".jsa").get(0);
    // The jar's time no longer matches the one the archive recorded, but the archive still looks
    // newer to the launcher: only the JVM's own check stands between the run and a wrong archive.
    Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(archive).toMillis() - 60_000));

    Path classLog = work.resolve("classes.log");
    JarIT.Process run = run(work, jar, "-Xlog:class+load=info:file=" + classLog, "--version");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(versionLine(), run.out(), "no warning of the JVM on standard output");
    assertEquals("", run.err());
    assertEquals(List.of(), sharedClasses(classLog), "no class from the refused archive");
  }

  @Test
  void aTrainingRunKilledWhileTheArchiveIsWrittenLeavesNoArchiveAndTheNextRunMakesOne(@TempDir Path work)
      throws Exception {
    Path install = install(work);
    Path jar = install.resolve("edition-audio.jar");
    Process process = launcher(work, jar, null, List.of(), "--version")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    List<Path> seen = List.of();
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (process.isAlive() && seen.isEmpty() && System.nanoTime() < deadline) {
      try (Stream<Path> files = Files.list(install)) {
        seen = files.filter(f -> f.getFileName().toString().contains(".jsa")).toList();
      }
      Thread.sleep(2);
    }
    // The JVM has begun to write the archive: kill the launcher and everything it started, parents
    // first, so that no shell lives on to act on its child's death.
    List<ProcessHandle> tree = new ArrayList<>(List.of(process.toHandle()));
    for (int i = 0; i < tree.size(); i++) {
      tree.get(i).children().forEach(tree::add);
    }
    tree.forEach(ProcessHandle::destroyForcibly);
    process.waitFor(1, TimeUnit.MINUTES);
    assertFalse(seen.isEmpty(), "the archive was being written before the run ended");
    assertTrue(seen.stream().allMatch(f -> f.getFileName().toString().endsWith(".tmp")),
        "the JVM writes under a temporary name: " + seen);
    assertEquals(List.of(), files(install, ".jsa"), "no archive under its real name");

    Path classLog = work.resolve("classes.log");
    JarIT.Process next = run(work, jar, "-Xlog:class+load=info:file=" + classLog, "--version");
    assertEquals(0, next.exitCode(), next.err());
    assertEquals(versionLine(), next.out());
    assertEquals(1, files(install, ".jsa").size());
    assertFalse(sharedClasses(classLog).isEmpty(), "the archive made by this run is used");
  }

  @Test
  void aRunWithAFlightRecordingGoesWithoutTheArchiveAndDoesNotCrash(@TempDir Path work) throws Exception {
    Path install = install(work);
    Path jar = install.resolve("edition-audio.jar");
    assertEquals(0, run(work, jar, null, "--version").exitCode());
    assertEquals(1, files(install, ".jsa").size());
    // JDK 17 crashes (SIGSEGV in check_shared_class_file_load_hook) when the recording's class-load
    // hook meets an archived class from META-INF/versions; MaryTTS's start loads one (Log4j's).
    JarIT.Process run = run(work, jar, "-XX:StartFlightRecording=filename=" + work.resolve("run.jfr")
        + " -XX:ErrorFile=" + work.resolve("hs_err.log"), "say", "-o", work.resolve("say.wav").toString(),
        "The bridge opened again on Monday.");
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertTrue(Files.size(work.resolve("say.wav")) > 10_000, "speech was written");
    assertFalse(Files.exists(work.resolve("hs_err.log")), "no crash report");
  }

  @Test
  void aReadOnlyInstallRunsWithoutAnArchive(@TempDir Path work) throws Exception {
    Path install = install(work);
    List<String> prefix = List.of();
    if ("root".equals(System.getProperty("user.name"))) {
      // root may write anywhere: run as nobody, who may not write here.
      assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "setpriv, to run as nobody");
      prefix = List.of("/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups");
      Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    // The launcher comes with the install, so that user nobody does not have to reach into the checkout (which may
    // sit in a folder only its owner may enter).
    Path launcher = Files.copy(LAUNCHER, Files.createDirectories(work.resolve("bin")).resolve("edition-audio"));
    Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("r-xr-xr-x"));
    Files.setPosixFilePermissions(install, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      ProcessBuilder builder = launcher(work, install.resolve("edition-audio.jar"), null, prefix, "--version");
      builder.command().set(prefix.size(), launcher.toString());
      JarIT.Process run = JarIT.run(builder, 5);
      assertEquals(0, run.exitCode(), run.err());
      assertEquals(versionLine(), run.out());
      assertEquals("", run.err());
      assertEquals(List.of(install.resolve("edition-audio.jar")), files(install, ""), "nothing written beside the jar");
    } finally {
      Files.setPosixFilePermissions(install, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void theUsersOwnSharingFlagsWinAndNoArchiveIsMade(@TempDir Path work) throws Exception {
    Path install = install(work);
    Path classLog = work.resolve("classes.log");
    JarIT.Process run = run(work, install.resolve("edition-audio.jar"),
        "-Xshare:off -Xlog:class+load=info:file=" + classLog, "--version");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(versionLine(), run.out());
    assertEquals(List.of(install.resolve("edition-audio.jar")), files(install, ""), "no archive made");
    try (Stream<String> lines = Files.lines(classLog)) {
      assertTrue(lines.noneMatch(line -> line.contains("shared objects file")), "-Xshare:off was obeyed");
    }
  }
}
