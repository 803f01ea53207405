/**
 * The command line: Picocli commands ({@code generate}, {@code batch}, {@code sections},
 * {@code say}, {@code voices}), each a thin layer over the stages; option mixins declared once
 * each; the error handler that turns every failure into one line and its exit code; progress displays.
 *
 * <p>Entry point: {@link org.editionaudio.cli.Main}, or {@link org.editionaudio.cli.EditionAudio#commandLine()}.
 *
 * <p>May depend on every other package.
 */
package org.editionaudio.cli;
