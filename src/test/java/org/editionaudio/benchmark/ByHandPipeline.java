package org.editionaudio.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import marytts.LocalMaryInterface;
import org.editionaudio.audio.Ffmpeg;
import org.editionaudio.edition.Edition;
import org.editionaudio.edition.EditionReader;
import org.editionaudio.edition.InputDocument;
import org.editionaudio.edition.Section;

/**
 * What a user would write by hand without this tool, in one JVM: stock MaryTTS's
 * {@code generateAudio} per paragraph, the audio concatenated, ffmpeg to MP3. The benchmark runs
 * it as its own process, so MaryTTS here is stock (its vocoder hands samples to a second thread).
 * Arguments: INPUT OUTPUT.mp3 [ROUNDS]; with rounds it runs that many times in this JVM and prints
 * "round N: S s" for each, so warm runs can be compared.
 */
public final class ByHandPipeline {
  private ByHandPipeline() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("log4j.logger.marytts", "ERROR, stderr");
    LocalMaryInterface mary = new LocalMaryInterface();
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    for (int round = 1; round <= rounds; round++) {
      long start = System.nanoTime();
      run(mary, args[0], args[1]);
      System.out.printf("round %d: %.3f s%n", round, (System.nanoTime() - start) / 1e9);
    }
  }

  private static void run(LocalMaryInterface mary, String input, String output) throws Exception {
    Edition edition = EditionReader.automatic().read(InputDocument.read(input, null));
    ByteArrayOutputStream pcm = new ByteArrayOutputStream();
    AudioFormat format = null;
    byte[] buffer = new byte[1 << 16];
    for (Section section : edition.sections()) {
      for (String text : concat(section.title(), section.paragraphs())) {
        try (AudioInputStream audio = mary.generateAudio(text)) {
          format = audio.getFormat();
          int read;
          while ((read = audio.read(buffer)) != -1) {
            pcm.write(buffer, 0, read);
          }
        }
      }
    }
    Path raw = Files.createTempFile("byhand-", ".pcm");
    try {
      Files.write(raw, pcm.toByteArray());
      Ffmpeg.bundled().run(List.of("-f", "s16le", "-ar", Integer.toString((int) format.getSampleRate()), "-ac", "1",
          "-i", raw.toString(), "-c:a", "libmp3lame", "-b:a", "64k", new File(output).getPath()), Path.of(output));
    } finally {
      Files.deleteIfExists(raw);
    }
  }

  private static List<String> concat(String title, List<String> paragraphs) {
    List<String> all = new java.util.ArrayList<>(List.of(title));
    all.addAll(paragraphs);
    return all;
  }
}
