package org.editionaudio.cli;

import java.io.PrintWriter;
import org.editionaudio.speech.Synthesizer;

/** Progress per story on stderr, on one rewritten line; only on a terminal. */
final class ProgressDisplay implements Synthesizer.Progress {
  private static final int WIDTH = 72;
  private final PrintWriter err;
  private final boolean enabled;
  private boolean shown;

  private ProgressDisplay(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  /** A display that shows progress when stderr is a terminal and the user did not ask for quiet. */
  static ProgressDisplay on(PrintWriter err, boolean quiet) {
    return new ProgressDisplay(err, !quiet && System.console() != null);
  }

  @Override
  public void chapter(int index, int count, String title) {
    if (!enabled) {
      return;
    }
    String line = "Speaking " + (index + 1) + "/" + count + ": " + title;
    if (line.length() > WIDTH) {
      line = line.substring(0, WIDTH - 1) + "…";
    }
    err.print("\r\033[K" + line);
    err.flush();
    shown = true;
  }

  /** Clears the progress line. */
  void done() {
    if (shown) {
      err.print("\r\033[K");
      err.flush();
      shown = false;
    }
  }
}
