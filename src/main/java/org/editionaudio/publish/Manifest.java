package org.editionaudio.publish;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import org.editionaudio.audio.Chapter;
import org.editionaudio.audio.Cue;
import org.editionaudio.audio.Loudness;
import org.editionaudio.edition.Edition;
import org.editionaudio.edition.EditionJson;
import org.editionaudio.edition.Section;

/**
 * What {@code manifest.json} says: the edition and its sections with their times and sentences, the chapters,
 * the audio file, the voice, the tool's version and the input's hash.
 *
 * @param edition the edition read
 * @param chapters the chapters as encoded
 * @param cues every spoken sentence with its times
 * @param durationMs the audio's duration
 * @param audio the audio file
 * @param loudness the finished program's loudness as measured on the file
 * @param voice the voice profile's name
 * @param engine the speech engine and voice, e.g. "MaryTTS 5.2.1 cmu-slt-hsmm"
 * @param inputSha256 hex SHA-256 of the input's bytes
 * @param settingsSha256 hex SHA-256 of the settings that decided the output
 */
public record Manifest(
    Edition edition,
    List<Chapter> chapters,
    List<Cue> cues,
    long durationMs,
    AudioFile audio,
    Loudness loudness,
    String voice,
    String engine,
    String inputSha256,
    String settingsSha256) {

  /** Requires every field. */
  public Manifest {
    Objects.requireNonNull(edition, "edition");
    chapters = List.copyOf(chapters);
    cues = List.copyOf(cues);
    Objects.requireNonNull(audio, "audio");
    Objects.requireNonNull(loudness, "loudness");
  }

  /** The manifest as JSON: the {@code sections --json} shape, extended. */
  public ObjectNode toJson() {
    ObjectNode root = EditionJson.toTree(edition);
    ArrayNode sections = (ArrayNode) root.get("sections");
    List<Section> editionSections = edition.sections();
    for (int i = 0; i < editionSections.size(); i++) {
      ObjectNode section = (ObjectNode) sections.get(i);
      int index = i;
      chapters.stream().filter(c -> c.sectionIndex() == index).findFirst().ifPresent(chapter -> {
        section.put("startMs", chapter.startMs());
        section.put("endMs", chapter.endMs());
      });
      ArrayNode sentences = section.putArray("sentences");
      for (Cue cue : cues) {
        if (cue.utterance().sectionIndex() == index) {
          ObjectNode sentence = sentences.addObject();
          sentence.put("text", cue.utterance().text());
          sentence.put("startMs", cue.startMs());
          sentence.put("endMs", cue.endMs());
          if (cue.utterance().paragraph() < 0) {
            sentence.putNull("paragraph");
          } else {
            sentence.put("paragraph", cue.utterance().paragraph());
          }
        }
      }
    }
    ArrayNode chapterList = root.putArray("chapters");
    for (Chapter chapter : chapters) {
      ObjectNode node = chapterList.addObject();
      node.put("title", chapter.title());
      node.put("startMs", chapter.startMs());
      node.put("endMs", chapter.endMs());
      if (chapter.isIntro()) {
        node.putNull("section");
      } else {
        node.put("section", chapter.sectionIndex());
      }
    }
    root.put("durationMs", durationMs);
    ObjectNode audioNode = root.putObject("audio");
    audioNode.put("file", audio.file());
    audioNode.put("format", audio.format());
    audioNode.put("bitrateKbps", audio.bitrateKbps());
    audioNode.put("sampleRate", audio.sampleRate());
    audioNode.put("channels", 1);
    audioNode.put("bytes", audio.bytes());
    audioNode.put("sha256", audio.sha256());
    ObjectNode loudnessNode = root.putObject("loudness");
    loudnessNode.put("integratedLufs", loudness.integratedLufs());
    loudnessNode.put("truePeakDbtp", loudness.truePeakDbtp());
    loudnessNode.put("target", loudness.target().integratedLufs());
    loudnessNode.put("truePeakLimitDbtp", loudness.target().truePeakDbtp());
    loudnessNode.put("gainDb", Math.round(loudness.gainDb() * 100) / 100.0);
    loudnessNode.put("peakLimited", loudness.limited());
    root.put("voice", voice);
    root.put("engine", engine);
    root.put("tool", ToolVersion.NAME);
    root.put("toolVersion", ToolVersion.version());
    root.put("inputSha256", inputSha256);
    root.put("settingsSha256", settingsSha256);
    return root;
  }
}
