package org.editionaudio.audio;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.Objects;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * An edition's cover image, JPEG or PNG, recognized from its first bytes: the ID3 APIC picture, MP4
 * {@code covr}, Ogg picture block, and {@code cover.jpg} or {@code cover.png} beside the audio.
 *
 * @param data the image file's bytes
 * @param mimeType "image/jpeg" or "image/png"
 * @param width width in pixels
 * @param height height in pixels
 */
public record Cover(byte[] data, String mimeType, int width, int height) {
  /** The largest cover accepted; podcast apps want far less (about 500 KB), but this is a sanity bound. */
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  /** Requires a JPEG or PNG image that matches {@code mimeType}, and its size. */
  public Cover {
    Objects.requireNonNull(data, "data");
    data = data.clone();
    String detected = detect(data);
    if (detected == null || !detected.equals(mimeType)) {
      throw new IllegalArgumentException("not a " + mimeType + " image");
    }
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("an image has a size");
    }
  }

  /** Reads a cover file; a file that is missing, too large or not a JPEG or PNG image is refused. */
  public static Cover read(Path file) throws CoverException {
    byte[] bytes;
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new CoverException(file, "larger than " + MAX_BYTES / (1024 * 1024) + " MiB");
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new CoverException(file, "no such file");
    } catch (IOException e) {
      throw new CoverException(file, "cannot read it (" + e.getMessage() + ")");
    }
    String type = detect(bytes);
    if (type == null) {
      throw new CoverException(file, "not a JPEG or PNG image");
    }
    // The header must give a size: ffmpeg needs it to embed the picture in an MP4 file.
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new CoverException(file, "not a readable " + type.substring(6).toUpperCase(Locale.ROOT) + " image");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in);
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        // The whole image is decoded (subsampled, so memory stays small): a truncated or damaged
        // file is refused now rather than by the encoder after synthesis.
        boolean[] damaged = {false};
        reader.addIIOReadWarningListener((source, warning) -> damaged[0] = true);
        ImageReadParam sampled = reader.getDefaultReadParam();
        int step = Math.max(1, Math.max(width, height) / 256);
        sampled.setSourceSubsampling(step, step, 0, 0);
        reader.read(0, sampled);
        if (damaged[0]) {
          throw new IOException("damaged image data");
        }
        return new Cover(bytes, type, width, height);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      throw new CoverException(file, "not a readable " + type.substring(6).toUpperCase(Locale.ROOT) + " image");
    }
  }

  /** The image's bytes (a copy). */
  @Override
  public byte[] data() {
    return data.clone();
  }

  /** "jpg" or "png". */
  public String extension() {
    return mimeType.equals("image/png") ? "png" : "jpg";
  }

  private static String detect(byte[] bytes) {
    if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
      return "image/jpeg";
    }
    if (bytes.length > PNG.length && Arrays.equals(bytes, 0, PNG.length, PNG, 0, PNG.length)) {
      return "image/png";
    }
    return null;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Cover that && mimeType.equals(that.mimeType) && Arrays.equals(data, that.data)
        && width == that.width && height == that.height;
  }

  @Override
  public int hashCode() {
    return 31 * mimeType.hashCode() + Arrays.hashCode(data);
  }

  @Override
  public String toString() {
    return "Cover[" + mimeType + ", " + width + "×" + height + ", " + data.length + " bytes]";
  }
}
