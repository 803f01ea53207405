package org.editionaudio.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The voices folder is read at run time: --voices, then $EDITION_AUDIO_VOICES, then ./voices/, then the jar's copy. */
class VoicesTest {
  private static final String LEXICON = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      + "<lexicon version=\"1.0\" xmlns=\"http://www.w3.org/2005/01/pronunciation-lexicon\" alphabet=\"x-marytts\""
      + " xml:lang=\"en-US\">\n  <lexeme><grapheme>Quillby</grapheme><alias>Kwill bee</alias></lexeme>\n</lexicon>\n";

  @Test
  void theOptionWinsOverTheEnvironmentWhichWinsOverTheProject(@TempDir Path dir) throws Exception {
    Path option = Files.createDirectories(dir.resolve("option"));
    Path environment = Files.createDirectories(dir.resolve("environment"));
    Path project = Files.createDirectories(dir.resolve("project/voices"));
    Files.writeString(project.resolve("lexicon.pls"), LEXICON);
    Map<String, String> env = Map.of(Voices.ENVIRONMENT, environment.toString());

    assertEquals(new Voices(option, "--voices"), Voices.locate(option, env, dir.resolve("project")));
    assertEquals(new Voices(environment, Voices.ENVIRONMENT), Voices.locate(null, env, dir.resolve("project")));
    assertEquals(project, Voices.locate(null, Map.of(), dir.resolve("project")).folder());
    assertEquals(Voices.BUILT_IN, Voices.locate(null, Map.of(), dir), "no voices/ here");
    assertThrows(IllegalArgumentException.class, () -> Voices.locate(dir.resolve("none"), Map.of(), dir));
  }

  @Test
  void anEditedLexiconTakesEffectWithoutARebuild(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("lexicon.pls"), LEXICON);
    Voices voices = new Voices(dir, "--voices");
    List<Lexicon.Entry> entries = Lexicon.of(voices).entries();
    assertEquals(List.of("Quillby"), entries.get(0).graphemes());
    assertEquals(dir.resolve("lexicon.pls").toString(), entries.get(0).source());
    assertTrue(Lexicon.builtIn().entries().stream().noneMatch(e -> e.graphemes().contains("Quillby")));
  }

  @Test
  void aFolderWithOnlyALexiconTakesTheBuiltInProfiles(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("lexicon.pls"), LEXICON);
    Voices voices = new Voices(dir, "--voices");
    assertEquals(VoiceProfile.builtIn(), VoiceProfile.listed(voices));
    assertEquals(VoiceProfile.load("news"), VoiceProfile.load("news", voices));
  }

  @Test
  void aProfileOfTheFolderIsReadFromIt(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("voices.list"), "slow\n");
    Files.writeString(dir.resolve("slow.properties"), "engine.voice=cmu-slt-hsmm\nrate=80%\n");
    Voices voices = new Voices(dir, "--voices");
    assertEquals(List.of("slow"), VoiceProfile.listed(voices).stream().map(VoiceProfile::name).toList());
    assertEquals("80%", VoiceProfile.load("slow", voices).rate());
    assertThrows(VoiceProfileException.class, () -> VoiceProfile.load("slow"), "not built in");
    assertNull(Voices.BUILT_IN.folder());
  }
}
