package org.editionaudio.feed;

import com.rometools.rome.feed.CopyFrom;
import com.rometools.rome.feed.module.Module;
import java.util.List;

/**
 * The Podcasting 2.0 tags ({@code https://podcastindex.org/namespace/1.0}) as a ROME module, which
 * ROME has none of: on the channel {@code podcast:guid} and {@code podcast:locked}; on an item
 * {@code podcast:chapters}, {@code podcast:transcript} and {@code podcast:alternateEnclosure}.
 * Written by {@link PodcastModuleGenerator}.
 */
public final class PodcastModule implements Module {
  /** The namespace's URI. */
  public static final String URI = "https://podcastindex.org/namespace/1.0";
  private static final long serialVersionUID = 1L;

  /**
   * A linked file: chapters or a transcript.
   *
   * @param url its absolute URL
   * @param type its media type
   * @param rel "captions" for a timed transcript, else null
   */
  public record Link(String url, String type, String rel) implements java.io.Serializable {}

  /**
   * An alternate enclosure with one source.
   *
   * @param url the media's URL
   * @param type its media type
   * @param length its size in bytes
   * @param bitrate its bit rate in bits per second
   * @param sha256Base64 its SHA-256, base64, for {@code podcast:integrity}; or null
   * @param isDefault whether it is the preferred media
   */
  public record Alternate(String url, String type, long length, long bitrate, String sha256Base64, boolean isDefault)
      implements java.io.Serializable {}

  private String guid;
  private Boolean locked;
  private String lockedOwner;
  private Boolean itunesExplicit;
  private Link chapters;
  private List<Link> transcripts = List.of();
  private List<Alternate> alternates = List.of();

  /** A channel's tags: its guid, whether it is locked (and its owner's e-mail), Apple's explicit flag. */
  public static PodcastModule channel(String guid, boolean locked, String lockedOwner, boolean explicit) {
    PodcastModule module = new PodcastModule();
    module.guid = guid;
    module.locked = locked;
    module.lockedOwner = lockedOwner;
    module.itunesExplicit = explicit;
    return module;
  }

  /** An item's tags: its chapters (or null), transcripts and alternate enclosures. */
  public static PodcastModule item(Link chapters, List<Link> transcripts, List<Alternate> alternates) {
    PodcastModule module = new PodcastModule();
    module.chapters = chapters;
    module.transcripts = List.copyOf(transcripts);
    module.alternates = List.copyOf(alternates);
    return module;
  }

  /** The channel's guid, or null on an item. */
  public String guid() {
    return guid;
  }

  /** Whether the channel is locked, or null on an item. */
  public Boolean locked() {
    return locked;
  }

  /** The e-mail address that may unlock the feed, or null. */
  public String lockedOwner() {
    return lockedOwner;
  }

  /**
   * Apple's {@code itunes:explicit} as "true"/"false", which Apple's current spec asks for: ROME
   * 2.1.0's iTunes module writes only "yes"/"no". Null on an item.
   */
  public Boolean itunesExplicit() {
    return itunesExplicit;
  }

  /** The item's chapters, or null. */
  public Link chapters() {
    return chapters;
  }

  /** The item's transcripts. */
  public List<Link> transcripts() {
    return transcripts;
  }

  /** The item's alternate enclosures. */
  public List<Alternate> alternates() {
    return alternates;
  }

  @Override
  public String getUri() {
    return URI;
  }

  @Override
  public Object clone() {
    PodcastModule copy = new PodcastModule();
    copy.copyFrom(this);
    return copy;
  }

  @Override
  public Class<? extends CopyFrom> getInterface() {
    return PodcastModule.class;
  }

  @Override
  public void copyFrom(CopyFrom obj) {
    PodcastModule other = (PodcastModule) obj;
    guid = other.guid;
    locked = other.locked;
    lockedOwner = other.lockedOwner;
    itunesExplicit = other.itunesExplicit;
    chapters = other.chapters;
    transcripts = other.transcripts;
    alternates = other.alternates;
  }
}
