package org.editionaudio.feed;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.editionaudio.publish.ToolVersion;

/**
 * Published edition folders made without synthesis, for the feed's tests and benchmark: a
 * manifest of the shape {@code generate} writes, invented audio bytes it describes, and the
 * sidecar files.
 */
public final class Editions {
  private Editions() {}

  /** Publishes an invented edition into {@code dir/folder}, one sentence a story; returns the folder. */
  public static Path publish(Path dir, String folder, String id, String date, String title, String format,
      int stories) throws IOException {
    return publish(dir, folder, id, date, title, format, stories, 1);
  }

  /** Publishes an invented edition with {@code sentences} sentences a story; returns the folder. */
  public static Path publish(Path dir, String folder, String id, String date, String title, String format,
      int stories, int sentences) throws IOException {
    Path edition = Files.createDirectories(dir.resolve(folder));
    byte[] audio = ("invented audio of " + id).repeat(40).getBytes(StandardCharsets.UTF_8);
    String file = "edition." + format;
    Files.write(edition.resolve(file), audio);
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    ObjectNode meta = root.putObject("edition");
    meta.put("id", id).put("title", title).put("date", date).put("publication", "The Invented Gazette")
        .put("source", "invented.html");
    ArrayNode sections = root.putArray("sections");
    ArrayNode chapters = root.putArray("chapters");
    chapters.addObject().put("title", "The Invented Gazette").put("startMs", 0).put("endMs", 4000).putNull("section");
    long at = 4000;
    for (int i = 0; i < stories; i++) {
      ObjectNode section = sections.addObject().put("title", "Story " + (i + 1) + " of " + id);
      section.putArray("paragraphs").add("An invented paragraph.");
      ArrayNode spoken = section.putArray("sentences");
      for (int k = 0; k < sentences; k++) {
        spoken.addObject().put("text", "An invented sentence, number " + k + ", of a story no one wrote.")
            .put("startMs", at + 700 + k * 2000L).put("endMs", at + 2500 + k * 2000L).put("paragraph", k / 4);
      }
      chapters.addObject().put("title", "Story " + (i + 1) + " of " + id).put("startMs", at).put("endMs", at + 30_000)
          .put("section", i);
      at += 30_000;
    }
    root.put("durationMs", at);
    root.putObject("audio").put("file", file).put("format", format)
        .put("mimeType", format.equals("opus") ? "audio/ogg; codecs=opus" : format.equals("m4a") ? "audio/mp4"
            : "audio/mpeg")
        .put("bitrateKbps", 64).put("sampleRate", 48000).put("channels", 1).put("bytes", audio.length)
        .put("sha256", sha256(audio));
    root.put("voice", "news").put("engine", "invented").put("tool", ToolVersion.NAME)
        .put("toolVersion", ToolVersion.version()).put("inputSha256", "0").put("settingsSha256", "0");
    Files.writeString(edition.resolve("manifest.json"), root.toPrettyString());
    Files.writeString(edition.resolve("chapters.json"), "{\"version\":\"1.2.0\",\"chapters\":[]}");
    Files.writeString(edition.resolve("transcript.vtt"), "WEBVTT\n");
    Files.writeString(edition.resolve("transcript.srt"), "");
    return edition;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
