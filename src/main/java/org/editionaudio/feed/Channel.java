package org.editionaudio.feed;

import org.editionaudio.edition.Profile;

/**
 * The podcast's channel values as given: by options, else by the publication profile; any may be
 * null, and {@link FeedWriter} fills the defaults.
 *
 * @param title the podcast's title (default: the newest edition's publication)
 * @param description its description
 * @param link the publication's web site (default: the base URL)
 * @param language the language (default "en")
 * @param category Apple's category, a subcategory after " > " (default "News")
 * @param explicit "true" or "false" (default false)
 * @param author the author (default: the title)
 * @param ownerName the owner's name (default: the author)
 * @param ownerEmail the owner's e-mail address (default: none)
 * @param locked "yes" or "no" (default no)
 * @param image the cover: an http(s) URL or an image file (default: none, with a warning)
 */
public record Channel(String title, String description, String link, String language, String category,
    String explicit, String author, String ownerName, String ownerEmail, String locked, String image) {

  /** No values given. */
  public static final Channel NONE = new Channel(null, null, null, null, null, null, null, null, null, null, null);

  /** Checks the yes/no values. */
  public Channel {
    if (explicit != null && !explicit.matches("true|false")) {
      throw new IllegalArgumentException("explicit must be true or false, not " + explicit);
    }
    if (locked != null && !locked.matches("yes|no")) {
      throw new IllegalArgumentException("locked must be yes or no, not " + locked);
    }
  }

  /** These values, each missing one taken from the profile's {@code podcast-*} keys. */
  public Channel orElse(Profile.Podcast profile) {
    return new Channel(either(title, profile.title()), either(description, profile.description()),
        either(link, profile.link()), either(language, profile.language()), either(category, profile.category()),
        either(explicit, profile.explicit()), either(author, profile.author()), either(ownerName, profile.ownerName()),
        either(ownerEmail, profile.ownerEmail()), either(locked, profile.locked()), either(image, profile.image()));
  }

  private static String either(String option, String profile) {
    return option != null && !option.isBlank() ? option.strip() : profile;
  }
}
