package org.editionaudio.edition;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A news edition as it will be read aloud: its metadata and its stories in order.
 *
 * @param id stable identifier, safe as a folder name ({@link EditionId})
 * @param title the edition's title
 * @param date the edition's date, or null when the input does not give one
 * @param publication the publication's name, or null when the input does not give one
 * @param source where the edition was read from (a file name, or "-" for standard input)
 * @param sections the stories, at least one
 */
public record Edition(
    String id, String title, LocalDate date, String publication, String source, List<Section> sections) {

  /** Validates the fields; the id must already be a safe folder name. */
  public Edition {
    if (!EditionId.isValid(id)) {
      throw new IllegalArgumentException("not a valid edition id: " + id);
    }
    title = TextCleaner.clean(Objects.requireNonNull(title, "title"));
    if (title.isEmpty()) {
      throw new IllegalArgumentException("an edition needs a title");
    }
    publication = publication == null || TextCleaner.clean(publication).isEmpty() ? null : TextCleaner.clean(publication);
    source = Objects.requireNonNull(source, "source");
    sections = List.copyOf(sections);
    if (sections.isEmpty()) {
      throw new IllegalArgumentException("an edition needs at least one section");
    }
  }

  /** The date, when the input gave one. */
  public Optional<LocalDate> optionalDate() {
    return Optional.ofNullable(date);
  }

  /** The publication's name, when the input gave one. */
  public Optional<String> optionalPublication() {
    return Optional.ofNullable(publication);
  }
}
