package org.editionaudio.speech;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import marytts.LocalMaryInterface;
import org.w3c.dom.Document;

/**
 * Stock MaryTTS, as a process of its own: none of our modules registered, so its own HMM engine
 * and vocoder speak. Arguments: VOICE OUTPUT MARYXML…; writes, for each document in turn, its
 * sample count (an int) and its samples (big-endian shorts) to OUTPUT.
 */
public final class StockMaryTts {
  private StockMaryTts() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("log4j.logger.marytts", "ERROR, stderr");
    LocalMaryInterface mary = new LocalMaryInterface();
    mary.setInputType("RAWMARYXML");
    mary.setOutputType("AUDIO");
    mary.setVoice(args[0]);
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    try (OutputStream file = Files.newOutputStream(Path.of(args[1]));
        DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(file))) {
      for (int i = 2; i < args.length; i++) {
        Document document = factory.newDocumentBuilder().parse(Path.of(args[i]).toFile());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (AudioInputStream audio = mary.generateAudio(document)) {
          if (audio.getFormat().isBigEndian() || audio.getFormat().getSampleSizeInBits() != 16) {
            throw new IllegalStateException("not 16-bit little-endian: " + audio.getFormat());
          }
          byte[] buffer = new byte[1 << 16];
          for (int read; (read = audio.read(buffer)) != -1; ) {
            bytes.write(buffer, 0, read);
          }
        }
        byte[] pcm = bytes.toByteArray();
        out.writeInt(pcm.length / 2);
        for (int at = 0; at + 1 < pcm.length; at += 2) {
          out.writeShort((pcm[at] & 0xFF) | (pcm[at + 1] << 8));
        }
      }
    }
  }
}
