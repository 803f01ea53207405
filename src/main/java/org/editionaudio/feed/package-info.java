/**
 * The podcast feed and the archive page over the editions published under one folder:
 * {@code DIR/feed.xml} (RSS 2.0 with Apple's iTunes tags and the Podcasting 2.0 namespace, written
 * by ROME, with {@link org.editionaudio.feed.PodcastModule}, our ROME module for the Podcasting
 * 2.0 tags) and {@code DIR/index.html} (the archive, built on the edition player's resources).
 *
 * <p>Entry point: {@code new FeedWriter(baseUrl, channel, limit, warnings).write(dir)}.
 *
 * <p>May depend on: {@code publish}, {@code edition}, {@code common}.
 */
package org.editionaudio.feed;
