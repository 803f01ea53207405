package org.editionaudio.pipeline;

/**
 * Wall-clock time of each stage of one edition, in milliseconds.
 *
 * @param parseMs reading and parsing the input
 * @param speechMs synthesizing speech and laying out the timeline
 * @param encodeMs encoding the MP3
 * @param writeMs writing the other files and publishing the folder
 */
public record Timings(long parseMs, long speechMs, long encodeMs, long writeMs) {
  /** The sum of the stages. */
  public long totalMs() {
    return parseMs + speechMs + encodeMs + writeMs;
  }
}
