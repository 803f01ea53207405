/**
 * The output folder: its layout ({@link org.editionaudio.publish.EditionFolder}, the one place that
 * names every file), publication with the manifest as the folder's pointer, rolled back on
 * failure ({@link org.editionaudio.publish.Publisher}, {@link org.editionaudio.publish.Staging}), the chapter and transcript files, the
 * {@link org.editionaudio.publish.Manifest} and the player page.
 *
 * <p>Entry points: {@code new Publisher(dir).begin()}, then
 * {@link org.editionaudio.publish.EditionFolder#writeSidecars} and {@code Staging.commit()}.
 *
 * <p>May depend on: {@code audio}, {@code speech}, {@code edition}, {@code common}.
 */
package org.editionaudio.publish;
