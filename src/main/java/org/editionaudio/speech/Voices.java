package org.editionaudio.speech;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The voices folder in use, read at run time: voice profiles ({@code voices.list},
 * {@code NAME.properties}) and the publication's lexicon ({@code lexicon.pls}). It is the folder
 * given with {@code --voices}, else {@code $EDITION_AUDIO_VOICES}, else the current project's
 * {@code voices/}, else the copy built into the jar. A file the folder does not hold comes from the
 * built-in copy, so a publication may keep only its lexicon.
 *
 * @param folder the folder, or null for the built-in copy
 * @param origin how it was chosen, for {@code edition-audio voices}
 */
public record Voices(Path folder, String origin) {
  /** The copy inside the jar. */
  public static final Voices BUILT_IN = new Voices(null, "built in");

  /** The environment variable naming a voices folder. */
  public static final String ENVIRONMENT = "EDITION_AUDIO_VOICES";

  private static final String RESOURCES = "/org/editionaudio/voices/";

  /**
   * The voices folder for a run: {@code option} (may be null), the environment, then
   * {@code workingDir/voices} when it holds voice files.
   *
   * @throws IllegalArgumentException when a folder named by the option or the environment is not a folder
   */
  public static Voices locate(Path option, Map<String, String> env, Path workingDir) {
    if (option != null) {
      return named(option, "--voices");
    }
    String fromEnvironment = env.get(ENVIRONMENT);
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return named(Path.of(fromEnvironment), ENVIRONMENT);
    }
    Path project = workingDir.resolve("voices");
    if (Files.isRegularFile(project.resolve("voices.list")) || Files.isRegularFile(project.resolve("lexicon.pls"))) {
      return new Voices(project, "the current project's voices/");
    }
    return BUILT_IN;
  }

  private static Voices named(Path folder, String origin) {
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException(origin + " " + folder + ": no such folder — give the folder that holds "
          + "voices.list, the voice profiles and lexicon.pls");
    }
    return new Voices(folder, origin);
  }

  /** Opens one of the folder's files, else the built-in copy's; null when neither has it. */
  public InputStream open(String file) throws IOException {
    if (folder != null && Files.isRegularFile(folder.resolve(file))) {
      return Files.newInputStream(folder.resolve(file));
    }
    return Voices.class.getResourceAsStream(RESOURCES + file);
  }

  /** Where {@code file} is read from, for messages: its path, or "NAME (built in)". */
  public String source(String file) {
    if (folder != null && Files.isRegularFile(folder.resolve(file))) {
      return folder.resolve(file).toString();
    }
    return file + " (built in)";
  }

  /** One line: the folder and how it was chosen. */
  public String describe() {
    return folder == null ? "built in (the copy inside the jar)" : folder.toAbsolutePath().normalize() + " (" + origin + ")";
  }
}
