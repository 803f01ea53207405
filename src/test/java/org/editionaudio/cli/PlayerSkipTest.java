package org.editionaudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;

/** Without Chromium, the browser tests show in the report as skipped, each with the reason, not as nothing. */
class PlayerSkipTest {
  @Test
  void withoutABrowserEveryPlayerTestIsSkippedWithTheReason() {
    List<TestExecutionResult> results = new ArrayList<>();
    List<TestExecutionResult> containers = new ArrayList<>();
    TestExecutionListener listener = new TestExecutionListener() {
      @Override
      public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        (test.isTest() ? results : containers).add(result);
      }
    };
    String before = System.getProperty("editionaudio.chromium");
    System.setProperty("editionaudio.chromium", "/no/such/chromium");
    try {
      Launcher launcher = LauncherFactory.create();
      launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(PlayerIT.class)).build(), listener);
    } finally {
      if (before == null) {
        System.clearProperty("editionaudio.chromium");
      } else {
        System.setProperty("editionaudio.chromium", before);
      }
    }
    if (System.getenv("CI") != null) {
      assertTrue(containers.stream().anyMatch(r -> r.getStatus() == TestExecutionResult.Status.FAILED),
          "under CI a missing browser fails: " + containers);
      return;
    }
    long tests = java.util.Arrays.stream(PlayerIT.class.getDeclaredMethods())
        .filter(m -> m.isAnnotationPresent(Test.class)).count();
    assertEquals(tests, results.size(), "every test reported: " + results);
    for (TestExecutionResult result : results) {
      assertEquals(TestExecutionResult.Status.ABORTED, result.getStatus(), result.toString());
      assertTrue(result.getThrowable().orElseThrow().getMessage().contains("apt-get install chromium chromium-driver"),
          result.toString());
    }
  }
}
