package org.editionaudio.audio;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/** Writes one clip of 16-bit mono speech to a WAV file, or to an MP3 through the bundled ffmpeg. */
public final class ClipWriter {
  private ClipWriter() {}

  /** Writes {@code samples} to {@code target}, a WAV or an MP3 by its extension. */
  public static void write(short[] samples, int sampleRate, Path target) throws EncodingException {
    boolean mp3 = target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".mp3");
    byte[] pcm = littleEndian(samples);
    try {
      if (!mp3) {
        AudioFormat format = new AudioFormat(sampleRate, 16, 1, true, false);
        try (AudioInputStream audio = new AudioInputStream(new ByteArrayInputStream(pcm), format, samples.length)) {
          AudioSystem.write(audio, AudioFileFormat.Type.WAVE, target.toFile());
        }
        return;
      }
      Path raw = Scratch.file("edition-audio-say-", ".pcm");
      try {
        Files.write(raw, pcm);
        List<String> arguments = new java.util.ArrayList<>(Ffmpeg.rawInput(raw, sampleRate));
        arguments.addAll(List.of(
            "-c:a", "libmp3lame", "-b:a", Mp3Encoder.DEFAULT_BITRATE + "k", "-f", "mp3", target.toString()));
        Ffmpeg.bundled().run(arguments, target);
      } finally {
        Scratch.delete(raw);
      }
    } catch (IOException e) {
      throw new EncodingException(target, "cannot write it (" + e.getMessage() + ")", e);
    }
  }

  private static byte[] littleEndian(short[] samples) {
    byte[] bytes = new byte[samples.length * 2];
    for (int i = 0; i < samples.length; i++) {
      bytes[2 * i] = (byte) samples[i];
      bytes[2 * i + 1] = (byte) (samples[i] >> 8);
    }
    return bytes;
  }
}
