package org.editionaudio.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import marytts.htsengine.HMMVoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * Our engine (the in-thread HMM engine with {@link MlsaVocoder}) against stock MaryTTS running in a
 * process of its own: the same MaryXML gives the same samples, every one of them.
 */
class VocoderIT {
  // Invented lines: statements, a question, numbers, a quotation, a long sentence, a short one.
  private static final List<String> LINES = List.of(
      "Good morning.",
      "The council met on Tuesday and voted five to two to rebuild the old river bridge by the spring.",
      "Will the new timetable start in September, or later?",
      "About three thousand four hundred pupils, sixty-two percent of the district, will start fifteen minutes later.",
      "\"It is good to drive across again,\" said one commuter, who crosses it twice a day.",
      "Yes.");

  @Test
  void ourEngineSpeaksStockMaryTtsSamples(@TempDir Path dir) throws Exception {
    VoiceProfile voice = VoiceProfile.load(VoiceProfile.DEFAULT);
    List<short[]> ours = new ArrayList<>();
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath(),
        StockMaryTts.class.getName(), voice.maryVoice(), dir.resolve("stock.pcm").toString()));
    try (MaryTtsEngine engine = new MaryTtsEngine(voice.maryVoice(), false)) {
      HMMVoice hmm = (HMMVoice) marytts.modules.synthesis.Voice.getVoice(voice.maryVoice());
      assertTrue(MlsaVocoder.handles(hmm.getHMMData()), "the default voice is spoken by our vocoder");
      for (int i = 0; i < LINES.size(); i++) {
        Document document = MaryXml.line(ScriptLine.Kind.PARAGRAPH, LINES.get(i), voice);
        Path file = dir.resolve("line-" + i + ".xml");
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(document),
            new StreamResult(file.toFile()));
        command.add(file.toString());
        ours.add(engine.speak(document));
      }
    }
    Process stock = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve("stock.log").toFile()).start();
    assertTrue(stock.waitFor(5, TimeUnit.MINUTES), "stock MaryTTS finished");
    assertEquals(0, stock.exitValue(), () -> "stock MaryTTS: " + read(dir.resolve("stock.log")));
    try (DataInputStream in = new DataInputStream(Files.newInputStream(dir.resolve("stock.pcm")))) {
      for (int i = 0; i < LINES.size(); i++) {
        short[] theirs = new short[in.readInt()];
        for (int s = 0; s < theirs.length; s++) {
          theirs[s] = in.readShort();
        }
        assertTrue(theirs.length > 4_800, "line " + i + " is spoken: " + theirs.length + " samples");
        int line = i;
        assertEquals(theirs.length, ours.get(i).length, () -> "samples of line " + line);
        assertTrue(Arrays.equals(theirs, ours.get(i)), () -> "line " + line + " differs first at sample "
            + Arrays.mismatch(theirs, ours.get(line)));
      }
    }
  }

  private static String classPath() throws URISyntaxException {
    List<String> entries = new ArrayList<>();
    for (URL url : ClassPath.urls()) {
      entries.add(Path.of(url.toURI()).toString());
    }
    return String.join(File.pathSeparator, entries);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (java.io.IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }
}
