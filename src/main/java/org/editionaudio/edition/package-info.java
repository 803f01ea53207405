/**
 * Reading an edition: HTML pages, plain text and CMS JSON become an {@link org.editionaudio.edition.Edition}
 * of {@link org.editionaudio.edition.Section}s (title, paragraphs, links), with page metadata,
 * boilerplate rules, publication {@link org.editionaudio.edition.Profile}s and the
 * {@link org.editionaudio.edition.Dropped} list behind {@code sections --explain}.
 *
 * <p>Entry point: {@link org.editionaudio.edition.EditionReader#automatic()} or
 * {@code EditionReader.withProfile(profile)}, reading an {@link org.editionaudio.edition.InputDocument}.
 *
 * <p>May depend on: {@code common} only. It is the leftmost stage: every other stage may use it.
 */
package org.editionaudio.edition;
