package org.editionaudio.benchmark;

import org.editionaudio.edition.Edition;
import org.editionaudio.edition.LargePage;
import org.editionaudio.edition.Pages;

/**
 * How reading a page scales with its size: a 5, 10 and 20 MiB page of furnished stories, read in one
 * JVM after a warm-up, and the time per MiB at 20 MiB against 5 MiB (1.0 is linear, 4.0 quadratic).
 */
final class PageSizeBenchmark {
  private PageSizeBenchmark() {}

  static void run() throws Exception {
    System.out.println("== pages: reading a generated page of furnished stories, by size (best of 3 reads each)");
    read(LargePage.ofMegabytes(2));
    double[] perMegabyte = new double[21];
    for (int megabytes : new int[] {5, 10, 20}) {
      LargePage page = LargePage.ofMegabytes(megabytes);
      double best = Double.MAX_VALUE;
      int sections = 0;
      for (int round = 0; round < 3; round++) {
        long start = System.nanoTime();
        sections = read(page).sections().size();
        best = Math.min(best, (System.nanoTime() - start) / 1e9);
      }
      perMegabyte[megabytes] = best / megabytes;
      System.out.printf("%3d MiB  %6d stories  read %6.2f s  %5.3f s per MiB  sections %s%n", megabytes,
          page.stories(), best, perMegabyte[megabytes], sections == page.stories() ? "all" : sections + " (wrong)");
    }
    System.out.printf("time per MiB, 20 MiB / 5 MiB: %.2f (1.0 linear, 4.0 quadratic)%n",
        perMegabyte[20] / perMegabyte[5]);
  }

  private static Edition read(LargePage page) throws Exception {
    return Pages.read(page.html());
  }
}
