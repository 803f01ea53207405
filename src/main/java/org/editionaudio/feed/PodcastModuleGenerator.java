package org.editionaudio.feed;

import com.rometools.modules.itunes.ITunes;
import com.rometools.rome.feed.module.Module;
import com.rometools.rome.io.ModuleGenerator;
import java.util.Set;
import org.jdom2.Element;
import org.jdom2.Namespace;

/** Writes a {@link PodcastModule} as JDOM elements; ROME finds it through {@code rome.properties}. */
public final class PodcastModuleGenerator implements ModuleGenerator {
  private static final Namespace PODCAST = Namespace.getNamespace("podcast", PodcastModule.URI);
  private static final Namespace ITUNES = Namespace.getNamespace("itunes", ITunes.URI);

  /** The generator ROME instantiates. */
  public PodcastModuleGenerator() {}

  @Override
  public String getNamespaceUri() {
    return PodcastModule.URI;
  }

  @Override
  public Set<Namespace> getNamespaces() {
    return Set.of(PODCAST, ITUNES);
  }

  @Override
  public void generate(Module module, Element element) {
    PodcastModule podcast = (PodcastModule) module;
    if (podcast.itunesExplicit() != null) {
      element.addContent(new Element("explicit", ITUNES).setText(podcast.itunesExplicit().toString()));
    }
    if (podcast.guid() != null) {
      element.addContent(new Element("guid", PODCAST).setText(podcast.guid()));
    }
    if (podcast.locked() != null) {
      Element locked = new Element("locked", PODCAST).setText(podcast.locked() ? "yes" : "no");
      if (podcast.lockedOwner() != null) {
        locked.setAttribute("owner", podcast.lockedOwner());
      }
      element.addContent(locked);
    }
    if (podcast.chapters() != null) {
      element.addContent(link("chapters", podcast.chapters()));
    }
    for (PodcastModule.Link transcript : podcast.transcripts()) {
      element.addContent(link("transcript", transcript));
    }
    for (PodcastModule.Alternate alternate : podcast.alternates()) {
      Element node = new Element("alternateEnclosure", PODCAST)
          .setAttribute("type", alternate.type())
          .setAttribute("length", Long.toString(alternate.length()))
          .setAttribute("bitrate", Long.toString(alternate.bitrate()));
      if (alternate.isDefault()) {
        node.setAttribute("default", "true");
      }
      node.addContent(new Element("source", PODCAST).setAttribute("uri", alternate.url()));
      if (alternate.sha256Base64() != null) {
        node.addContent(new Element("integrity", PODCAST).setAttribute("type", "sri")
            .setAttribute("value", "sha256-" + alternate.sha256Base64()));
      }
      element.addContent(node);
    }
  }

  private static Element link(String name, PodcastModule.Link link) {
    Element node = new Element(name, PODCAST).setAttribute("url", link.url()).setAttribute("type", link.type());
    if (link.rel() != null) {
      node.setAttribute("rel", link.rel());
    }
    return node;
  }
}
