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

  @Test
  void aMissingLineOfAListIsKeptForTheRunnerToFail(@TempDir Path dir) throws Exception {
    Path real = Files.writeString(dir.resolve("real.txt"), "x");
    Path list = Files.writeString(dir.resolve("list.txt"), "real.txt\ngone.txt\n");
    assertEquals(List.of(real.toAbsolutePath(), dir.resolve("gone.txt").toAbsolutePath()),
        BatchInputs.find(List.of("@" + list)));
  }

  @Test
  void whatTheToolWroteIsNeverAnInput(@TempDir Path dir) throws Exception {
    Path nest = Files.createDirectories(dir.resolve("nest"));
    Path edition = Files.writeString(nest.resolve("monday.html"), "<p>x</p>");
    // The batch's output folder, inside the folder it reads.
    Path audio = Files.createDirectories(nest.resolve("audio/2024-01-01-monday"));
    Files.writeString(audio.resolve("index.html"), "<p>player</p>");
    Files.writeString(audio.resolve("manifest.json"), "{\"toolVersion\":\"0.1.0\",\"settingsSha256\":\"ab\"}");
    // An edition folder published elsewhere by an earlier run, and a report.
    Path published = Files.createDirectories(nest.resolve("old/2023-12-31-sunday"));
    Files.writeString(published.resolve("index.html"), "<p>player</p>");
    Files.writeString(published.resolve("chapters.json"), "{\"version\":\"1.2.0\",\"chapters\":[]}");
    Files.writeString(published.resolve("manifest.json"), "{\n  \"toolVersion\" : \"0.1.0\",\n  \"settingsSha256\" : \"cd\"\n}");
    Path report = Files.writeString(nest.resolve("report.json"),
        "{\"tool\" : \"edition-audio\", \"toolVersion\" : \"0.1.0\", \"editions\" : []}");
    Path cms = Files.writeString(nest.resolve("cms.json"), "{\"sections\":[{\"title\":\"t\",\"paragraphs\":[\"p\"]}]}");

    assertEquals(List.of(cms, edition), BatchInputs.find(List.of(nest.toString()), nest.resolve("audio")));
    assertEquals(List.of(), BatchInputs.find(List.of(report.toString(), audio.resolve("manifest.json").toString())),
        "not even when named");
  }
}
