package org.editionaudio.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.editionaudio.publish.AudioFile;
import org.editionaudio.publish.EditionFolder;
import org.editionaudio.publish.ToolVersion;

/**
 * The published editions under a folder ({@code DIR/<edition-id>/manifest.json}), read one
 * manifest at a time: only a small {@link Episode} of each is kept, never its sentences. A folder
 * whose edition cannot be listed (a half-written, foreign or older manifest, audio missing or not
 * the audio the manifest describes, an id seen already) is skipped with one warning naming it.
 */
final class Shelf {
  static final String MANIFEST = EditionFolder.MANIFEST;
  static final String CHAPTERS_JSON = EditionFolder.CHAPTERS_JSON;
  static final String TRANSCRIPT_VTT = EditionFolder.TRANSCRIPT_VTT;
  static final String TRANSCRIPT_SRT = EditionFolder.TRANSCRIPT_SRT;

  private static final ObjectMapper JSON = new ObjectMapper();
  // Characters XML 1.0 cannot carry (C0 controls but tab and line ends, noncharacters) and the
  // bidirectional embeddings, overrides and isolates that can make a title read as another.
  private static final Pattern HOSTILE =
      Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\uFFFE\\uFFFF\\u202A-\\u202E\\u2066-\\u2069]"
          + "|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]");
  private static final Pattern PLAIN_NAME = Pattern.compile("[^/\\\\]+");

  private Shelf() {}

  /** Every listable edition under {@code dir}, newest first; a warning for each folder skipped. */
  static List<Episode> read(Path dir, Verified verified, Consumer<String> warn) throws IOException {
    List<String> folders = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, Files::isDirectory)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (!name.startsWith(".")) {
          folders.add(name);
        }
      }
    }
    folders.sort(Comparator.naturalOrder());
    List<Episode> episodes = new ArrayList<>();
    Map<String, String> ids = new HashMap<>();
    for (String folder : folders) {
      Path path = dir.resolve(folder);
      try {
        Episode episode = episode(path, folder, verified, warn);
        if (episode == null) {
          continue;
        }
        String first = ids.putIfAbsent(episode.id(), folder);
        if (first != null) {
          warn.accept(path + ": skipped — edition id " + episode.id() + " is already published in " + first);
          continue;
        }
        episodes.add(episode);
      } catch (Unlisted e) {
        warn.accept(path + ": skipped — " + e.getMessage());
      }
    }
    episodes.sort(NEWEST_FIRST);
    return episodes;
  }

  /** Newest first; editions published at the same instant by id, descending. */
  static final Comparator<Episode> NEWEST_FIRST =
      Comparator.comparing(Episode::published).thenComparing(Episode::id).reversed();

  /** Why an edition is not listed. */
  static final class Unlisted extends Exception {
    Unlisted(String reason) {
      super(reason, null, false, false);
    }
  }

  private static Episode episode(Path folder, String name, Verified verified, Consumer<String> warn)
      throws Unlisted {
    Path manifestFile = folder.resolve(MANIFEST);
    if (!Files.isRegularFile(manifestFile)) {
      throw new Unlisted("no " + MANIFEST + " (not an edition, or one still being written)");
    }
    JsonNode manifest;
    Instant modified;
    try {
      modified = Files.getLastModifiedTime(manifestFile).toInstant();
      manifest = summary(manifestFile);
    } catch (JsonProcessingException e) {
      throw new Unlisted(MANIFEST + " is not complete JSON (half-written?)");
    } catch (IOException e) {
      throw new Unlisted("cannot read " + MANIFEST + " (" + e.getMessage() + ")");
    }
    if (manifest == null || !manifest.isObject() || !ToolVersion.NAME.equals(manifest.path("tool").asText())) {
      throw new Unlisted(MANIFEST + " was not written by " + ToolVersion.NAME);
    }
    String version = manifest.path("toolVersion").asText("?");
    JsonNode edition = manifest.path("edition");
    JsonNode audio = manifest.path("audio");
    for (String field : List.of("edition.id", "edition.title", "durationMs", "chapters", "audio.file",
        "audio.format", "audio.bytes", "audio.sha256")) {
      JsonNode node = manifest.at("/" + field.replace('.', '/'));
      if (node.isMissingNode() || node.isNull()) {
        throw new Unlisted(MANIFEST + " of an older version (" + version + ") has no " + field
            + " — generate the edition again");
      }
    }
    String file = audio.path("file").asText();
    if (!PLAIN_NAME.matcher(file).matches() || file.startsWith(".")) {
      throw new Unlisted("the manifest's audio file is not a plain file name: " + file);
    }
    String format = audio.path("format").asText();
    String mimeType = audio.path("mimeType").asText(null);
    if (mimeType == null) {
      try {
        mimeType = new AudioFile(file, format, 0, 0, 0, "").mimeType();
      } catch (IllegalArgumentException e) {
        throw new Unlisted("unknown audio format " + format);
      }
    }
    verified.check(name, folder.resolve(file), audio.path("bytes").asLong(), audio.path("sha256").asText());

    List<String> changed = new ArrayList<>();
    String title = clean(edition.path("title").asText(), "title", changed);
    String publication = edition.hasNonNull("publication")
        ? clean(edition.path("publication").asText(), "publication", changed) : null;
    List<Episode.Mark> chapters = new ArrayList<>();
    for (JsonNode chapter : manifest.path("chapters")) {
      chapters.add(new Episode.Mark(clean(chapter.path("title").asText(), "a chapter title", changed),
          chapter.path("startMs").asLong(), chapter.path("endMs").asLong(),
          chapter.hasNonNull("url") ? clean(chapter.path("url").asText(), "a story link", changed) : null,
          chapter.path("section").isNull()));
    }
    if (!changed.isEmpty()) {
      warn.accept(folder + ": " + String.join(", ", changed)
          + " held control characters or bidirectional overrides; they are left out of the feed");
    }
    LocalDate date = null;
    if (edition.hasNonNull("date")) {
      try {
        date = LocalDate.parse(edition.path("date").asText());
      } catch (DateTimeParseException e) {
        throw new Unlisted("the edition's date is not YYYY-MM-DD: " + edition.path("date").asText());
      }
    }
    Instant published = date != null
        ? date.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC)
        : modified.truncatedTo(ChronoUnit.SECONDS);
    String cover = manifest.hasNonNull("cover") && PLAIN_NAME.matcher(manifest.path("cover").asText()).matches()
        && Files.isRegularFile(folder.resolve(manifest.path("cover").asText()))
        ? manifest.path("cover").asText() : null;
    Episode.Files files = new Episode.Files(Files.isRegularFile(folder.resolve(CHAPTERS_JSON)),
        Files.isRegularFile(folder.resolve(TRANSCRIPT_VTT)), Files.isRegularFile(folder.resolve(TRANSCRIPT_SRT)));
    return new Episode(name, clean(edition.path("id").asText(), "id", changed), title, date, published, publication,
        chapters, manifest.path("durationMs").asLong(),
        new Episode.Audio(file, format, mimeType, audio.path("bitrateKbps").asInt(), audio.path("bytes").asLong(),
            audio.path("sha256").asText()),
        cover, files);
  }

  // The manifest's top-level fields the feed reads; the sections, with every sentence, are skipped
  // by the streaming parser without being built, so each manifest costs little more than its edition.
  private static final java.util.Set<String> KEPT =
      java.util.Set.of("edition", "chapters", "durationMs", "audio", "cover", "tool", "toolVersion");

  /** The fields of the manifest the feed needs, read as a stream. */
  static JsonNode summary(Path manifestFile) throws IOException {
    try (com.fasterxml.jackson.core.JsonParser parser = JSON.getFactory().createParser(manifestFile.toFile())) {
      if (parser.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
        return null;
      }
      com.fasterxml.jackson.databind.node.ObjectNode kept = JSON.createObjectNode();
      while (parser.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        parser.nextToken();
        if (KEPT.contains(name)) {
          kept.set(name, JSON.readTree(parser));
        } else {
          parser.skipChildren();
        }
      }
      if (parser.currentToken() != com.fasterxml.jackson.core.JsonToken.END_OBJECT || parser.nextToken() != null) {
        throw new com.fasterxml.jackson.core.JsonParseException(parser, "not one complete JSON object");
      }
      return kept;
    }
  }

  /** The text without the characters a feed must not carry; notes which value changed. */
  static String clean(String text, String what, List<String> changed) {
    String cleaned = HOSTILE.matcher(text).replaceAll("");
    if (!cleaned.equals(text) && !changed.contains(what)) {
      changed.add(what);
    }
    return cleaned;
  }
}
