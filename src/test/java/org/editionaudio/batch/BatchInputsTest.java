package org.editionaudio.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.editionaudio.edition.EditionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchInputsTest {
  @Test
  void filesFoldersAndLists(@TempDir Path dir) throws Exception {
    Path archive = Files.createDirectories(dir.resolve("archive/2024"));
    Files.writeString(archive.resolve("b.html"), "x");
    Files.writeString(archive.resolve("a.txt"), "x");
    Files.writeString(archive.resolve("notes.md"), "x");
    Files.writeString(archive.resolve("a.expected.json"), "x");
    Files.writeString(archive.resolve(".hidden.html"), "x");
    Path single = Files.writeString(dir.resolve("single.json"), "x");
    Path list = Files.writeString(dir.resolve("list.txt"), "# editions\narchive/2024/a.txt\n\nsingle.json\n");

    assertEquals(List.of(archive.resolve("a.txt"), archive.resolve("b.html")),
        BatchInputs.find(List.of(dir.resolve("archive").toString())));
    assertEquals(List.of(archive.resolve("a.txt").toAbsolutePath(), single.toAbsolutePath()),
        BatchInputs.find(List.of("@" + list)));
    assertEquals(2, BatchInputs.find(List.of(single.toString(), single.toString(), "@" + list)).size(), "each once");
    assertThrows(EditionException.class, () -> BatchInputs.find(List.of(dir.resolve("missing").toString())));
  }
}
