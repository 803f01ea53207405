package org.editionaudio.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.editionaudio.common.ExitCode;
import org.editionaudio.edition.Edition;
import org.editionaudio.edition.EditionException;
import org.editionaudio.edition.InputDocument;
import org.editionaudio.edition.Profile;
import org.editionaudio.feed.Channel;
import org.editionaudio.feed.FeedWriter;
import org.editionaudio.pipeline.EditionPipeline;
import org.editionaudio.speech.Synthesizer;

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

  /** {@code --feed} and {@code --base-url} go together, and the URL must be an absolute http(s) URL. */
  static void checkPair(Path feed, String baseUrl) throws UsageException {
    if ((feed == null) != (baseUrl == null)) {
      throw new UsageException("--feed DIR and --base-url URL go together");
    }
    if (baseUrl != null) {
      baseUrl(baseUrl);
    }
  }

  /** {@code generate}'s run: into {@code -o}, else with {@code --feed DIR} into {@code DIR/<edition-id>/}. */
  static EditionPipeline.Result generate(EditionPipeline job, InputDocument document, Path output, Path feed,
      Synthesizer.Progress progress) throws Exception {
    if (feed == null || output != null) {
      return job.run(document, output, progress);
    }
    Edition edition = job.read(document);
    return job.run(document, edition, feed.resolve(edition.id()), progress);
  }

  /** After {@code batch} or {@code generate}: the feed and archive of {@code dir}, channel values from the profile. */
  static void write(Path dir, String baseUrl, Profile profile, PrintWriter out, PrintWriter err, boolean quiet)
      throws Exception {
    write(dir, baseUrl, Channel.NONE.orElse(profile.podcast()), 0, out, err, quiet);
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
