package org.editionaudio.edition;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.editionaudio.common.Sha256;

/** The bytes of one input edition and the name it is known by in messages and manifests. */
public final class InputDocument {
  /** Inputs larger than this are refused before parsing, so memory stays bounded. */
  public static final long MAX_BYTES = 64L * 1024 * 1024;

  private static final java.util.regex.Pattern URL = java.util.regex.Pattern.compile("(?i)(https?|ftp|file)://");

  private final String name;
  private final byte[] bytes;

  /** Wraps bytes already read; {@code name} is a path, or "-" for standard input. */
  public InputDocument(String name, byte[] bytes) {
    this.name = Objects.requireNonNull(name, "name");
    this.bytes = Objects.requireNonNull(bytes, "bytes").clone();
  }

  /** Reads a file, or standard input when the path is "-". */
  public static InputDocument read(String path, InputStream stdin) throws EditionException {
    if ("-".equals(path)) {
      try {
        return new InputDocument("-", readBounded(stdin, "-"));
      } catch (IOException e) {
        throw EditionException.unreadable("-", e.getMessage());
      }
    }
    if (URL.matcher(path).lookingAt() && !Files.exists(Path.of(path))) {
      throw new EditionException(path, "URLs are not fetched",
          "download the page and pipe it in: curl -sL '" + path + "' | edition-audio generate -");
    }
    Path file = Path.of(path);
    try {
      if (Files.isDirectory(file)) {
        throw EditionException.unreadable(path, "it is a folder, not an edition file");
      }
      if (Files.size(file) > MAX_BYTES) {
        throw EditionException.unreadable(path, "it is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
      }
      try (InputStream in = Files.newInputStream(file)) {
        return new InputDocument(path, readBounded(in, path));
      }
    } catch (NoSuchFileException e) {
      throw EditionException.unreadable(path, "no such file");
    } catch (AccessDeniedException e) {
      throw EditionException.unreadable(path, "permission denied");
    } catch (IOException e) {
      throw EditionException.unreadable(path, e.getMessage());
    }
  }

  private static byte[] readBounded(InputStream in, String name) throws IOException, EditionException {
    byte[] data = in.readNBytes((int) MAX_BYTES + 1);
    if (data.length > MAX_BYTES) {
      throw EditionException.unreadable(name, "it is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
    }
    return data;
  }

  /** The path as given, or "-". */
  public String name() {
    return name;
  }

  /** A copy of the bytes. */
  public byte[] bytes() {
    return bytes.clone();
  }

  /** Number of bytes. */
  public int length() {
    return bytes.length;
  }

  /** Lowercase file extension without the dot, or "" (standard input has none). */
  public String extension() {
    String file = Path.of(name).getFileName() == null ? "" : Path.of(name).getFileName().toString();
    int dot = file.lastIndexOf('.');
    return dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** Hex SHA-256 of the bytes, recorded in the manifest. */
  public String sha256() {
    return Sha256.of(bytes);
  }

  /** True when the bytes look like a binary file rather than text or markup. */
  public boolean looksBinary() {
    int sample = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < sample; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return !isUtf16(bytes);
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
        control++;
      }
    }
    return sample > 0 && control * 20 > sample;
  }

  private static boolean isUtf16(byte[] data) {
    return data.length >= 2
        && ((data[0] == (byte) 0xFF && data[1] == (byte) 0xFE) || (data[0] == (byte) 0xFE && data[1] == (byte) 0xFF));
  }
}
