package org.editionaudio.batch;

import java.nio.file.Path;
import org.editionaudio.pipeline.Timings;

/**
 * What happened to one edition of a batch.
 *
 * @param input the input file
 * @param id the edition id, or null when the input could not be read
 * @param status what happened
 * @param exitCode the exit code that {@code generate} would have given (0 for ok and skipped)
 * @param error the one-line error, or null
 * @param output the edition's output folder, or null
 * @param audioMs the audio's duration, or 0
 * @param wallMs the time this edition took, reading and the up-to-date check included
 * @param timings time per stage, or null when nothing was generated
 */
public record Outcome(Path input, String id, Status status, int exitCode, String error, Path output,
    long audioMs, long wallMs, Timings timings) {

  /** What happened. */
  public enum Status {
    /** Generated now. */
    OK,
    /** Already up to date. */
    SKIPPED,
    /** Failed; the others went on. */
    FAILED
  }
}
