package org.editionaudio.edition;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes text files and pages the way browsers do: a byte-order mark wins, then (for a page) its
 * declared charset as the WHATWG Encoding Standard maps the label, then UTF-8 when the bytes are
 * (almost all) UTF-8, else windows-1252.
 */
final class TextDecoder {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Pattern DECLARED_CHARSET =
      Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)");
  // WHATWG: these labels all name windows-1252, which is what servers that say "latin1" really send.
  private static final Set<String> WINDOWS_1252_LABELS = Set.of(
      "iso-8859-1", "iso8859-1", "iso_8859-1", "iso88591", "latin1", "l1", "us-ascii", "ascii", "ansi_x3.4-1968",
      "cp1252", "cp819", "csisolatin1", "ibm819", "iso-ir-100", "iso_8859-1:1987", "windows-1252", "x-cp1252");
  private static final int HEAD_BYTES = 4096;

  private TextDecoder() {}

  /** True when the bytes start with a UTF-8 or UTF-16 byte-order mark. */
  static boolean hasByteOrderMark(byte[] bytes) {
    return byteOrderMark(bytes) != null;
  }

  /** True when the bytes are well-formed UTF-8 (plain ASCII is). */
  static boolean isUtf8(byte[] bytes) {
    return utf8Errors(bytes)[1] == 0;
  }

  /** A text file: its byte-order mark, else UTF-8 when it is almost all UTF-8, else windows-1252. */
  static String decode(byte[] bytes) {
    String marked = decodeMarked(bytes);
    return marked != null ? marked : undeclared(bytes);
  }

  /**
   * A page: its byte-order mark, else its {@code <meta>} charset read as a browser reads it (an
   * ASCII-compatible parse ignores a UTF-16 or UTF-32 label; ISO-8859-1 and ASCII mean
   * windows-1252), else as an undeclared text file.
   */
  static String decodePage(byte[] bytes) {
    String marked = decodeMarked(bytes);
    if (marked != null) {
      return marked;
    }
    Charset declared = declaredCharset(bytes);
    if (declared == null) {
      return undeclared(bytes);
    }
    return declared.equals(StandardCharsets.UTF_8) ? lenientUtf8(bytes) : new String(bytes, declared);
  }

  /** The charset the page's head declares, mapped as the WHATWG Encoding Standard says; null when none is usable. */
  static Charset declaredCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, HEAD_BYTES), StandardCharsets.ISO_8859_1);
    Matcher matcher = DECLARED_CHARSET.matcher(head);
    if (!matcher.find()) {
      return null;
    }
    String label = matcher.group(1).toLowerCase(Locale.ROOT);
    if (WINDOWS_1252_LABELS.contains(label)) {
      return WINDOWS_1252;
    }
    if (label.startsWith("utf-16") || label.startsWith("utf16") || label.startsWith("utf-32")
        || label.startsWith("utf32") || label.startsWith("ucs-") || label.equals("unicode")) {
      // Bytes that a <meta> can be read from are ASCII-compatible: the label cannot be right.
      return StandardCharsets.UTF_8;
    }
    if (label.equals("utf8") || label.equals("unicode-1-1-utf-8")) {
      return StandardCharsets.UTF_8;
    }
    try {
      Charset charset = Charset.forName(label);
      return charset.newEncoder().maxBytesPerChar() > 0 ? charset : null;
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static String undeclared(byte[] bytes) {
    int[] counts = utf8Errors(bytes);
    int multibyte = counts[0];
    int errors = counts[1];
    // A few bad bytes among real UTF-8 sequences are damage, not another encoding.
    if (errors == 0 || multibyte >= errors) {
      return lenientUtf8(bytes);
    }
    // Not UTF-8: the commonest other encoding of news text exported on Windows.
    return new String(bytes, WINDOWS_1252);
  }

  private static String lenientUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IllegalStateException("a replacing decoder cannot fail", e);
    }
  }

  private static Charset byteOrderMark(byte[] bytes) {
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static String decodeMarked(byte[] bytes) {
    Charset mark = byteOrderMark(bytes);
    if (mark == null) {
      return null;
    }
    int skip = mark.equals(StandardCharsets.UTF_8) ? 3 : 2;
    return new String(bytes, skip, bytes.length - skip, mark);
  }

  /** {valid multi-byte sequences, malformed sequences} of the bytes read as UTF-8. */
  private static int[] utf8Errors(byte[] bytes) {
    int multibyte = 0;
    int errors = 0;
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i] & 0xFF;
      if (b < 0x80) {
        i++;
        continue;
      }
      int length;
      int min;
      if (b >= 0xC2 && b <= 0xDF) {
        length = 2;
        min = 0x80;
      } else if (b >= 0xE0 && b <= 0xEF) {
        length = 3;
        min = 0x800;
      } else if (b >= 0xF0 && b <= 0xF4) {
        length = 4;
        min = 0x10000;
      } else {
        errors++;
        i++;
        continue;
      }
      int code = b & (0xFF >> (length + 1));
      boolean ok = i + length <= bytes.length;
      for (int k = 1; ok && k < length; k++) {
        int c = bytes[i + k] & 0xFF;
        ok = (c & 0xC0) == 0x80;
        code = (code << 6) | (c & 0x3F);
      }
      if (ok && code >= min && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF)) {
        multibyte++;
        i += length;
      } else {
        errors++;
        i++;
      }
    }
    return new int[] {multibyte, errors};
  }
}
