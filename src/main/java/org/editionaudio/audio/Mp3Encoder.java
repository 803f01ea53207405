package org.editionaudio.audio;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Encodes a program to a constant-bit-rate mono MP3 with a LAME/Info header through the bundled
 * ffmpeg, behind an ID3v2.3 tag of our own ({@link Id3Tag}): ffmpeg writes the audio alone
 * ({@code -write_id3v2 0}) and the final file is the tag followed by that audio.
 */
public final class Mp3Encoder implements StreamingEncoder {
  /** The default bit rate for spoken word, in kbit/s. */
  public static final int DEFAULT_BITRATE = 64;

  // What ffmpeg's MP3 decoder puts before the first sample of the program when no Info header
  // tells it to skip them: LAME's encoder delay (576) and the decoder's (529). MasteringIT checks
  // that the stream measures as the finished file does.
  private static final int DECODER_LEAD = 1105;

  private static final List<Integer> BITRATES = List.of(32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320);

  private final Ffmpeg ffmpeg;
  private final int bitrate;

  /** An encoder at {@code bitrate} kbit/s, one of the MPEG-1 Layer III rates. */
  public Mp3Encoder(Ffmpeg ffmpeg, int bitrate) {
    if (!BITRATES.contains(bitrate)) {
      throw new IllegalArgumentException("bit rate must be one of " + BITRATES + " kbit/s");
    }
    this.ffmpeg = ffmpeg;
    this.bitrate = bitrate;
  }

  /** The bit rates an MP3 can have. */
  public static List<Integer> bitrates() {
    return BITRATES;
  }

  /**
   * Writes the MP3 to {@code target}. ffmpeg writes the audio to a seekable temporary file first
   * (the Info header is written last, at its start).
   */
  @Override
  public void encode(Program program, Tags tags, Path target, String filter) throws EncodingException {
    byte[] tag = tag(program, tags, target);
    try (TempFiles temp = new TempFiles()) {
      Path audio = temporary(temp, target);
      List<String> arguments = new ArrayList<>(Ffmpeg.rawInput(program.pcm(), program.sampleRate()));
      arguments.addAll(encoding(program.sampleRate(), filter));
      arguments.addAll(List.of("-f", "mp3", audio.toString()));
      ffmpeg.run(arguments, target);
      join(tag, audio, target);
    }
  }

  @Override
  public EncodingStream start(int sampleRate, String filter, LoudnessMeter meter) throws EncodingException {
    TempFiles temp = new TempFiles();
    try {
      Path audio = temporary(temp, null);
      List<String> encode = new ArrayList<>(Ffmpeg.rawInput("pipe:0", sampleRate));
      encode.addAll(encoding(sampleRate, filter));
      // The slaves' option values: the path may not hold the tee muxer's separators.
      if (audio.toString().matches(".*[\\[\\]|:;=\\\\].*")) {
        throw new EncodingException(null, "the temporary folder's path " + audio.getParent()
            + " holds a character that ffmpeg's tee muxer cannot take", null);
      }
      encode.addAll(List.of("-f", "tee",
          "[f=mp3:id3v2_version=0:write_xing=1]" + audio + "|[f=mp3:id3v2_version=0]pipe:1"));
      Ffmpeg.Chain chain = meter.ffmpeg().chain(
          List.of(encode, LoudnessMeter.streamArguments("mp3", DECODER_LEAD)), null);
      return new Stream(chain, temp, audio);
    } catch (EncodingException | RuntimeException e) {
      temp.close();
      throw e;
    }
  }

  /** The encoding under way of {@link #start}. */
  private static final class Stream implements EncodingStream {
    private final Ffmpeg.Chain chain;
    private final TempFiles temp;
    private final Path audio;
    private final OutputStream samples;

    Stream(Ffmpeg.Chain chain, TempFiles temp, Path audio) {
      this.chain = chain;
      this.temp = temp;
      this.audio = audio;
      this.samples = new java.io.BufferedOutputStream(chain.input(), 1 << 16);
    }

    @Override
    public OutputStream samples() {
      return samples;
    }

    @Override
    public LoudnessMeter.Measurement end() throws EncodingException {
      try {
        samples.flush();
      } catch (IOException e) {
        throw new EncodingException(null, "ffmpeg stopped taking samples (" + e.getMessage() + ")", e);
      }
      return LoudnessMeter.parse(chain.finish(), null);
    }

    @Override
    public void write(Program program, Tags tags, Path target) throws EncodingException {
      join(tag(program, tags, target), audio, target);
    }

    @Override
    public void close() {
      chain.close();
      temp.close();
    }
  }

  private List<String> encoding(int sampleRate, String filter) {
    List<String> arguments = new ArrayList<>(List.of("-map", "0:a", "-map_metadata", "-1", "-map_chapters", "-1"));
    if (filter != null) {
      arguments.addAll(List.of("-af", filter));
    }
    arguments.addAll(List.of(
        "-c:a", "libmp3lame", "-b:a", bitrate + "k", "-ac", "1", "-ar", Integer.toString(sampleRate),
        "-id3v2_version", "0", "-write_xing", "1"));
    return arguments;
  }

  private static byte[] tag(Program program, Tags tags, Path target) throws EncodingException {
    try {
      return Id3Tag.of(tags, program.chapters());
    } catch (IllegalArgumentException e) {
      throw new EncodingException(target, e.getMessage(), e);
    }
  }

  private static Path temporary(TempFiles temp, Path target) throws EncodingException {
    try {
      return temp.create(".mp3");
    } catch (IOException e) {
      throw new EncodingException(target, "cannot create a temporary file (" + e.getMessage() + ")", e);
    }
  }

  /** Writes {@code tag} then {@code audio} to {@code target}. */
  private static void join(byte[] tag, Path audio, Path target) throws EncodingException {
    try (OutputStream out = Files.newOutputStream(target); InputStream in = Files.newInputStream(audio)) {
      out.write(tag);
      in.transferTo(out);
    } catch (IOException e) {
      throw new EncodingException(target, "cannot write the MP3 (" + e.getMessage() + ")", e);
    }
  }

  @Override
  public AudioFormat format() {
    return AudioFormat.MP3;
  }

  /** The bit rate in kbit/s. */
  @Override
  public int bitrate() {
    return bitrate;
  }
}
