package org.editionaudio.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverTest {
  /** The first bytes of a PNG file, enough for the magic-number check. */
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

  /** A real image of {@code width} × {@code height} in {@code format} ("png", "jpg"). */
  static byte[] image(String format, int width, int height) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
    return out.toByteArray();
  }

  @Test
  void recognizesJpegAndPngByTheirContentAndReadsTheirSize(@TempDir Path dir) throws Exception {
    Cover cover = Cover.read(Files.write(dir.resolve("a.png"), image("jpg", 40, 30)));
    assertEquals("image/jpeg", cover.mimeType());
    assertEquals("jpg", cover.extension(), "named after its content, not its file name");
    assertEquals(40, cover.width());
    assertEquals(30, cover.height());
    Cover png = Cover.read(Files.write(dir.resolve("b"), image("png", 8, 9)));
    assertEquals("png", png.extension());
    assertEquals(9, png.height());
  }

  @Test
  void refusesOtherFilesWithTheirName(@TempDir Path dir) throws Exception {
    Path gif = Files.writeString(dir.resolve("c.gif"), "GIF89a...");
    CoverException e = assertThrows(CoverException.class, () -> Cover.read(gif));
    assertEquals(gif, e.file());
    assertTrue(e.getMessage().startsWith(gif + ": cannot use it as the cover (not a JPEG or PNG image)"), e.getMessage());
    assertThrows(CoverException.class, () -> Cover.read(dir.resolve("missing.jpg")));
    Path truncated = Files.write(dir.resolve("d.png"), PNG);
    assertEquals("not a readable PNG image", assertThrows(CoverException.class, () -> Cover.read(truncated)).reason());
  }
}
