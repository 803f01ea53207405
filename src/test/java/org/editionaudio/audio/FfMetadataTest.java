package org.editionaudio.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FfMetadataTest {
  private static final String HOSTILE = "Stocks = up; #1 \\ rally\n[CHAPTER]\nSTART=0";

  @Test
  void escapesEverySpecialCharacter() {
    assertEquals("a\\=b\\;c\\#d\\\\e\\\nf", FfMetadata.escape("a=b;c#d\\e\nf"));
  }

  @Test
  void aTitleCannotAddOrBreakAChapter() {
    String text = FfMetadata.of(new Tags(HOSTILE, null, null, "2024-09-18", null, null),
        List.of(new Chapter(HOSTILE, 0, 0, 48_000, 48_000), new Chapter("Two", 1, 48_000, 96_000, 48_000)));
    List<String> titles = chapterTitles(text);
    assertEquals(List.of(HOSTILE, "Two"), titles);
  }

  @Test
  void oggChaptersAreVorbisCommentsToTheMillisecond() {
    String text = FfMetadata.vorbisComments(new Tags("T", null, null, null, null, null),
        List.of(new Chapter("Intro", -1, 0, 216_000, 48_000),
            new Chapter("A = b; c", 0, 216_000, 300_000_000L, 48_000, "https://example.org/?q=1")),
        "AAAA==");
    assertEquals(";FFMETADATA1\ntitle=T\n"
        + "CHAPTER000=00:00:00.000\nCHAPTER000NAME=Intro\n"
        + "CHAPTER001=00:00:04.500\nCHAPTER001NAME=A \\= b\\; c\nCHAPTER001URL=https://example.org/?q\\=1\n"
        + "METADATA_BLOCK_PICTURE=AAAA\\=\\=\n", text);
  }

  /** Reads chapter titles back the way ffmpeg's ffmetadata demuxer does: unescaped, a section a "[CHAPTER]" line. */
  private static List<String> chapterTitles(String text) {
    List<String> titles = new ArrayList<>();
    boolean inChapter = false;
    List<String> lines = logicalLines(text);
    for (String line : lines) {
      if (line.equals("[CHAPTER]")) {
        inChapter = true;
      } else if (inChapter && line.startsWith("title=")) {
        titles.add(unescape(line.substring("title=".length())));
      }
    }
    return titles;
  }

  /** An escaped newline continues the line; an unescaped one ends it. */
  private static List<String> logicalLines(String text) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        line.append(c).append(text.charAt(++i));
      } else if (c == '\n') {
        lines.add(line.toString());
        line.setLength(0);
      } else {
        line.append(c);
      }
    }
    lines.add(line.toString());
    return lines;
  }

  private static String unescape(String value) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      out.append(c == '\\' && i + 1 < value.length() ? value.charAt(++i) : c);
    }
    return out.toString();
  }
}
