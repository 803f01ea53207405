package org.editionaudio.publish;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The tool's name and version, as the build recorded them. */
public final class ToolVersion {
  /** The tool's name. */
  public static final String NAME = "edition-audio";

  private ToolVersion() {}

  /** The version from the build, e.g. "0.1.0". */
  public static String version() {
    try (InputStream in = ToolVersion.class.getResourceAsStream("/org/editionaudio/version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
