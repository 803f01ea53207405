package org.editionaudio.audio;

import java.util.Objects;

/**
 * A chapter's place in the program, to the sample. Every output (ID3 CHAP, WebVTT, JSON chapters,
 * manifest) takes its times from here, so they agree to the millisecond.
 *
 * @param title the full chapter title, on one line
 * @param sectionIndex the edition section it reads, or -1 for the intro
 * @param startSample first sample of the chapter
 * @param endSample first sample after the chapter
 * @param sampleRate samples per second
 * @param url the story's own link (http or https), or null
 */
public record Chapter(String title, int sectionIndex, long startSample, long endSample, int sampleRate, String url) {
  /** The most chapters a program may have: an ID3 CTOC lists at most 255, and players expect no more. */
  public static final int MAX_PER_PROGRAM = 255;

  /**
   * The longest title, in characters, that players are given (ID3 TIT2, MP4 and Ogg chapter names).
   * Podcast apps and car displays show about one line; a longer headline is cut at a word and the
   * full one kept beside it (TIT3, the sidecar files).
   */
  public static final int SHORT_TITLE_LENGTH = 60;

  private static final String ELLIPSIS = "…";

  /** A chapter without a link of its own. */
  public Chapter(String title, int sectionIndex, long startSample, long endSample, int sampleRate) {
    this(title, sectionIndex, startSample, endSample, sampleRate, null);
  }

  /** Requires a title and a non-empty, ordered sample range. */
  public Chapter {
    Objects.requireNonNull(title, "title");
    if (startSample < 0 || endSample <= startSample || sampleRate <= 0) {
      throw new IllegalArgumentException("bad chapter range " + startSample + ".." + endSample);
    }
    url = url == null || url.isBlank() ? null : url.strip();
  }

  /** The same chapter with the story's link, or without one for null. */
  public Chapter withUrl(String link) {
    return new Chapter(title, sectionIndex, startSample, endSample, sampleRate, link);
  }

  /** Start in milliseconds, rounded. */
  public long startMs() {
    return toMillis(startSample, sampleRate);
  }

  /** End in milliseconds, rounded; equal to the next chapter's start. */
  public long endMs() {
    return toMillis(endSample, sampleRate);
  }

  /** True for the spoken opening that is not a story. */
  public boolean isIntro() {
    return sectionIndex < 0;
  }

  /** The title as players show it: at most {@link #SHORT_TITLE_LENGTH} characters (see {@link #shorten}). */
  public String shortTitle() {
    return shorten(title, SHORT_TITLE_LENGTH);
  }

  /** True when {@link #shortTitle()} is not the whole title. */
  public boolean isShortened() {
    return !shortTitle().equals(title);
  }

  /**
   * Shortens {@code text} to at most {@code max} characters (code points): unchanged when it fits;
   * otherwise cut after the last whole word that leaves room for "…", without trailing punctuation
   * or spaces, and cut inside the word only when the first word alone is longer than half of
   * {@code max}.
   */
  static String shorten(String text, int max) {
    if (max < 2) {
      throw new IllegalArgumentException("max " + max);
    }
    if (text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    int room = text.offsetByCodePoints(0, max - 1);
    int cut = -1;
    // A word ends before a space; the cut may also fall just before a space that follows `room`.
    for (int i = room; i > 0; i--) {
      if (Character.isWhitespace(text.charAt(i))) {
        cut = i;
        break;
      }
    }
    String head;
    if (cut > 0 && text.codePointCount(0, cut) >= max / 2) {
      head = text.substring(0, cut);
    } else {
      head = text.substring(0, room);
    }
    head = head.replaceAll("[\\s\\p{Punct}–—]+$", "");
    if (head.isEmpty()) {
      head = text.substring(0, room);
    }
    return head + ELLIPSIS;
  }

  static long toMillis(long samples, int sampleRate) {
    return Math.round(samples * 1000.0 / sampleRate);
  }
}
