package org.editionaudio.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverTest {
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
  static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};

  @Test
  void recognizesJpegAndPngByTheirFirstBytes(@TempDir Path dir) throws Exception {
    Path jpeg = Files.write(dir.resolve("a.png"), JPEG);
    Cover cover = Cover.read(jpeg);
    assertEquals("image/jpeg", cover.mimeType());
    assertEquals("cover.jpg", cover.fileName(), "named after its content, not its file name");
    assertEquals("cover.png", Cover.read(Files.write(dir.resolve("b"), PNG)).fileName());
  }

  @Test
  void refusesOtherFilesWithTheirName(@TempDir Path dir) throws Exception {
    Path gif = Files.writeString(dir.resolve("c.gif"), "GIF89a...");
    CoverException e = assertThrows(CoverException.class, () -> Cover.read(gif));
    assertEquals(gif, e.file());
    assertTrue(e.getMessage().startsWith(gif + ": cannot use it as the cover (not a JPEG or PNG image)"), e.getMessage());
    assertThrows(CoverException.class, () -> Cover.read(dir.resolve("missing.jpg")));
  }
}
