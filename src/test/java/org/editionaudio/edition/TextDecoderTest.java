package org.editionaudio.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Pages and text files are decoded as a browser decodes them. */
class TextDecoderTest {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  @Test
  void anAsciiPageLabelledUtf16IsReadAsUtf8() {
    byte[] page = "<html><head><meta charset=\"utf-16\"></head><body><p>Plain words.</p></body></html>"
        .getBytes(StandardCharsets.US_ASCII);
    assertEquals(new String(page, StandardCharsets.US_ASCII), TextDecoder.decodePage(page));
  }

  @Test
  void aUtf32LabelIsIgnoredToo() {
    byte[] page = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-32\"><p>Caf\u00e9</p>"
        .getBytes(StandardCharsets.UTF_8);
    assertEquals("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-32\"><p>Caf\u00e9</p>",
        TextDecoder.decodePage(page));
  }

  @Test
  void anIso88591LabelIsDecodedAsWindows1252() {
    String text = "<meta charset=\"iso-8859-1\"><p>It\u2019s \u201cdone\u201d \u2013 caf\u00e9</p>";
    assertEquals(text, TextDecoder.decodePage(text.getBytes(WINDOWS_1252)));
  }

  @Test
  void aUtf8FileWithOneBadByteStaysUtf8WithTheByteReplaced() {
    byte[] bytes = concat("Le caf\u00e9 est ouvert. ".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0x92},
        " Fin.".getBytes(StandardCharsets.UTF_8));
    assertEquals("Le caf\u00e9 est ouvert. \uFFFD Fin.", TextDecoder.decode(bytes));
    assertEquals("Le caf\u00e9 est ouvert. \uFFFD Fin.", TextDecoder.decodePage(bytes));
  }

  @Test
  void aWindows1252FileIsStillWindows1252() {
    String text = "Caf\u00e9 cr\u00e8me \u2013 it\u2019s na\u00efve.";
    assertEquals(text, TextDecoder.decode(text.getBytes(WINDOWS_1252)));
  }

  @Test
  void aDeclaredCharsetIsObeyedWhenItCanBeRight() {
    String text = "<meta charset=\"iso-8859-7\"><p>\u0391\u03b8\u03ae\u03bd\u03b1</p>";
    assertEquals(text, TextDecoder.decodePage(text.getBytes(Charset.forName("iso-8859-7"))));
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
