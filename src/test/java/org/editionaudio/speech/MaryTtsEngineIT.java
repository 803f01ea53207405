package org.editionaudio.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    short[] samples = engine.speak(MaryXml.line(ScriptLine.Kind.PARAGRAPH, "Good morning.", voice));
    assertEquals(48_000, engine.sampleRate());
    assertTrue(samples.length > 48_000 / 4, "a quarter second at least: " + samples.length);
  }

  @Test
  void startsTheModulesItsRequestsUseAndNotMaryTtsServerModules() throws Exception {
    // A MaryTTS of its own: in this JVM's shared one, other tests' requests may have started modules.
    try (IsolatedMaryTtsEngine fresh = IsolatedMaryTtsEngine.start("module-test", voice.maryVoice(), false)) {
      List<String> started = fresh.runningModules();
      assertTrue(started.stream().anyMatch(m -> m.startsWith("OpenNLPPosTagger ")), started.toString());
      assertTrue(started.stream().noneMatch(m -> m.startsWith("SSMLParser ") || m.startsWith("JPhonemiser ")
          && m.endsWith("en_GB)")), "parsers of other inputs and other locales stay off: " + started);
      // MaryTTS starts a module on its first use if it is not running yet: none may start here.
      fresh.speak(MaryXml.line(ScriptLine.Kind.PARAGRAPH, "Good morning, 3 readers (and Dr. Ruiz).", voice));
      for (String type : List.of("WORDS", "PHONEMES", "ALLOPHONES")) {
        fresh.analyze(MaryXml.line(ScriptLine.Kind.PARAGRAPH, "The 2nd reading.", voice), type);
      }
      assertEquals(started, fresh.runningModules());
    }
  }

  @Test
  void markupInTextIsSpokenAsWords() throws Exception {
    String hostile = "It read <prosody rate=\"x-slow\">slowly</prosody> &amp; <voice name=\"x\">hi</voice> "
        + "]]> <!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]> &e;";
    Document words = engine.analyze(MaryXml.line(ScriptLine.Kind.PARAGRAPH, hostile, voice), "WORDS");
    List<String> tokens = tokens(words);
    for (String word : List.of("prosody", "rate", "slow", "voice", "DOCTYPE", "ENTITY", "SYSTEM", "passwd")) {
      assertTrue(tokens.stream().anyMatch(t -> t.equalsIgnoreCase(word)), word + " is spoken: " + tokens);
    }
    assertEquals(1, words.getElementsByTagNameNS(MaryXml.NAMESPACE, "prosody").getLength(),
        "only the profile's own prosody element");
    assertEquals(0, words.getElementsByTagNameNS(MaryXml.NAMESPACE, "voice").getLength());
    assertTrue(engine.speak(MaryXml.line(ScriptLine.Kind.PARAGRAPH, hostile, voice)).length > 48_000 * 5,
        "the tags take time to say");
  }

  @Test
  void markupStaysTextThroughNormalizationAndTheLexicon() throws Exception {
    String hostile = "It read <prosody rate=\"x-slow\">slowly</prosody> &amp; <voice name=\"x\">hi</voice> "
        + "]]> <!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]> &e; <t ph=\"A\">Niger</t>";
    SpokenText spoken = new Normalizer(Lexicon.builtIn()).spoken(hostile);
    Document words = engine.analyze(MaryXml.line(ScriptLine.Kind.PARAGRAPH, spoken, voice), "WORDS");
    List<String> tokens = tokens(words);
    for (String word : List.of("prosody", "rate", "slow", "voice", "DOCTYPE", "ENTITY", "SYSTEM", "passwd", "ph", "Niger")) {
      assertTrue(tokens.stream().anyMatch(t -> t.equalsIgnoreCase(word)), word + " is spoken: " + tokens);
    }
    assertEquals(1, words.getElementsByTagNameNS(MaryXml.NAMESPACE, "prosody").getLength(), "only the profile's prosody");
    assertEquals(0, words.getElementsByTagNameNS(MaryXml.NAMESPACE, "voice").getLength());
    NodeList given = words.getElementsByTagNameNS(MaryXml.NAMESPACE, "t");
    List<String> pronounced = new ArrayList<>();
    for (int i = 0; i < given.getLength(); i++) {
      Element t = (Element) given.item(i);
      if (t.hasAttribute("ph")) {
        pronounced.add(t.getTextContent() + "=" + t.getAttribute("ph"));
      }
    }
    assertTrue(pronounced.contains("Niger=n i - ' Z E r"), "the lexicon's word: " + pronounced);
    assertTrue(pronounced.stream().noneMatch(p -> p.endsWith("=A")), "never the text's own <t ph>: " + pronounced);
  }

  @Test
  void quotedSentencesAndParenthesesGetPhraseBreaks() throws Exception {
    String text = "He said \"We will win\" and left the city (for now) in a hurry.";
    String raw = phrasing(engine.analyze(MaryXml.line(ScriptLine.Kind.PARAGRAPH, text, voice), "ALLOPHONES"));
    String ours = phrasing(engine.analyze(MaryXml.line(ScriptLine.Kind.PARAGRAPH, new Normalizer().spoken(text), voice), "ALLOPHONES"));
    for (String phrasing : List.of(raw, ours)) {
      assertTrue(phrasing.contains("( |4| for now ) |4|"), "MaryTTS breaks at parentheses itself: " + phrasing);
    }
    assertFalse(raw.contains("said , |4|"), raw);
    assertTrue(ours.contains("said , |4| \" We will win"), "a break before the quotation: " + ours);
    assertTrue(ours.contains("win , \" |4| and"), "and after it: " + ours);
  }

  /** Tokens and phrase boundaries ("|4|") in order. */
  private static String phrasing(Document allophones) {
    NodeList all = allophones.getElementsByTagNameNS(MaryXml.NAMESPACE, "*");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < all.getLength(); i++) {
      Element element = (Element) all.item(i);
      if (element.getLocalName().equals("t")) {
        out.append(element.getTextContent().replaceAll("\\s+", "")).append(' ');
      } else if (element.getLocalName().equals("boundary")) {
        out.append('|').append(element.getAttribute("breakindex")).append("| ");
      }
    }
    return out.toString();
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
