package org.editionaudio.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.editionaudio.publish.ToolVersion;
import org.editionaudio.common.Sha256;
import org.editionaudio.publish.EditionFolder;

/**
 * Whether an output folder already holds what a run would write: its manifest names the same
 * input, settings and tool version, and the audio file it names is there with the recorded size
 * and SHA-256 (so a run killed between renaming the audio and the manifest is not mistaken for
 * a finished one).
 */
final class Freshness {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Freshness() {}

  /** The up-to-date manifest of {@code dir}, or empty when the edition must be generated. */
  static Optional<JsonNode> upToDate(Path dir, String inputSha256, String fingerprint) {
    Path manifestFile = dir.resolve(EditionFolder.MANIFEST);
    if (!Files.isRegularFile(manifestFile)) {
      return Optional.empty();
    }
    try {
      JsonNode manifest = JSON.readTree(manifestFile.toFile());
      if (!inputSha256.equals(manifest.path("inputSha256").asText())
          || !fingerprint.equals(manifest.path("settingsSha256").asText())
          || !ToolVersion.version().equals(manifest.path("toolVersion").asText())) {
        return Optional.empty();
      }
      JsonNode audio = manifest.path("audio");
      String name = audio.path("file").asText();
      if (name.isEmpty() || name.contains("/") || name.contains("\\")) {
        return Optional.empty();
      }
      Path file = dir.resolve(name);
      if (!Files.isRegularFile(file) || Files.size(file) != audio.path("bytes").asLong(-1)
          || !Sha256.of(file).equals(audio.path("sha256").asText())) {
        return Optional.empty();
      }
      return Optional.of(manifest);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

}
