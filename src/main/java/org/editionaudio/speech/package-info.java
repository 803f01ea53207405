/**
 * Speaking an edition: the {@link org.editionaudio.speech.Script} (intro, headlines, paragraphs,
 * pauses), news-English normalization ({@link org.editionaudio.speech.Normalizer} with its rule
 * tables and the {@link org.editionaudio.speech.Lexicon}), MaryXML, the speech engines (MaryTTS,
 * in-thread HTS, isolated class loaders, {@link org.editionaudio.speech.EnginePool}), the clip cache,
 * and the {@link org.editionaudio.speech.Synthesizer} that hands clips and pauses to a sink in order
 * (with {@code Pacing}, {@code ClipKeys}, {@code LookAhead} and {@code EdgeTrimmer}); voice profiles;
 * {@link org.editionaudio.speech.Preview} for {@code say} and {@code sections --spoken/--unknown};
 * {@link org.editionaudio.speech.Speakable}, which refuses an edition with nothing to read aloud in
 * English before synthesis.
 *
 * <p>Entry points: {@link org.editionaudio.speech.ScriptWriter#write}, then
 * {@link org.editionaudio.speech.Synthesizer#speak}.
 *
 * <p>May depend on: {@code edition}, {@code common}.
 */
package org.editionaudio.speech;
