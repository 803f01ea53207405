package org.editionaudio.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.editionaudio.feed.Channel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code feed}: the podcast feed and the archive page over the editions published under a folder. */
@Command(name = "feed",
    description = "Write DIR/feed.xml (a podcast feed: RSS 2.0, Apple's tags, Podcasting 2.0) and DIR/index.html (the "
        + "archive's player) over the editions in DIR/<edition-id>/; only what changed is written.")
final class FeedCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "The folder holding the published editions, one folder each.")
  Path dir;

  @Option(names = "--base-url", paramLabel = "URL", required = true,
      description = "The absolute http(s) URL DIR is served under, e.g. https://example.com/audio/.")
  String baseUrl;

  @Option(names = "--limit", paramLabel = "N", description = "Keep the newest N editions in the feed (the archive page "
      + "lists them all).")
  Integer limit;

  @Mixin PublicationOption publication;

  @Option(names = "--title", paramLabel = "TEXT", description = "The podcast's title (default: the publication).")
  String title;

  @Option(names = "--description", paramLabel = "TEXT", description = "The podcast's description.")
  String description;

  @Option(names = "--link", paramLabel = "URL", description = "The publication's web site (default: the base URL).")
  String link;

  @Option(names = "--language", paramLabel = "TAG", description = "The feed's language (default: en).")
  String language;

  @Option(names = "--category", paramLabel = "C", description = "Apple's category, e.g. \"News > Daily News\" "
      + "(default: News).")
  String category;

  @Option(names = "--explicit", paramLabel = "true|false", description = "itunes:explicit (default: false).")
  String explicit;

  @Option(names = "--author", paramLabel = "NAME", description = "itunes:author (default: the publication).")
  String author;

  @Option(names = "--owner-name", paramLabel = "NAME", description = "itunes:owner's name (default: the author).")
  String ownerName;

  @Option(names = "--owner-email", paramLabel = "EMAIL", description = "itunes:owner's e-mail, also podcast:locked's owner.")
  String ownerEmail;

  @Option(names = "--locked", paramLabel = "yes|no", description = "podcast:locked: may another host import the feed "
      + "(default: no).")
  String locked;

  @Option(names = "--image", paramLabel = "FILE|URL", description = "The podcast's cover: a square JPEG or PNG of "
      + "1400–3000 px, a file (copied beside the feed) or a URL.")
  String image;

  @Mixin QuietOption quiet;

  @Mixin VerboseOption verbose;

  @Override
  public Integer call() throws Exception {
    Channel channel;
    try {
      channel = new Channel(title, description, link, language, category, explicit, author, ownerName, ownerEmail,
          locked, image);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    if (limit != null && limit < 1) {
      throw new UsageException("--limit must be at least 1, not " + limit);
    }
    return Feeds.write(dir, baseUrl, channel.orElse(publication.profile().podcast()), limit == null ? 0 : limit,
        spec.commandLine().getOut(), spec.commandLine().getErr(), quiet.quiet);
  }
}
