package org.editionaudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seed edition, as text and as a page, is read word for word as the golden file says (reviewed
 * by hand, one line per headline or paragraph): "al Qaeda-linked" keeps "linked", "wal-Muslimin"
 * is never "wal minus Muslimin".
 */
class SeedEditionSpokenIT {
  private static final String GOLDEN = "todays-edition.spoken.txt";

  @ParameterizedTest
  @ValueSource(strings = {"fixtures/editions/todays-edition.txt", "fixtures/editions/todays-edition-page.html"})
  void theSeedEditionIsSpokenAsTheGoldenFileSays(String edition) throws IOException {
    CliRun run = CliRun.of("sections", edition, "--spoken");
    assertEquals(0, run.exitCode(), run.err());
    List<String> spoken = run.out().lines().filter(line -> line.strip().startsWith("» "))
        .map(line -> line.strip().substring(2)).toList();
    assertEquals(golden(), spoken);
  }

  private static List<String> golden() throws IOException {
    try (InputStream in = SeedEditionSpokenIT.class.getResourceAsStream(GOLDEN)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }
}
