/**
 * Many editions: input discovery ({@link org.editionaudio.batch.BatchInputs}), workers, resuming
 * (the up-to-date check), {@link org.editionaudio.batch.Shard}s, each edition's
 * {@link org.editionaudio.batch.Outcome} and the {@link org.editionaudio.batch.BatchReport}.
 * Each edition goes through the {@code pipeline}.
 *
 * <p>Entry point: {@link org.editionaudio.batch.BatchRunner#run}.
 *
 * <p>May depend on: {@code pipeline}, {@code publish}, {@code audio}, {@code speech},
 * {@code edition}, {@code common}.
 */
package org.editionaudio.batch;
