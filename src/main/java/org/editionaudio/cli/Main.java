package org.editionaudio.cli;

/** Entry point of {@code java -jar edition-audio.jar}. */
public final class Main {
  private Main() {}

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(EditionAudio.commandLine().execute(args));
  }
}
