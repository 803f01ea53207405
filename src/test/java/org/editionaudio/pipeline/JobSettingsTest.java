package org.editionaudio.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.editionaudio.audio.AudioFormat;
import org.editionaudio.audio.Cover;
import org.editionaudio.audio.LoudnessTarget;
import org.editionaudio.audio.ProducedAudioFiles;
import org.editionaudio.speech.Pauses;
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
    JobSettings withMine = standard.toBuilder().lexicon(Lexicon.standard(List.of(file))).build();
    JobSettings again = standard.toBuilder().jobs(4).lexicon(Lexicon.standard(List.of())).build();
    assertNotEquals(standard.fingerprint(), withMine.fingerprint(), "a new pronunciation means new audio");
    assertEquals(standard.fingerprint(), again.fingerprint(), "the same lexicon, whatever the number of jobs");
  }

  @Test
  void everySettingThatDecidesTheOutputChangesTheFingerprintAndTheJobsDoNot(@TempDir Path dir) throws Exception {
    VoiceProfile news = VoiceProfile.load(VoiceProfile.DEFAULT);
    VoiceProfile other = VoiceProfile.load(Files.writeString(dir.resolve("slower.properties"),
        "engine.voice=cmu-slt-hsmm\nrate=95%\nheadline.rate=90%\npitch=+0%\n").toString());
    Path a = Files.writeString(dir.resolve("a.wav"), "produced audio a");
    Path b = Files.writeString(dir.resolve("b.wav"), "produced audio b");
    java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB),
        "png", png);
    Cover cover = Cover.read(Files.write(dir.resolve("cover.png"), png.toByteArray()));
    JobSettings base = JobSettings.builder(news).produced(new ProducedAudioFiles(a, a, a)).build();
    Map<String, JobSettings> changed = new LinkedHashMap<>();
    changed.put("voice", JobSettings.builder(other).produced(base.produced()).build());
    changed.put("intro", base.toBuilder().intro(false).build());
    changed.put("pauses", base.toBuilder().pauses(new Pauses(700, 350, 500, 1300, 300)).build());
    changed.put("bitrate", base.toBuilder().bitrate(96).build());
    changed.put("loudness", base.toBuilder().loudness(new LoudnessTarget(-18, -1)).build());
    changed.put("intro audio", base.toBuilder().produced(new ProducedAudioFiles(b, a, a)).build());
    changed.put("sting", base.toBuilder().produced(new ProducedAudioFiles(a, b, a)).build());
    changed.put("outro audio", base.toBuilder().produced(new ProducedAudioFiles(a, a, b)).build());
    changed.put("no produced audio", base.toBuilder().produced(ProducedAudioFiles.NONE).build());
    changed.put("format", base.toBuilder().format(AudioFormat.M4A).build());
    changed.put("cover", base.toBuilder().cover(cover).build());
    Path pls = Files.writeString(dir.resolve("x.pls"), """
        <lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon" alphabet="x-marytts">
          <lexeme><grapheme>Kidal</grapheme><phoneme>k i - ' d A l</phoneme></lexeme>
        </lexicon>
        """);
    changed.put("lexicon", base.toBuilder().lexicon(Lexicon.standard(List.of(pls))).build());
    Set<String> fingerprints = new HashSet<>(List.of(base.fingerprint()));
    for (Map.Entry<String, JobSettings> each : changed.entrySet()) {
      assertTrue(fingerprints.add(each.getValue().fingerprint()), each.getKey() + " must change the fingerprint");
    }
    assertEquals(base.fingerprint(), base.toBuilder().jobs(8).build().fingerprint(), "jobs change nothing");
    String before = base.fingerprint();
    Files.writeString(a, "the same file, other audio");
    assertNotEquals(before, base.fingerprint(), "the produced audio's content counts, not only its path");
  }
}
