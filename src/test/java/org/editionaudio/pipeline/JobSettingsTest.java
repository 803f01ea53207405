package org.editionaudio.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.editionaudio.speech.Lexicon;
import org.editionaudio.speech.VoiceProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobSettingsTest {
  @Test
  void theSettingsFingerprintFollowsTheLexicon(@TempDir Path dir) throws Exception {
    JobSettings standard = JobSettings.standard(VoiceProfile.load(VoiceProfile.DEFAULT), 1);
    Path file = dir.resolve("mine.pls");
    Files.writeString(file, """
        <lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon" alphabet="x-marytts">
          <lexeme><grapheme>Kidal</grapheme><phoneme>k i - ' d A l</phoneme></lexeme>
        </lexicon>
        """);
    JobSettings withMine = new JobSettings(standard.voice(), standard.intro(), standard.pauses(), standard.bitrate(),
        standard.jobs(), standard.loudness(), standard.produced(), standard.format(), null, Lexicon.standard(List.of(file)));
    JobSettings again = new JobSettings(standard.voice(), standard.intro(), standard.pauses(), standard.bitrate(),
        4, standard.loudness(), standard.produced(), standard.format(), null, Lexicon.standard(List.of()));
    assertNotEquals(standard.fingerprint(), withMine.fingerprint(), "a new pronunciation means new audio");
    assertEquals(standard.fingerprint(), again.fingerprint(), "the same lexicon, whatever the number of jobs");
  }
}
