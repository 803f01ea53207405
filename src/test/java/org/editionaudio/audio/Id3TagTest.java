package org.editionaudio.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mpatric.mp3agic.ID3v2;
import com.mpatric.mp3agic.ID3v2ChapterFrameData;
import com.mpatric.mp3agic.ID3v2ChapterTOCFrameData;
import com.mpatric.mp3agic.ID3v2TagFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tag as mp3agic, a reader that did not write it, sees it. */
class Id3TagTest {
  private static final String LONG = "City council approves the harbor flood wall after a decade of debate — with gates";
  private static final Cover COVER = new Cover(CoverTest.PNG, "image/png", 1, 1);

  private static final List<Chapter> CHAPTERS = List.of(
      new Chapter("Introduction", -1, 0, 48_000, 48_000),
      new Chapter(LONG, 0, 48_000, 96_000, 48_000, "https://example.org/harbor/wall?x=1"),
      new Chapter("Café prices in Zürich → up", 1, 96_000, 150_000, 48_000, "https://example.org/zürich café"));

  private static ID3v2 read(byte[] tag) throws Exception {
    return ID3v2TagFactory.createTag(tag);
  }

  @Test
  void anId3v23TagWithoutUnsynchronisationWhoseSizeIsTheFrames() throws Exception {
    byte[] tag = Id3Tag.of(new Tags("T", null, null, null, null, null), CHAPTERS);
    assertArrayEquals(new byte[] {'I', 'D', '3', 3, 0, 0}, Arrays.copyOf(tag, 6));
    int size = (tag[6] << 21) | (tag[7] << 14) | (tag[8] << 7) | tag[9];
    assertEquals(tag.length - 10, size);
    assertEquals("3.0", read(tag).getVersion());
  }

  @Test
  void editionFramesAndTheCover() throws Exception {
    ID3v2 tag = read(Id3Tag.of(new Tags("Morning — Briefing", "The Ledger", "The Ledger", "2024-10-03", "Speech", null, COVER),
        CHAPTERS));
    assertEquals("Morning — Briefing", tag.getTitle(), "UTF-16 when Latin-1 cannot hold it");
    assertEquals("The Ledger", tag.getArtist());
    assertEquals("The Ledger", tag.getAlbum());
    assertEquals("2024", tag.getYear());
    assertEquals("0310", text(tag, "TDAT"));
    assertEquals("image/png", tag.getAlbumImageMimeType());
    assertArrayEquals(CoverTest.PNG, tag.getAlbumImage());
  }

  @Test
  void anOrderedTopLevelTocOverChaptersWithShortAndFullTitlesAndLinks() throws Exception {
    ID3v2 tag = read(Id3Tag.of(new Tags("T", null, null, null, null, null), CHAPTERS));
    ID3v2ChapterTOCFrameData toc = tag.getChapterTOC().get(0);
    assertTrue(toc.isRoot());
    assertTrue(toc.isOrdered());
    assertEquals(List.of("ch0", "ch1", "ch2"), Arrays.asList(toc.getChildren()));

    List<ID3v2ChapterFrameData> chaps = tag.getChapters();
    assertEquals(3, chaps.size());
    assertEquals(1000, chaps.get(1).getStartTime());
    assertEquals(2000, chaps.get(1).getEndTime());
    assertEquals(-1, chaps.get(1).getStartOffset(), "0xFFFFFFFF");
    assertEquals(-1, chaps.get(1).getEndOffset(), "0xFFFFFFFF");

    assertEquals(List.of("TIT2"), ids(chaps.get(0)));
    assertEquals("Introduction", Mp3Inspection.subframeText(chaps.get(0).getSubframes(), "TIT2"));

    assertEquals(List.of("TIT2", "TIT3", "WXXX"), ids(chaps.get(1)));
    assertEquals(CHAPTERS.get(1).shortTitle(), Mp3Inspection.subframeText(chaps.get(1).getSubframes(), "TIT2"));
    assertEquals(LONG, Mp3Inspection.subframeText(chaps.get(1).getSubframes(), "TIT3"));
    assertEquals("https://example.org/harbor/wall?x=1", Mp3Inspection.subframeUrl(chaps.get(1).getSubframes()));

    assertEquals(List.of("TIT2", "WXXX"), ids(chaps.get(2)));
    assertEquals("Café prices in Zürich → up", Mp3Inspection.subframeText(chaps.get(2).getSubframes(), "TIT2"));
    assertEquals("https://example.org/z%C3%BCrich%20caf%C3%A9", Mp3Inspection.subframeUrl(chaps.get(2).getSubframes()),
        "WXXX holds ISO-8859-1: the link is percent-encoded");
  }

  @Test
  void noChapterFramesWithoutChaptersAndNoMoreThan255() throws Exception {
    ID3v2 tag = read(Id3Tag.of(new Tags("T", null, null, null, null, null), List.of()));
    assertNull(tag.getChapterTOC());
    List<Chapter> many = new ArrayList<>();
    for (int i = 0; i < 256; i++) {
      many.add(new Chapter("c" + i, i, i * 10L, i * 10L + 10, 48_000));
    }
    assertThrows(IllegalArgumentException.class, () -> Id3Tag.of(new Tags("T", null, null, null, null, null), many));
  }

  private static List<String> ids(ID3v2ChapterFrameData chap) {
    return chap.getSubframes().stream().map(f -> f.getId()).toList();
  }

  private static String text(ID3v2 tag, String id) throws Exception {
    return new com.mpatric.mp3agic.ID3v2TextFrameData(false, tag.getFrameSets().get(id).getFrames().get(0).getData())
        .getText().toString();
  }
}
