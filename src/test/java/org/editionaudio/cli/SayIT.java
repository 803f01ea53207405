package org.editionaudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** say and sections --spoken/--unknown with the real MaryTTS and ffmpeg. */
class SayIT {
  private static final String SENTENCE = "Col. Assimi Goïta’s 12-year-old plan cost $2.4 billion, the FBI said at 9 a.m. on Jan. 5.";

  @Test
  void wordsArePrintedOnOneLineAsTheyWillBeSpoken() {
    CliRun run = CliRun.of("say", "--words", SENTENCE);
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("Colonel Assimi Goita's twelve year old plan cost two point four billion dollars the F B I said at nine A M on January fifth\n",
        run.out());
  }

  @Test
  void speaksToWavAndMp3(@TempDir Path dir) throws Exception {
    Path wav = dir.resolve("preview.wav");
    CliRun run = CliRun.of("say", "-o", wav.toString(), "The council voted 7–2 on Wednesday.");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().matches(java.util.regex.Pattern.quote(wav.toString()) + ": \\d\\.\\d s of speech\n"),
        "one line naming the file, no words without --words: " + run.out());
    try (AudioInputStream audio = AudioSystem.getAudioInputStream(wav.toFile())) {
      AudioFormat format = audio.getFormat();
      assertEquals(48_000f, format.getSampleRate());
      assertEquals(1, format.getChannels());
      assertEquals(16, format.getSampleSizeInBits());
      double seconds = audio.getFrameLength() / format.getSampleRate();
      assertTrue(seconds > 1 && seconds < 6, "seconds: " + seconds);
    }
    Path mp3 = dir.resolve("preview.mp3");
    CliRun both = CliRun.of("say", "--words", "-o", mp3.toString(), "Good morning.");
    assertEquals(0, both.exitCode(), both.err());
    assertEquals("Good morning\n", both.out().lines().findFirst().orElseThrow() + "\n");
    assertTrue(both.out().contains(mp3 + ": "), both.out());
    byte[] bytes = Files.readAllBytes(mp3);
    assertTrue(bytes.length > 1000, "bytes: " + bytes.length);
    boolean mpegStart = (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xE0) == 0xE0;
    boolean id3Start = bytes[0] == 'I' && bytes[1] == 'D' && bytes[2] == '3';
    assertTrue(mpegStart || id3Start, "an MP3 stream");
  }

  @Test
  void sectionsShowsTheSpokenTextAndTheWordsToAddToALexicon(@TempDir Path dir) throws Exception {
    Path edition = dir.resolve("edition.txt");
    Files.writeString(edition, """
        Sahel Briefing

        ## Zanzoubi talks resume on Oct. 1

        Talks in Zanzoubi resume on Oct. 1, 2024, the U.N. said. Zanzoubi's mayor welcomed them.
        """);
    CliRun text = CliRun.of("sections", "--spoken", edition.toString());
    assertEquals(0, text.exitCode(), text.err());
    assertTrue(text.out().contains("   » Zanzoubi talks resume on October first\n"), text.out());
    assertTrue(text.out().contains("   » Talks in Zanzoubi resume on October first twenty twenty four the U N said"), text.out());

    CliRun json = CliRun.of("sections", "--spoken", "--json", edition.toString());
    assertEquals(0, json.exitCode(), json.err());
    JsonNode section = new ObjectMapper().readTree(json.out()).get("sections").get(0);
    assertEquals("Zanzoubi talks resume on October first", section.get("spokenTitle").asText());
    assertEquals(section.get("paragraphs").size(), section.get("spoken").size());

    CliRun unknown = CliRun.of("sections", "--unknown", edition.toString());
    assertEquals(0, unknown.exitCode(), unknown.err());
    assertTrue(unknown.out().lines().anyMatch(l -> l.matches("Zanzoubi\\s+3×\\s+.+")), unknown.out());

    Path lexicon = dir.resolve("mine.pls");
    Files.writeString(lexicon, """
        <lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon" alphabet="x-marytts">
          <lexeme><grapheme>Zanzoubi</grapheme><phoneme>z A n - ' z u - b i</phoneme></lexeme>
        </lexicon>
        """);
    CliRun known = CliRun.of("sections", "--unknown", "--lexicon", lexicon.toString(), edition.toString());
    assertEquals(0, known.exitCode(), known.err());
    assertFalse(known.out().contains("Zanzoubi"), known.out());

    Path plain = Files.writeString(dir.resolve("plain.txt"), "Good News\n\nThe mayor said the park will open today.\n");
    CliRun none = CliRun.of("sections", "--unknown", plain.toString());
    assertEquals(0, none.exitCode(), none.err());
    assertEquals("No unknown words: a lexicon or MaryTTS's own dictionary knows every word.\n", none.out());
  }
}
