package org.editionaudio.cli;

/** Durations as people read them. */
final class Durations {
  private Durations() {}

  /** "3:41" or "1:02:05". */
  static String clock(long millis) {
    long seconds = Math.round(millis / 1000.0);
    long hours = seconds / 3600;
    long minutes = seconds / 60 % 60;
    return hours > 0
        ? String.format("%d:%02d:%02d", hours, minutes, seconds % 60)
        : String.format("%d:%02d", minutes, seconds % 60);
  }

  /** "850 ms" or "11.2 s". */
  static String elapsed(long millis) {
    return millis < 1000 ? millis + " ms" : String.format("%.1f s", millis / 1000.0);
  }
}
