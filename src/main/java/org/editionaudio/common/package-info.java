/**
 * Small mechanisms every stage shares: the documented {@link org.editionaudio.common.ExitCode}s and
 * the {@link org.editionaudio.common.EditionAudioException} that carries one, SHA-256 as hex
 * ({@link org.editionaudio.common.Sha256}) and temp-then-rename writes
 * ({@link org.editionaudio.common.AtomicFiles}).
 *
 * <p>Entry point: none; a library for the stages.
 *
 * <p>May depend on: nothing of this project.
 */
package org.editionaudio.common;
