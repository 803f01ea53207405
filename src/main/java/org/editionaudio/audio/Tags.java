package org.editionaudio.audio;

/**
 * The tags of the program.
 *
 * @param title the edition's title (TIT2)
 * @param artist the publication (TPE1), or null
 * @param album the album (TALB), or null
 * @param date the date as YYYY-MM-DD (TYER and TDAT in ID3v2.3), or null
 * @param genre the genre (TCON), or null
 * @param comment a comment (COMM), or null
 * @param cover the edition's cover image (APIC), or null
 */
public record Tags(String title, String artist, String album, String date, String genre, String comment, Cover cover) {

  /** Tags without a cover image. */
  public Tags(String title, String artist, String album, String date, String genre, String comment) {
    this(title, artist, album, date, genre, comment, null);
  }
}
