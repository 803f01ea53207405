package org.editionaudio.feed;

import java.net.URI;

/**
 * The podcast's channel as written: every value settled, defaults filled.
 *
 * @param feedUrl the feed's own URL
 * @param base the base URL the edition folders are served under, ending in "/"
 * @param title the title
 * @param description the description
 * @param link the publication's web site
 * @param language the language
 * @param category Apple's category
 * @param subcategory Apple's subcategory, or null
 * @param explicit whether the podcast is explicit
 * @param author the author
 * @param ownerName the owner's name
 * @param ownerEmail the owner's e-mail address, or null
 * @param locked whether another host may not import the feed
 * @param imageUrl the cover's URL, or null
 */
record Podcast(String feedUrl, URI base, String title, String description, String link, String language,
    String category, String subcategory, boolean explicit, String author, String ownerName, String ownerEmail,
    boolean locked, String imageUrl) {

  /** The podcast:guid: from the feed's URL. */
  String guid() {
    return PodcastGuid.of(feedUrl).toString();
  }
}
