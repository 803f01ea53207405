package org.editionaudio.feed;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.editionaudio.publish.PublishException;
import org.editionaudio.publish.Publisher;
import org.editionaudio.publish.Staging;

/**
 * Writes the podcast feed ({@code DIR/feed.xml}) and the archive page ({@code DIR/index.html})
 * over the editions published under a folder, atomically, and only the files whose content
 * changed: re-running it over an unchanged folder writes nothing.
 */
public final class FeedWriter {
  /** The feed's file name in the folder. */
  public static final String FEED_FILE = "feed.xml";
  /** The archive page's file name in the folder. */
  public static final String ARCHIVE_FILE = "index.html";
  /** The podcast cover's file name (with the image's extension) when it is given as a file. */
  static final String COVER_STEM = "podcast-cover";

  private final URI base;
  private final Channel channel;
  private final int limit;
  private final Consumer<String> warn;

  /**
   * A writer.
   *
   * @param base the URL the folder is served under (see {@link #baseUrl})
   * @param channel the channel values given; defaults fill the rest
   * @param limit the most items in the feed, 0 for all (the archive page lists every edition)
   * @param warn receives one line per folder skipped and per questionable value
   */
  public FeedWriter(URI base, Channel channel, int limit, Consumer<String> warn) {
    this.base = Objects.requireNonNull(base, "base");
    this.channel = Objects.requireNonNull(channel, "channel");
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative");
    }
    this.limit = limit;
    this.warn = Objects.requireNonNull(warn, "warn");
  }

  /**
   * What a run did.
   *
   * @param editions the editions listed on the archive page
   * @param items the items in the feed
   * @param skipped the folders skipped
   * @param written the files written (none when nothing changed)
   */
  public record Result(int editions, int items, int skipped, List<String> written) {}

  /** The base URL as the feed uses it: an absolute http(s) URL, ending in "/". */
  public static URI baseUrl(String text) {
    URI uri;
    try {
      uri = new URI(text.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a URL: " + text);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
        || uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new IllegalArgumentException("not an absolute http(s) URL without query or fragment: " + text);
    }
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return URI.create(scheme + "://" + uri.getRawAuthority() + (path.endsWith("/") ? path : path + "/"));
  }

  /** Reads every edition under {@code dir} and writes what changed of the feed and the archive page. */
  public Result write(Path dir) throws IOException, PublishException {
    int[] skipped = {0};
    Consumer<String> counting = line -> {
      if (line.contains(": skipped — ")) {
        skipped[0]++;
      }
      warn.accept(line);
    };
    Verified verified = Verified.in(dir);
    List<Episode> episodes = Shelf.read(dir, verified, counting);
    List<Episode> items = limit > 0 && episodes.size() > limit ? episodes.subList(0, limit) : episodes;
    Staged cover = cover(dir);
    Podcast podcast = podcast(episodes, cover == null ? null : cover.name);
    List<String> written = new java.util.ArrayList<>();
    try (Staging staging = new Publisher(dir).begin()) {
      if (cover != null && !sameBytes(dir.resolve(cover.name), cover.bytes)) {
        staging.write(cover.name, cover.bytes);
        written.add(cover.name);
      }
      if (stage(staging, FEED_FILE, out -> RssFeed.write(out, podcast, items))) {
        written.add(FEED_FILE);
      }
      if (stage(staging, ARCHIVE_FILE, out -> ArchivePage.write(out, podcast, episodes, FEED_FILE))) {
        written.add(ARCHIVE_FILE);
      }
      if (!written.isEmpty()) {
        staging.commit();
      }
    }
    try {
      verified.save();
    } catch (IOException e) {
      // Only a record of checks done: the feed is right without it, the next run checks again.
    }
    return new Result(episodes.size(), items.size(), skipped[0], List.copyOf(written));
  }

  private Podcast podcast(List<Episode> episodes, String coverFile) {
    String publication = episodes.stream().map(Episode::publication).filter(Objects::nonNull).findFirst()
        .orElse(null);
    String title = firstOf(channel.title(), publication, "Audio editions");
    String author = firstOf(channel.author(), publication, title);
    String[] category = firstOf(channel.category(), "News").split("\\s*>\\s*", 2);
    String image = channel.image() != null && channel.image().matches("(?i)https?://.+") ? channel.image()
        : coverFile != null ? base.resolve(coverFile).toString() : null;
    if (image == null) {
      warn.accept("feed: no podcast cover (--image or the profile's podcast-image): Apple Podcasts asks for a square"
          + " JPEG or PNG of 1400 to 3000 pixels");
    }
    return new Podcast(base.resolve(FEED_FILE).toString(), base, title,
        firstOf(channel.description(), title + ": every edition, read aloud, with a chapter per story."),
        firstOf(channel.link(), base.toString()), firstOf(channel.language(), "en"), category[0],
        category.length > 1 ? category[1] : null, "true".equals(channel.explicit()), author,
        firstOf(channel.ownerName(), author), channel.ownerEmail(), "yes".equals(channel.locked()), image);
  }

  private record Staged(String name, byte[] bytes) {}

  /** The podcast cover given as a file: checked, and copied into the folder beside the feed. */
  private Staged cover(Path dir) throws IOException {
    String image = channel.image();
    if (image == null || image.matches("(?i)https?://.+")) {
      return null;
    }
    Path file = Path.of(image);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new IllegalArgumentException("podcast image " + file + ": cannot read it (" + e.getMessage() + ")");
    }
    String type = null;
    try (ImageInputStream in = ImageIO.createImageInputStream(new java.io.ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (readers.hasNext()) {
        ImageReader reader = readers.next();
        try {
          reader.setInput(in);
          type = reader.getFormatName().toLowerCase(Locale.ROOT);
          int width = reader.getWidth(0);
          int height = reader.getHeight(0);
          if (width != height || width < 1400 || width > 3000) {
            warn.accept("feed: podcast image " + file + " is " + width + "×" + height
                + " pixels; Apple Podcasts asks for a square of 1400 to 3000");
          }
        } finally {
          reader.dispose();
        }
      }
    }
    String extension = type == null ? null : type.equals("png") ? "png" : type.matches("jpe?g") ? "jpg" : null;
    if (extension == null) {
      throw new IllegalArgumentException("podcast image " + file + " is not a JPEG or PNG image");
    }
    return new Staged(COVER_STEM + "." + extension, bytes);
  }

  private interface Content {
    void write(java.io.Writer out) throws IOException;
  }

  /**
   * Writes {@code name}'s new content to a temporary file, streamed rather than held, and stages
   * it only when it differs from the file in place; returns whether it was staged.
   */
  private static boolean stage(Staging staging, String name, Content content) throws IOException, PublishException {
    Path temp = Files.createTempFile(staging.dir(), "." + name + ".", ".tmp");
    try {
      try (java.io.Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        content.write(out);
      }
      Path target = staging.dir().resolve(name);
      if (Files.isRegularFile(target) && Files.mismatch(temp, target) == -1L) {
        return false;
      }
      Files.move(temp, staging.reserve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      return true;
    } catch (IOException e) {
      throw new PublishException(staging.dir().resolve(name), e.getMessage(), e);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Whether the file holds exactly these bytes; read in blocks, so a large archive page is not held twice. */
  private static boolean sameBytes(Path file, byte[] bytes) throws IOException {
    if (!Files.isRegularFile(file) || Files.size(file) != bytes.length) {
      return false;
    }
    try (java.io.InputStream in = Files.newInputStream(file)) {
      byte[] block = new byte[1 << 16];
      int offset = 0;
      for (int n = in.read(block); n > 0; n = in.read(block)) {
        if (offset + n > bytes.length || !Arrays.equals(block, 0, n, bytes, offset, offset + n)) {
          return false;
        }
        offset += n;
      }
      return offset == bytes.length;
    }
  }

  private static String firstOf(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }
}
