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
    return rawInput(pcm.toString(), sampleRate);
  }

  /** As {@link #rawInput(Path, int)}, reading from ffmpeg's {@code source} ("pipe:0" for standard input). */
  static List<String> rawInput(String source, int sampleRate) {
    return List.of("-f", "s16le", "-ar", Integer.toString(sampleRate), "-ac", "1", "-i", source);
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

  /**
   * Starts ffmpeg processes joined by pipes: the first reads what is written to
   * {@link Chain#input()}, each hands its standard output to the next, the last's goes nowhere.
   */
  Chain chain(List<List<String>> commands, Path target) throws EncodingException {
    List<Path> logs = new ArrayList<>();
    try {
      List<ProcessBuilder> builders = new ArrayList<>();
      for (List<String> arguments : commands) {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        // -nostdin stops ffmpeg reading keys from standard input, not reading "pipe:0" as input.
        command.addAll(List.of("-hide_banner", "-nostdin", "-nostats", "-loglevel",
            builders.size() == commands.size() - 1 ? "info" : "error", "-y"));
        command.addAll(arguments);
        Path log = Scratch.file("edition-audio-ffmpeg-", ".log");
        logs.add(log);
        builders.add(new ProcessBuilder(command).redirectError(log.toFile()));
      }
      builders.get(builders.size() - 1).redirectOutput(ProcessBuilder.Redirect.DISCARD);
      return new Chain(ProcessBuilder.startPipeline(builders), logs, target);
    } catch (IOException e) {
      logs.forEach(Scratch::delete);
      throw new EncodingException(target, "cannot run ffmpeg (" + e.getMessage() + ")", e);
    }
  }

  /** ffmpeg processes started by {@link #chain}; closing it stops any still running. */
  static final class Chain implements AutoCloseable {
    private final List<Process> processes;
    private final List<Path> logs;
    private final Path target;

    private Chain(List<Process> processes, List<Path> logs, Path target) {
      this.processes = processes;
      this.logs = logs;
      this.target = target;
    }

    /** What the first process reads. */
    java.io.OutputStream input() {
      return processes.get(0).getOutputStream();
    }

    /** Ends the input, waits for every process and returns what the last one printed. */
    String finish() throws EncodingException {
      try {
        input().close();
        for (int i = 0; i < processes.size(); i++) {
          int exit = processes.get(i).waitFor();
          if (exit != 0) {
            throw new EncodingException(target, "ffmpeg exited with " + exit + ": " + tail(logs.get(i)), null);
          }
        }
        return Files.readString(logs.get(logs.size() - 1), StandardCharsets.UTF_8);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new EncodingException(target, "interrupted", e);
      } catch (IOException e) {
        throw new EncodingException(target, "cannot run ffmpeg (" + e.getMessage() + ")", e);
      }
    }

    @Override
    public void close() {
      processes.forEach(Process::destroyForcibly);
      for (Process process : processes) {
        try {
          process.waitFor();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      logs.forEach(Scratch::delete);
    }
  }

  private static String tail(Path log) throws IOException {
    String text = Files.readString(log, StandardCharsets.UTF_8).strip().replaceAll("\\s*\\n\\s*", " / ");
    return text.length() <= STDERR_TAIL ? text : "…" + text.substring(text.length() - STDERR_TAIL);
  }
}
