package org.editionaudio.publish;

/**
 * The published audio file, as the manifest describes it.
 *
 * @param file its name in the output folder
 * @param format "mp3"
 * @param bitrateKbps constant bit rate
 * @param sampleRate samples per second
 * @param bytes file size
 * @param sha256 hex SHA-256 of the file, so a reader can check that it has the file this manifest describes
 */
public record AudioFile(String file, String format, int bitrateKbps, int sampleRate, long bytes, String sha256) {}
