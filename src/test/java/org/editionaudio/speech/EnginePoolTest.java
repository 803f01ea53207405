package org.editionaudio.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EnginePoolTest {
  private static final VoiceProfile VOICE = new VoiceProfile("t", "t", "v", "100%", "90%", "+0%");

  @Test
  void anEngineStartedInTheBackgroundIsTheOneTheWorkerGetsAndStartsOnce() throws Exception {
    AtomicInteger starts = new AtomicInteger();
    CountDownLatch release = new CountDownLatch(1);
    SpeechEngineFactory slow = StandInEngine.engines(16_000, () -> {
      starts.incrementAndGet();
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return new StandInEngine(16_000, "never", text -> new short[] {1});
    });
    try (EnginePool pool = new EnginePool(slow, VOICE, 1)) {
      pool.startInBackground(0);
      Thread releaser = new Thread(() -> {
        // The worker asks while the background start is still under way.
        sleep(200);
        release.countDown();
      });
      releaser.start();
      SpeechEngine engine = pool.engine(0);
      releaser.join();
      assertSame(engine, pool.engine(0));
      assertEquals(1, starts.get(), "one start, not one per caller");
      assertEquals(1, pool.startedCount());
    }
  }

  @Test
  void aFailedBackgroundStartIsReportedToTheWorker() {
    SpeechEngineFactory failing = StandInEngine.engines(16_000, () -> {
      throw new IllegalStateException("no voice data");
    });
    try (EnginePool pool = new EnginePool(failing, VOICE, 1)) {
      pool.startInBackground(0);
      SynthesisException e = assertThrows(SynthesisException.class, () -> pool.engine(0));
      assertTrue(e.getMessage().contains("no voice data"), e.getMessage());
      assertEquals(0, pool.startedCount());
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
