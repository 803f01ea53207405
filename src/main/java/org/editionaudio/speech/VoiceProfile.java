package org.editionaudio.speech;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * How the edition is voiced: the MaryTTS voice and the prosody of headlines and paragraphs,
 * read from a profile of the voices folder ({@link Voices}) or from a file.
 *
 * @param name the profile's name
 * @param description one line for {@code edition-audio voices}
 * @param maryVoice the MaryTTS voice, e.g. cmu-slt-hsmm
 * @param rate speaking rate of paragraphs, MaryXML syntax, e.g. "100%"
 * @param headlineRate speaking rate of headlines, e.g. "90%"
 * @param pitch pitch shift, MaryXML syntax, e.g. "+0%"
 */
public record VoiceProfile(
    String name, String description, String maryVoice, String rate, String headlineRate, String pitch) {

  /** The profile used when none is named. */
  public static final String DEFAULT = "news";

  private static final Pattern PERCENT = Pattern.compile("[+-]?\\d{1,3}(\\.\\d+)?%");

  /** Checks that rates and pitch are percentages MaryXML understands. */
  public VoiceProfile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(maryVoice, "maryVoice");
    for (String value : List.of(rate, headlineRate, pitch)) {
      if (!PERCENT.matcher(value).matches()) {
        throw new IllegalArgumentException("voice profile '" + name + "': '" + value + "' is not a percentage like 90%");
      }
    }
  }

  /** Loads a built-in profile by name, or a profile file by path. */
  public static VoiceProfile load(String nameOrFile) throws VoiceProfileException {
    return load(nameOrFile, Voices.BUILT_IN);
  }

  /** Loads a profile of the voices folder by name, or a profile file by path. */
  public static VoiceProfile load(String nameOrFile, Voices voices) throws VoiceProfileException {
    Path file = Path.of(nameOrFile);
    if (nameOrFile.endsWith(".properties") && Files.isRegularFile(file)) {
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        return parse(stem(file.getFileName().toString()), reader, nameOrFile);
      } catch (IOException e) {
        throw new VoiceProfileException(nameOrFile, "cannot read it (" + e.getMessage() + ")");
      }
    }
    if (!nameOrFile.matches("[a-z0-9-]+")) {
      throw new VoiceProfileException(nameOrFile, "no such voice profile; 'edition-audio voices' lists them");
    }
    try (InputStream in = voices.open(nameOrFile + ".properties")) {
      if (in == null) {
        throw new VoiceProfileException(nameOrFile, "no such voice profile; 'edition-audio voices' lists them");
      }
      return parse(nameOrFile, new InputStreamReader(in, StandardCharsets.UTF_8), voices.source(nameOrFile + ".properties"));
    } catch (IOException e) {
      throw new VoiceProfileException(nameOrFile, e.getMessage());
    }
  }

  /** The profiles that ship with the tool. */
  public static List<VoiceProfile> builtIn() throws VoiceProfileException {
    return listed(Voices.BUILT_IN);
  }

  /** The profiles the voices folder lists in its {@code voices.list}. */
  public static List<VoiceProfile> listed(Voices voices) throws VoiceProfileException {
    List<VoiceProfile> profiles = new ArrayList<>();
    try (InputStream index = voices.open("voices.list")) {
      if (index == null) {
        return profiles;
      }
      for (String line : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
        String name = line.strip();
        if (!name.isEmpty() && !name.startsWith("#")) {
          profiles.add(load(name, voices));
        }
      }
    } catch (IOException e) {
      throw new VoiceProfileException(voices.source("voices.list"), e.getMessage());
    }
    return profiles;
  }

  private static VoiceProfile parse(String name, Reader reader, String source)
      throws IOException, VoiceProfileException {
    Properties properties = new Properties();
    properties.load(reader);
    String voice = properties.getProperty("engine.voice");
    if (voice == null || voice.isBlank()) {
      throw new VoiceProfileException(source, "it has no engine.voice");
    }
    try {
      return new VoiceProfile(
          name,
          properties.getProperty("description", name).strip(),
          voice.strip(),
          properties.getProperty("rate", "100%").strip(),
          properties.getProperty("headline.rate", "90%").strip(),
          properties.getProperty("pitch", "+0%").strip());
    } catch (IllegalArgumentException e) {
      throw new VoiceProfileException(source, e.getMessage());
    }
  }

  private static String stem(String file) {
    int dot = file.lastIndexOf('.');
    return dot > 0 ? file.substring(0, dot) : file;
  }
}
