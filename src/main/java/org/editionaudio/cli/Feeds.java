package org.editionaudio.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.editionaudio.common.ExitCode;
import org.editionaudio.edition.EditionException;
import org.editionaudio.feed.Channel;
import org.editionaudio.feed.FeedWriter;

/** Runs the feed writer for {@code feed}, {@code batch --feed} and {@code generate --feed}. */
final class Feeds {
  private Feeds() {}

  /** The base URL, checked: a usage error unless it is an absolute http(s) URL. */
  static URI baseUrl(String text) throws UsageException {
    try {
      return FeedWriter.baseUrl(text);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--base-url: " + e.getMessage() + " — give the address DIR is served under, e.g. "
          + "https://example.com/audio/");
    }
  }

  /** Writes the feed and archive of {@code dir}; warnings go to {@code err}, one line each. */
  static int write(Path dir, String baseUrl, Channel channel, int limit, PrintWriter out, PrintWriter err,
      boolean quiet) throws Exception {
    URI base = baseUrl(baseUrl);
    if (!Files.isDirectory(dir)) {
      throw new EditionException(dir.toString(), "not a folder", "give the folder the editions were published into");
    }
    FeedWriter.Result result;
    try {
      result = new FeedWriter(base, channel, limit, line -> err.println("edition-audio: warning: " + line)).write(dir);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    } catch (java.io.IOException e) {
      throw new EditionException(dir.toString(), "cannot read the folder (" + e.getMessage() + ")",
          "check that it exists and can be read");
    }
    err.flush();
    if (!quiet) {
      out.printf("%s: %d of %d editions in the feed%s, %s%n", dir.resolve(FeedWriter.FEED_FILE), result.items(),
          result.editions(), result.skipped() == 0 ? "" : " (" + result.skipped() + " folders skipped)",
          result.written().isEmpty() ? "nothing changed" : "wrote " + String.join(", ", result.written()));
      out.flush();
    }
    return ExitCode.OK.code();
  }
}
