/**
 * The program as sound: the {@link org.editionaudio.audio.Timeline} that lays speech, pauses and
 * {@link org.editionaudio.audio.ProducedAudio} into a temporary PCM file with chapters and sentence
 * cues to the sample, loudness measurement and {@link org.editionaudio.audio.Mastering}, and the
 * encoders of each {@link org.editionaudio.audio.AudioFormat} through the bundled
 * {@link org.editionaudio.audio.Ffmpeg}, with their chapter tags.
 *
 * <p>Entry points: {@link org.editionaudio.audio.Mastering#live}, {@link org.editionaudio.audio.Timeline#create}
 * with it, then {@link org.editionaudio.audio.Mastering#master}.
 *
 * <p>May depend on: {@code speech}, {@code edition}, {@code common}.
 */
package org.editionaudio.audio;
