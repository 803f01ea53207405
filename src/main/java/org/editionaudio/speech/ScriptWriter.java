package org.editionaudio.speech;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.editionaudio.edition.Edition;
import org.editionaudio.edition.Section;

/** Writes the script of an edition: an optional spoken opening, then each story's headline and paragraphs. */
public final class ScriptWriter {
  /** The chapter title of the spoken opening. */
  public static final String INTRO_TITLE = "Introduction";

  private static final DateTimeFormatter SPOKEN_DATE = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.US);

  private final boolean intro;
  private final Pauses pauses;

  /** A writer that adds the spoken opening when {@code intro} is true and the edition has a publication or date. */
  public ScriptWriter(boolean intro, Pauses pauses) {
    this.intro = intro;
    this.pauses = pauses;
  }

  /** The script for an edition. */
  public Script write(Edition edition) {
    List<ScriptChapter> chapters = new ArrayList<>();
    if (intro) {
      introText(edition).ifPresent(text ->
          chapters.add(new ScriptChapter(INTRO_TITLE, -1, List.of(new ScriptLine(ScriptLine.Kind.INTRO, text)))));
    }
    List<Section> sections = edition.sections();
    for (int i = 0; i < sections.size(); i++) {
      Section section = sections.get(i);
      List<ScriptLine> lines = new ArrayList<>();
      lines.add(new ScriptLine(ScriptLine.Kind.HEADLINE, section.title()));
      section.paragraphs().forEach(p -> lines.add(new ScriptLine(ScriptLine.Kind.PARAGRAPH, p)));
      chapters.add(new ScriptChapter(section.title(), i, lines));
    }
    return new Script(chapters, pauses);
  }

  /** "GlobalPost. Today's edition, Wednesday, September 18, 2024." from whatever of the two the edition has. */
  static Optional<String> introText(Edition edition) {
    String publication = edition.publication();
    LocalDate date = edition.date();
    if (publication == null && date == null) {
      return Optional.empty();
    }
    StringBuilder text = new StringBuilder();
    if (publication != null) {
      text.append(publication).append(publication.matches(".*[.!?]$") ? " " : ". ");
    }
    text.append("Today's edition");
    if (date != null) {
      text.append(", ").append(SPOKEN_DATE.format(date));
    }
    return Optional.of(text.append('.').toString());
  }
}
