package org.editionaudio.audio;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.editionaudio.common.AtomicFiles;

/**
 * The ffmpeg that JAVE2 ships in {@code jave-nativebin-linux64}, run as a process. The binary is
 * extracted once to the temporary folder, written under a temporary name and renamed into place, so
 * an interrupted extraction never leaves a truncated ffmpeg that later runs would pick up.
 */
public final class Ffmpeg {
  private static final String RESOURCE = "/ws/schild/jave/nativebin/ffmpeg-amd64";
  private static final int STDERR_TAIL = 2000;

  private final Path executable;

  private Ffmpeg(Path executable) {
    this.executable = executable;
  }

  /** The bundled ffmpeg, extracted on first use. */
  public static Ffmpeg bundled() throws EncodingException {
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    if (!os.contains("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
      throw new EncodingException(null, "the bundled ffmpeg is for Linux x86-64, this is " + os + " " + arch, null);
    }
    try {
      Scratch.sweep();
      return new Ffmpeg(extract());
    } catch (IOException e) {
      throw new EncodingException(null, "cannot extract the bundled ffmpeg (" + e.getMessage() + ")", e);
    }
  }

  private static Path extract() throws IOException {
    String version = ws.schild.jave.Version.getVersion();
    Path folder = Path.of(System.getProperty("java.io.tmpdir"), "edition-audio");
    Files.createDirectories(folder);
    Path target = folder.resolve("ffmpeg-" + version);
    if (Files.isExecutable(target)) {
      return target;
    }
    AtomicFiles.write(target, partial -> {
      try (InputStream in = Ffmpeg.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IOException("jave-nativebin-linux64 is not on the classpath");
        }
        Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
        if (!partial.toFile().setExecutable(true, false)) {
          throw new IOException("cannot make " + partial + " executable");
        }
      }
    });
    return target;
  }

  /** The input arguments for raw 16-bit little-endian mono samples at {@code sampleRate}. */
  public static List<String> rawInput(Path pcm, int sampleRate) {
    return List.of("-f", "s16le", "-ar", Integer.toString(sampleRate), "-ac", "1", "-i", pcm.toString());
  }

  /** Path of the executable. */
  public Path executable() {
    return executable;
  }

  /**
   * Runs ffmpeg with {@code arguments}; a failure names {@code target} and quotes the end of
   * ffmpeg's error output.
   */
  public void run(List<String> arguments, Path target) throws EncodingException {
    execute(arguments, target, "error");
  }

  /** Runs ffmpeg at log level "info" and returns what it printed (filters such as ebur128 report there). */
  public String report(List<String> arguments, Path target) throws EncodingException {
    return execute(arguments, target, "info");
  }

  private String execute(List<String> arguments, Path target, String logLevel) throws EncodingException {
    List<String> command = new ArrayList<>();
    command.add(executable.toString());
    command.addAll(List.of("-hide_banner", "-nostdin", "-nostats", "-loglevel", logLevel, "-y"));
    command.addAll(arguments);
    Path log = null;
    try {
      log = Scratch.file("edition-audio-ffmpeg-", ".log");
      Process process = new ProcessBuilder(command)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(log.toFile())
          .start();
      int exit;
      try {
        exit = process.waitFor();
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
        throw new EncodingException(target, "interrupted", e);
      }
      if (exit != 0) {
        throw new EncodingException(target, "ffmpeg exited with " + exit + ": " + tail(log), null);
      }
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new EncodingException(target, "cannot run ffmpeg (" + e.getMessage() + ")", e);
    } finally {
      Scratch.delete(log);
    }
  }

  private static String tail(Path log) throws IOException {
    String text = Files.readString(log, StandardCharsets.UTF_8).strip().replaceAll("\\s*\\n\\s*", " / ");
    return text.length() <= STDERR_TAIL ? text : "…" + text.substring(text.length() - STDERR_TAIL);
  }
}
