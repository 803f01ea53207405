package org.editionaudio.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Loads intro, sting and outro files (WAV, MP3, any rate or channel count) as mono samples at the program's rate. */
public final class ProducedAudioReader {
  /** Longer produced audio is refused: it is a jingle, not a program. */
  public static final int MAX_SECONDS = 600;

  private final Ffmpeg ffmpeg;

  /** Decodes with the bundled ffmpeg. */
  public ProducedAudioReader(Ffmpeg ffmpeg) {
    this.ffmpeg = ffmpeg;
  }

  /**
   * Why a file cannot be produced audio, checked from its first bytes before any work: missing,
   * unreadable, or neither WAV nor MP3. Null when it looks usable.
   */
  public static String problem(Path file) {
    if (!Files.exists(file)) {
      return "no such file";
    }
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      return "cannot read it";
    }
    byte[] head;
    try (var in = Files.newInputStream(file)) {
      head = in.readNBytes(12);
    } catch (IOException e) {
      return "cannot read it (" + e.getMessage() + ")";
    }
    boolean wav = head.length == 12 && (startsWith(head, "RIFF") || startsWith(head, "RF64"))
        && new String(head, 8, 4, java.nio.charset.StandardCharsets.ISO_8859_1).equals("WAVE");
    boolean id3 = startsWith(head, "ID3");
    boolean mpegFrame = head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xE0) == 0xE0;
    return wav || id3 || mpegFrame ? null : "not a WAV or MP3 file";
  }

  private static boolean startsWith(byte[] head, String magic) {
    if (head.length < magic.length()) {
      return false;
    }
    for (int i = 0; i < magic.length(); i++) {
      if (head[i] != magic.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Fails at once, before any work, when a given file cannot be read. */
  public static void requireReadable(Path... files) throws ProducedAudioException {
    for (Path file : files) {
      if (file != null && !Files.isReadable(file)) {
        throw new ProducedAudioException(file, "no such readable file", null);
      }
    }
  }

  /** The three files (each may be null) as {@link ProducedAudio}. */
  public ProducedAudio load(Path intro, Path sting, Path outro, int sampleRate)
      throws EncodingException, ProducedAudioException {
    return new ProducedAudio(samples(intro, sampleRate), samples(sting, sampleRate), samples(outro, sampleRate));
  }

  /** One file, downmixed to mono and resampled; an empty array for null. */
  short[] samples(Path file, int sampleRate) throws EncodingException, ProducedAudioException {
    if (file == null) {
      return new short[0];
    }
    requireReadable(file);
    Path pcm = null;
    try {
      pcm = Scratch.file("edition-audio-produced-", ".pcm");
      ffmpeg.run(List.of("-i", file.toString(), "-t", Integer.toString(MAX_SECONDS + 1), "-vn",
          "-f", "s16le", "-ac", "1", "-ar", Integer.toString(sampleRate), pcm.toString()), file);
      ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(pcm)).order(ByteOrder.LITTLE_ENDIAN);
      short[] samples = new short[bytes.remaining() / 2];
      if (samples.length > (long) MAX_SECONDS * sampleRate) {
        throw new EncodingException(file, "longer than " + MAX_SECONDS + " seconds", null);
      }
      if (samples.length == 0) {
        throw new EncodingException(file, "no audio in it", null);
      }
      bytes.asShortBuffer().get(samples);
      return samples;
    } catch (IOException e) {
      throw new EncodingException(file, e.getMessage(), e);
    } finally {
      Scratch.delete(pcm);
    }
  }
}
