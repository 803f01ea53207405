/**
 * One edition from input to published folder: {@link org.editionaudio.pipeline.EditionPipeline}
 * reads, scripts, speaks, lays out, masters and publishes, with per-stage
 * {@link org.editionaudio.pipeline.Timings}; {@link org.editionaudio.pipeline.JobSettings} holds
 * everything besides the input that decides the output, and its fingerprint.
 *
 * <p>Entry point: {@link org.editionaudio.pipeline.EditionPipeline#maryTts}, then {@code run}.
 *
 * <p>May depend on: {@code publish}, {@code audio}, {@code speech}, {@code edition}, {@code common}.
 */
package org.editionaudio.pipeline;
