package org.editionaudio.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The real MaryTTS: hostile text is spoken as words, and the analysis shows them. */
class MaryTtsEngineIT {
  private static MaryTtsEngine engine;
  private static VoiceProfile voice;

  @BeforeAll
  static void start() throws Exception {
    voice = VoiceProfile.load(VoiceProfile.DEFAULT);
    engine = new MaryTtsEngine(voice.maryVoice(), false);
  }

  @AfterAll
  static void stop() {
    engine.close();
  }

  @Test
  void speaks48kHzMono() throws Exception {
    short[] samples = engine.speak(MaryXml.line(Line.Kind.PARAGRAPH, "Good morning.", voice));
    assertEquals(48_000, engine.sampleRate());
    assertTrue(samples.length > 48_000 / 4, "a quarter second at least: " + samples.length);
  }

  @Test
  void markupInTextIsSpokenAsWords() throws Exception {
    String hostile = "It read <prosody rate=\"x-slow\">slowly</prosody> &amp; <voice name=\"x\">hi</voice> "
        + "]]> <!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]> &e;";
    Document words = engine.analyze(MaryXml.line(Line.Kind.PARAGRAPH, hostile, voice), "WORDS");
    List<String> tokens = tokens(words);
    for (String word : List.of("prosody", "rate", "slow", "voice", "DOCTYPE", "ENTITY", "SYSTEM", "passwd")) {
      assertTrue(tokens.stream().anyMatch(t -> t.equalsIgnoreCase(word)), word + " is spoken: " + tokens);
    }
    assertEquals(1, words.getElementsByTagNameNS(MaryXml.NAMESPACE, "prosody").getLength(),
        "only the profile's own prosody element");
    assertEquals(0, words.getElementsByTagNameNS(MaryXml.NAMESPACE, "voice").getLength());
    assertTrue(engine.speak(MaryXml.line(Line.Kind.PARAGRAPH, hostile, voice)).length > 48_000 * 5,
        "the tags take time to say");
  }

  static List<String> tokens(Document document) {
    List<String> tokens = new ArrayList<>();
    NodeList ts = document.getElementsByTagNameNS(MaryXml.NAMESPACE, "t");
    for (int i = 0; i < ts.getLength(); i++) {
      tokens.add(((Element) ts.item(i)).getTextContent().strip());
    }
    return tokens;
  }
}
