package org.editionaudio.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VoiceProfileTest {
  @Test
  void theDefaultProfileShips() throws Exception {
    VoiceProfile news = VoiceProfile.load(VoiceProfile.DEFAULT);
    assertEquals("cmu-slt-hsmm", news.maryVoice());
    assertTrue(VoiceProfile.builtIn().contains(news));
  }

  @Test
  void profilesLoadFromFilesAndAreChecked(@TempDir Path dir) throws Exception {
    Path good = dir.resolve("calm.properties");
    Files.writeString(good, "engine.voice=cmu-slt-hsmm\nrate=95%\n");
    assertEquals("95%", VoiceProfile.load(good.toString()).rate());
    Path bad = dir.resolve("bad.properties");
    Files.writeString(bad, "engine.voice=cmu-slt-hsmm\nrate=fast\n");
    VoiceProfileException e = assertThrows(VoiceProfileException.class, () -> VoiceProfile.load(bad.toString()));
    assertTrue(e.getMessage().contains("'fast' is not a percentage"), e.getMessage());
    assertThrows(VoiceProfileException.class, () -> VoiceProfile.load("../../etc/passwd"));
    assertThrows(VoiceProfileException.class, () -> VoiceProfile.load("nosuch"));
  }
}
