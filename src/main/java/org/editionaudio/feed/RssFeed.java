package org.editionaudio.feed;

import com.rometools.modules.atom.modules.AtomLinkModule;
import com.rometools.modules.atom.modules.AtomLinkModuleImpl;
import com.rometools.modules.itunes.EntryInformationImpl;
import com.rometools.modules.itunes.FeedInformationImpl;
import com.rometools.modules.itunes.types.Category;
import com.rometools.modules.itunes.types.Duration;
import com.rometools.modules.itunes.types.Subcategory;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.module.Module;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Enclosure;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Image;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import org.editionaudio.publish.ToolVersion;
import org.jdom2.CDATA;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

/**
 * The feed as RSS 2.0 with Apple's iTunes tags and the Podcasting 2.0 namespace, written by ROME
 * (JDOM escapes every value). One item per edition, newest first.
 */
final class RssFeed {
  /** The guid prefix of an item: the edition's id follows, so a regenerated edition keeps its guid. */
  static final String GUID_PREFIX = "edition-audio:";

  private RssFeed() {}

  /** Writes the feed's XML to {@code out}. */
  static void write(java.io.Writer out, Podcast podcast, List<Episode> episodes) throws java.io.IOException {
    Channel channel = new Channel("rss_2.0");
    channel.setTitle(podcast.title());
    channel.setDescription(podcast.description());
    channel.setLink(podcast.link());
    channel.setLanguage(podcast.language());
    channel.setGenerator(ToolVersion.NAME + " " + ToolVersion.version());
    if (!episodes.isEmpty()) {
      // The newest edition's time, not the clock's, so an unchanged archive gives the same bytes.
      Date newest = Date.from(episodes.get(0).published());
      channel.setPubDate(newest);
      channel.setLastBuildDate(newest);
    }
    if (podcast.imageUrl() != null) {
      Image image = new Image();
      image.setUrl(podcast.imageUrl());
      image.setTitle(podcast.title());
      image.setLink(podcast.link());
      channel.setImage(image);
    }
    List<Module> modules = new ArrayList<>();
    AtomLinkModule atom = new AtomLinkModuleImpl();
    Link self = new Link();
    self.setRel("self");
    self.setHref(podcast.feedUrl());
    self.setType("application/rss+xml");
    atom.setLink(self);
    modules.add(atom);
    FeedInformationImpl itunes = new FeedInformationImpl();
    itunes.setAuthor(podcast.author());
    itunes.setOwnerName(podcast.ownerName());
    if (podcast.ownerEmail() != null) {
      itunes.setOwnerEmailAddress(podcast.ownerEmail());
    }
    if (podcast.imageUrl() != null) {
      itunes.setImageUri(podcast.imageUrl());
    }
    Category category = new Category(podcast.category());
    if (podcast.subcategory() != null) {
      category.setSubcategory(new Subcategory(podcast.subcategory()));
    }
    itunes.setCategories(List.of(category));
    itunes.setType("episodic");
    itunes.setSummary(podcast.description());
    itunes.setExplicitNullable(null); // written as true/false by our module
    modules.add(itunes);
    modules.add(PodcastModule.channel(podcast.guid(), podcast.locked(), podcast.ownerEmail(), podcast.explicit()));
    channel.setModules(modules);
    channel.setItems(episodes.stream().map(e -> item(podcast, e)).toList());
    try {
      Document document = new WireFeedOutput().outputJDom(channel);
      Element root = document.getRootElement().getChild("channel");
      descriptionsAsCdata(root);
      // ROME 2.1.0 always writes an empty itunes:keywords (a tag Apple no longer reads); leave it out.
      removeEmptyKeywords(root);
      Format format = Format.getPrettyFormat().setEncoding("UTF-8").setLineSeparator("\n");
      new XMLOutputter(format).output(document, out);
    } catch (FeedException e) {
      throw new IllegalStateException("ROME could not write the feed", e);
    }
  }

  private static Item item(Podcast podcast, Episode episode) {
    Item item = new Item();
    item.setTitle(episode.title());
    Description description = new Description();
    description.setType("text/html");
    description.setValue(EpisodeHtml.description(episode));
    item.setDescription(description);
    Guid guid = new Guid();
    guid.setPermaLink(false);
    guid.setValue(GUID_PREFIX + episode.id());
    item.setGuid(guid);
    item.setPubDate(Date.from(episode.published()));
    item.setLink(url(podcast, episode, ""));
    Episode.Audio audio = episode.audio();
    String audioUrl = url(podcast, episode, audio.file());
    List<PodcastModule.Alternate> alternates = new ArrayList<>();
    if ("opus".equals(audio.format())) {
      // Apple takes no Opus: an Opus edition is offered to the apps that read the alternate enclosure.
      alternates.add(new PodcastModule.Alternate(audioUrl, audio.mimeType(), audio.bytes(),
          audio.bitrateKbps() * 1000L, base64(audio.sha256()), true));
    } else {
      Enclosure enclosure = new Enclosure();
      enclosure.setUrl(audioUrl);
      enclosure.setLength(audio.bytes());
      enclosure.setType(audio.mimeType());
      item.setEnclosures(List.of(enclosure));
    }
    List<Module> modules = new ArrayList<>();
    EntryInformationImpl itunes = new EntryInformationImpl();
    itunes.setDuration(new Duration(episode.durationMs()));
    itunes.setEpisodeType("full");
    if (episode.cover() != null) {
      itunes.setImageUri(url(podcast, episode, episode.cover()));
    }
    modules.add(itunes);
    Episode.Files files = episode.files();
    PodcastModule.Link chapters = files.chaptersJson()
        ? new PodcastModule.Link(url(podcast, episode, Shelf.CHAPTERS_JSON), "application/json+chapters", null)
        : null;
    List<PodcastModule.Link> transcripts = new ArrayList<>();
    if (files.transcriptVtt()) {
      transcripts.add(new PodcastModule.Link(url(podcast, episode, Shelf.TRANSCRIPT_VTT), "text/vtt", "captions"));
    }
    if (files.transcriptSrt()) {
      transcripts.add(new PodcastModule.Link(url(podcast, episode, Shelf.TRANSCRIPT_SRT), "application/x-subrip",
          "captions"));
    }
    modules.add(PodcastModule.item(chapters, transcripts, alternates));
    item.setModules(modules);
    return item;
  }

  /** The absolute URL of a file in an edition's folder ("" for the folder itself). */
  static String url(Podcast podcast, Episode episode, String file) {
    return podcast.base().resolve(segment(episode.folder()) + "/" + segment(file)).toString();
  }

  private static String segment(String name) {
    return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String base64(String sha256Hex) {
    try {
      return Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256Hex));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static void removeEmptyKeywords(Element element) {
    org.jdom2.Namespace itunes = org.jdom2.Namespace.getNamespace(com.rometools.modules.itunes.ITunes.URI);
    element.getChildren("keywords", itunes).removeIf(e -> e.getTextTrim().isEmpty());
    for (Element child : element.getChildren("item")) {
      removeEmptyKeywords(child);
    }
  }

  /**
   * Each item's description as CDATA, the way podcast apps expect HTML; a "]]>" in it is split
   * across two CDATA sections, so it can never end one early.
   */
  private static void descriptionsAsCdata(Element channel) {
    for (Element item : channel.getChildren("item")) {
      Element description = item.getChild("description");
      if (description == null) {
        continue;
      }
      String html = description.getText();
      description.removeContent();
      String[] parts = html.split("]]>", -1);
      for (int i = 0; i < parts.length; i++) {
        description.addContent(new CDATA((i > 0 ? ">" : "") + parts[i] + (i < parts.length - 1 ? "]]" : "")));
      }
    }
  }
}
