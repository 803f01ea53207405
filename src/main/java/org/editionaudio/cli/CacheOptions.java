package org.editionaudio.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.editionaudio.publish.ToolVersion;
import org.editionaudio.speech.ClipCache;
import org.editionaudio.speech.FileClipCache;
import picocli.CommandLine.Option;

/** Where synthesized sentences are kept between runs: --cache DIR, --no-cache, --cache-size. */
final class CacheOptions {
  private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([kmgt]?)i?b?", Pattern.CASE_INSENSITIVE);

  @Option(names = "--cache", paramLabel = "DIR",
      description = "Cache of synthesized sentences (default: $EDITION_AUDIO_CACHE, $XDG_CACHE_HOME/edition-audio "
          + "or ~/.cache/edition-audio).")
  Path dir;

  @Option(names = "--no-cache", description = "Synthesize everything; keep nothing.")
  boolean disabled;

  @Option(names = "--cache-size", paramLabel = "SIZE", defaultValue = "2G",
      description = "Largest size of the cache before the least recently used sentences go (default: ${DEFAULT-VALUE}).")
  String size;

  /** The cache these options describe. */
  ClipCache open() throws UsageException {
    if (disabled) {
      return ClipCache.NONE;
    }
    return new FileClipCache(folder(), bytes(size), ToolVersion.version());
  }

  Path folder() {
    if (dir != null) {
      return dir;
    }
    String explicit = System.getenv("EDITION_AUDIO_CACHE");
    if (explicit != null && !explicit.isBlank()) {
      return Path.of(explicit);
    }
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("edition-audio");
  }

  static long bytes(String size) throws UsageException {
    Matcher m = SIZE.matcher(size.strip());
    if (!m.matches()) {
      throw new UsageException("--cache-size " + size + " is not a size like 500M or 2G");
    }
    long value = Long.parseLong(m.group(1));
    int power = "kmgt".indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1;
    long bytes = value << (10 * power);
    if (bytes < (1 << 20)) {
      throw new UsageException("--cache-size " + size + " is smaller than 1M");
    }
    return bytes;
  }
}
