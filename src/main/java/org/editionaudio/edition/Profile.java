package org.editionaudio.edition;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * How to read one publication's template: CSS selectors for the edition's title and date, its
 * stories, their headlines and bodies, what to drop, and phrases never to read. Every selector is
 * optional; {@code generic} sets none and finds everything by itself.
 *
 * @param name the profile's name
 * @param description one line saying which template it fits
 * @param title selector of the element holding the edition's title, or null
 * @param date selector of the element holding the edition's date (datetime, content or text), or null
 * @param publication the publication's name, or null to take it from the page
 * @param stories selector of the elements that are one story each, or null to split on headings
 * @param headline selector, inside a story, of its headline, or null for its first heading
 * @param body selector of the elements holding story text (inside a story when stories is set), or null
 * @param drop selector of elements never read, or null
 * @param neverRead phrases (case-insensitive) whose paragraphs are never read
 * @param sound the publication's produced audio and cover, files the profile names
 * @param podcast the publication's podcast channel values, for the feed
 */
public record Profile(
    String name, String description, String title, String date, String publication, String stories,
    String headline, String body, String drop, List<String> neverRead, Sound sound, Podcast podcast) {

  /**
   * The podcast channel values a profile may give ({@code podcast-*} keys); each is null when not given.
   *
   * @param title the podcast's title
   * @param description the podcast's description
   * @param link the publication's web site
   * @param language the feed's language, e.g. "en-us"
   * @param category Apple's category, a subcategory after " > ", e.g. "News > Daily News"
   * @param explicit "true" or "false"
   * @param author the podcast's author
   * @param ownerName the owner's name
   * @param ownerEmail the owner's e-mail address
   * @param locked "yes" or "no": whether another host may import the feed
   * @param image the podcast's cover: an http(s) URL, or a file relative to the profile's folder
   */
  public record Podcast(String title, String description, String link, String language, String category,
      String explicit, String author, String ownerName, String ownerEmail, String locked, String image) {
    /** None. */
    public static final Podcast NONE = new Podcast(null, null, null, null, null, null, null, null, null, null, null);

    /** Checks the yes/no values. */
    public Podcast {
      if (explicit != null && !explicit.matches("true|false")) {
        throw new IllegalArgumentException("podcast-explicit must be true or false, not " + explicit);
      }
      if (locked != null && !locked.matches("yes|no")) {
        throw new IllegalArgumentException("podcast-locked must be yes or no, not " + locked);
      }
    }
  }

  /** A profile without podcast values. */
  public Profile(
      String name, String description, String title, String date, String publication, String stories,
      String headline, String body, String drop, List<String> neverRead, Sound sound) {
    this(name, description, title, date, publication, stories, headline, body, drop, neverRead, sound, Podcast.NONE);
  }

  /**
   * A publication's produced audio and cover, each a file or null; relative paths in a profile
   * file are relative to its folder.
   *
   * @param introAudio played before the first story
   * @param sting played between stories
   * @param outroAudio played after the last story
   * @param cover the edition's cover image
   */
  public record Sound(Path introAudio, Path sting, Path outroAudio, Path cover) {
    /** None. */
    public static final Sound NONE = new Sound(null, null, null, null);
  }

  /** The name of the default profile. */
  public static final String DEFAULT = "generic";

  private static final String BUILT_IN = "/org/editionaudio/profiles/";
  private static final Set<String> KEYS = Set.of(
      "description", "title", "date", "publication", "stories", "headline", "body", "drop", "never-read",
      "intro-audio", "sting", "outro-audio", "cover",
      "podcast-title", "podcast-description", "podcast-link", "podcast-language", "podcast-category",
      "podcast-explicit", "podcast-author", "podcast-owner-name", "podcast-owner-email", "podcast-locked",
      "podcast-image");

  /** Checks that every selector is valid CSS and that phrases are not blank. */
  public Profile {
    Objects.requireNonNull(name, "name");
    description = description == null ? name : description.strip();
    title = selector("title", title);
    date = selector("date", date);
    publication = publication == null || publication.isBlank() ? null : TextCleaner.clean(publication);
    stories = selector("stories", stories);
    headline = selector("headline", headline);
    body = selector("body", body);
    drop = selector("drop", drop);
    neverRead = List.copyOf(Objects.requireNonNull(neverRead, "neverRead"));
    sound = sound == null ? Sound.NONE : sound;
    podcast = podcast == null ? Podcast.NONE : podcast;
    if (neverRead.stream().anyMatch(phrase -> TextCleaner.clean(phrase).isEmpty())) {
      throw new IllegalArgumentException("never-read has an empty phrase");
    }
  }

  /** The generic profile: no selectors, content found by the page's structure. */
  public static Profile generic() {
    return new Profile(DEFAULT, "any news or blog page", null, null, null, null, null, null, null, List.of(),
        Sound.NONE);
  }

  /** Loads a built-in profile by name, or a profile file ({@code .properties}) by path. */
  public static Profile load(String nameOrFile) throws ProfileException {
    Path file = Path.of(nameOrFile);
    if (Files.isRegularFile(file)) {
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        return parse(stem(file.getFileName().toString()), reader, nameOrFile, file.toAbsolutePath().getParent());
      } catch (IOException e) {
        throw new ProfileException(nameOrFile, "cannot read it (" + e.getMessage() + ")");
      }
    }
    InputStream in = nameOrFile.matches("[a-z0-9-]+")
        ? Profile.class.getResourceAsStream(BUILT_IN + nameOrFile + ".properties") : null;
    if (in == null) {
      throw new ProfileException(nameOrFile, "no such file and no built-in profile of that name (built in: "
          + String.join(", ", builtInNames()) + ")");
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return parse(nameOrFile, reader, nameOrFile, null);
    } catch (IOException e) {
      throw new ProfileException(nameOrFile, e.getMessage());
    }
  }

  /** The names of the profiles that ship with the tool. */
  public static List<String> builtInNames() {
    List<String> names = new ArrayList<>();
    try (InputStream index = Profile.class.getResourceAsStream(BUILT_IN + "profiles.list")) {
      if (index != null) {
        for (String line : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
          if (!line.isBlank() && !line.strip().startsWith("#")) {
            names.add(line.strip());
          }
        }
      }
    } catch (IOException e) {
      // The list only decorates an error message; the profiles themselves still load.
    }
    return names;
  }

  /** True when the profile names the story elements itself. */
  boolean hasStories() {
    return stories != null;
  }

  /** The never-read phrase in this text, or null. */
  String neverReadPhrase(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String phrase : neverRead) {
      if (lower.contains(TextCleaner.clean(phrase).toLowerCase(Locale.ROOT))) {
        return phrase;
      }
    }
    return null;
  }

  private static Profile parse(String name, Reader reader, String source, Path folder)
      throws IOException, ProfileException {
    Properties properties = new Properties();
    properties.load(reader);
    Set<String> unknown = new TreeSet<>(properties.stringPropertyNames());
    unknown.removeAll(KEYS);
    if (!unknown.isEmpty()) {
      throw new ProfileException(source, "unknown key " + unknown.iterator().next() + " (known: "
          + String.join(", ", new TreeSet<>(KEYS)) + ")");
    }
    List<String> phrases = new ArrayList<>();
    for (String phrase : properties.getProperty("never-read", "").split("\\|")) {
      if (!phrase.isBlank()) {
        phrases.add(TextCleaner.clean(phrase));
      }
    }
    try {
      return new Profile(name, properties.getProperty("description"), value(properties, "title"),
          value(properties, "date"), value(properties, "publication"), value(properties, "stories"),
          value(properties, "headline"), value(properties, "body"), value(properties, "drop"), phrases,
          new Sound(file(properties, "intro-audio", folder, source), file(properties, "sting", folder, source),
              file(properties, "outro-audio", folder, source), file(properties, "cover", folder, source)),
          new Podcast(value(properties, "podcast-title"), value(properties, "podcast-description"),
              value(properties, "podcast-link"), value(properties, "podcast-language"),
              value(properties, "podcast-category"), value(properties, "podcast-explicit"),
              value(properties, "podcast-author"), value(properties, "podcast-owner-name"),
              value(properties, "podcast-owner-email"), value(properties, "podcast-locked"),
              image(properties, folder, source)));
    } catch (IllegalArgumentException e) {
      throw new ProfileException(source, e.getMessage());
    }
  }

  /** A file the profile names, relative to the profile's folder; it must be there. */
  private static Path file(Properties properties, String key, Path folder, String source) throws ProfileException {
    String value = value(properties, key);
    if (value == null) {
      return null;
    }
    if (folder == null) {
      throw new ProfileException(source, key + ": a built-in profile names no files");
    }
    Path file = folder.resolve(value).normalize();
    if (!Files.isRegularFile(file)) {
      throw new ProfileException(source, key + ": no such file " + file);
    }
    return file;
  }

  /** The podcast image: an http(s) URL as it is, or a file relative to the profile's folder. */
  private static String image(Properties properties, Path folder, String source) throws ProfileException {
    String value = value(properties, "podcast-image");
    if (value == null || value.matches("(?i)https?://.+")) {
      return value;
    }
    return file(properties, "podcast-image", folder, source).toString();
  }

  private static String value(Properties properties, String key) {
    String value = properties.getProperty(key);
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String selector(String key, String css) {
    if (css == null || css.isBlank()) {
      return null;
    }
    try {
      QueryParser.parse(css);
    } catch (Selector.SelectorParseException | IllegalArgumentException e) {
      throw new IllegalArgumentException(key + " is not a CSS selector: " + css + " (" + e.getMessage() + ")");
    }
    return css.strip();
  }

  private static String stem(String file) {
    int dot = file.lastIndexOf('.');
    return dot > 0 ? file.substring(0, dot) : file;
  }
}
