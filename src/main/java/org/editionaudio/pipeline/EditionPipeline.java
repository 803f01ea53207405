package org.editionaudio.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.editionaudio.audio.AudioFormat;
import org.editionaudio.audio.Cover;
import org.editionaudio.audio.Chapter;
import org.editionaudio.audio.EncodingException;
import org.editionaudio.audio.Ffmpeg;
import org.editionaudio.audio.Loudness;
import org.editionaudio.audio.LiveMastering;
import org.editionaudio.audio.LoudnessMeter;
import org.editionaudio.audio.Mastering;
import org.editionaudio.audio.ProducedAudioReader;
import org.editionaudio.audio.Program;
import org.editionaudio.audio.ProducedAudio;
import org.editionaudio.audio.Tags;
import org.editionaudio.audio.Timeline;
import org.editionaudio.edition.Edition;
import org.editionaudio.edition.EditionException;
import org.editionaudio.edition.EditionJson;
import org.editionaudio.edition.EditionReader;
import org.editionaudio.edition.InputDocument;
import org.editionaudio.common.Sha256;
import org.editionaudio.publish.AudioFile;
import org.editionaudio.publish.EditionFolder;
import org.editionaudio.publish.Manifest;
import org.editionaudio.publish.PublishException;
import org.editionaudio.publish.Publisher;
import org.editionaudio.publish.Staging;
import org.editionaudio.speech.Normalizer;
import org.editionaudio.speech.Script;
import org.editionaudio.speech.Speakable;
import org.editionaudio.speech.ScriptWriter;
import org.editionaudio.speech.ClipCache;
import org.editionaudio.speech.EnginePool;
import org.editionaudio.speech.SpeechEngineFactory;
import org.editionaudio.speech.SynthesisException;
import org.editionaudio.speech.Synthesizer;
import org.editionaudio.audio.ProducedAudioException;
import org.editionaudio.audio.ProducedAudioFiles;

/**
 * One edition from input to published folder: read, script, speak, lay out, encode, publish. The
 * speech engine starts on first use and is kept for the next edition; ffmpeg likewise. An
 * edition's audio depends only on the edition and the settings, never on what the job made before.
 */
public final class EditionPipeline implements AutoCloseable {
  /**
   * What one run produced.
   *
   * @param edition the edition read
   * @param dir the output folder
   * @param manifest what the manifest says
   * @param timings time per stage
   */
  public record Result(Edition edition, Path dir, Manifest manifest, Timings timings, Synthesizer.Stats speech) {}

  private final EditionReader reader;
  private final EnginePool engines;
  private final JobSettings settings;
  private final ClipCache cache;
  private Ffmpeg ffmpeg;

  /**
   * A job reading with {@code reader}, speaking with the engines of {@code engines} (which it
   * closes), and keeping synthesized sentences in {@code cache}.
   */
  public EditionPipeline(EditionReader reader, EnginePool engines, JobSettings settings, ClipCache cache) {
    this.reader = reader;
    this.engines = engines;
    this.settings = settings;
    this.cache = cache;
  }

  /** A job with {@code settings.jobs()} MaryTTS engines started as needed. */
  public static EditionPipeline maryTts(EditionReader reader, JobSettings settings, ClipCache cache, boolean verbose) {
    return of(reader, SpeechEngineFactory.maryTts(verbose), settings, cache);
  }

  /** A job with {@code settings.jobs()} engines of {@code engines}, started as needed. */
  public static EditionPipeline of(EditionReader reader, SpeechEngineFactory engines, JobSettings settings,
      ClipCache cache) {
    return new EditionPipeline(reader, new EnginePool(engines, settings.voice(), settings.jobs()), settings, cache);
  }

  /** Reads and parses the input. */
  public Edition read(InputDocument input) throws EditionException {
    return reader.read(input);
  }

  /**
   * Generates the edition into {@code dir}, or into {@code out/<edition-id>/} when {@code dir} is
   * null. Nothing is left in the folder unless the whole run succeeds.
   */
  public Result run(InputDocument input, Path dir, Synthesizer.Progress progress)
      throws EditionException, SynthesisException, EncodingException, ProducedAudioException, PublishException {
    long t0 = System.nanoTime();
    return run(input, read(input), dir, progress, t0);
  }

  /** As {@link #run(InputDocument, Path, Synthesizer.Progress)}, for an edition the caller has already read from {@code input}. */
  public Result run(InputDocument input, Edition edition, Path dir, Synthesizer.Progress progress)
      throws EditionException, SynthesisException, EncodingException, ProducedAudioException, PublishException {
    return run(input, edition, dir, progress, System.nanoTime());
  }

  private Result run(InputDocument input, Edition edition, Path dir, Synthesizer.Progress progress, long t0)
      throws EditionException, SynthesisException, EncodingException, ProducedAudioException, PublishException {
    Path target = dir != null ? dir : Path.of("out", edition.id());
    Speakable.require(edition);
    Script script = new ScriptWriter(settings.intro(), settings.pauses()).write(edition);
    if (script.chapters().size() > Chapter.MAX_PER_PROGRAM) {
      throw new EditionException(input.name(), "the edition has " + script.chapters().size()
          + " chapters, and an audio file holds at most " + Chapter.MAX_PER_PROGRAM, "split it into several editions");
    }
    if (cache == ClipCache.NONE) {
      // Every sentence will be synthesized: MaryTTS starts (seconds of class loading and voice
      // data) while the output folder, ffmpeg and the produced audio are prepared. Not earlier, so
      // that an input refused above never starts it; with a cache it starts on the first miss.
      engines.startInBackground(0);
    }
    long t1 = System.nanoTime();

    // The output folder is opened first: a folder that cannot be written fails at once, not after
    // minutes of synthesis, and a failure anywhere below leaves it as it was.
    try (Staging staging = new Publisher(target).begin()) {
      ProducedAudioReader.requireReadable(settings.produced().intro(), settings.produced().sting(),
          settings.produced().outro());
      Synthesizer synthesizer = new Synthesizer(engines, settings.voice(), new Normalizer(settings.lexicon()), cache);
      ProducedAudioFiles produced = settings.produced();
      ProducedAudio stings = new ProducedAudioReader(ffmpeg()).load(produced.intro(), produced.sting(), produced.outro(),
          synthesizer.sampleRate());
      AudioFormat format = settings.format();
      Cover cover = settings.cover();
      Tags tags = tags(edition, cover);
      Mastering mastering = mastering();
      // The program is encoded while it is spoken; mastering keeps that encoding when its
      // loudness landed on the target, so little is left to do after the last sentence.
      try (LiveMastering live = mastering.live(synthesizer.sampleRate(), tags, settings.loudness());
          Timeline timeline = Timeline.create(synthesizer.sampleRate(), stings, live)) {
        Synthesizer.Stats speech = synthesizer.speak(script, live.following(progress, timeline), timeline);
        Program program = timeline.finish().withLinks(edition.sections());
        long t2 = System.nanoTime();

        String audioName = EditionFolder.audio(format);
        Path file = staging.reserve(audioName);
        Loudness loudness = mastering.master(program, tags, file, settings.loudness(), live);
        long t3 = System.nanoTime();

        AudioFile audio = new AudioFile(
            audioName, format.extension(), settings.bitrate(), program.sampleRate(), size(file), sha256(file));
        String coverFile = cover == null ? null : EditionFolder.cover(cover);
        if (cover != null) {
          staging.write(coverFile, cover.data());
        }
        Manifest manifest = new Manifest(
            edition, program.chapters(), program.cues(), program.durationMs(), audio, loudness,
            settings.voice().name(), engines.description(), input.sha256(), fingerprint(edition), coverFile);
        EditionFolder.writeSidecars(staging, manifest);
        staging.commit();
        long t4 = System.nanoTime();
        return new Result(edition, target, manifest, new Timings(ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t4 - t3)),
            speech);
      }
    }
  }

  /**
   * A Mastering for one edition. Mastering carries nothing from one program to the next: when it
   * learned its first guess from the last edition, an edition's audio depended on which editions
   * the same batch worker made before it (with --jobs 2, 5 of 16 MP3s differed from --jobs 1).
   */
  private Mastering mastering() throws EncodingException {
    return new Mastering(settings.format().encoder(ffmpeg(), settings.bitrate()), new LoudnessMeter(ffmpeg()));
  }

  private Ffmpeg ffmpeg() throws EncodingException {
    if (ffmpeg == null) {
      ffmpeg = Ffmpeg.bundled();
    }
    return ffmpeg;
  }

  private static Tags tags(Edition edition, Cover cover) {
    String date = edition.date() == null ? null : edition.date().toString();
    String album = edition.publication() == null ? edition.title() : edition.publication();
    return new Tags(edition.title(), edition.publication(), album, date, "Speech", null, cover);
  }

  /**
   * What decides this edition's output besides the tool's version: the settings and the edition as
   * read (so a profile that reads the page differently counts), but not where the input lies.
   */
  public String fingerprint(Edition edition) throws ProducedAudioException {
    var tree = EditionJson.toTree(edition);
    ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("edition")).remove("source");
    return Sha256.of((settings.fingerprint() + EditionJson.write(tree))
        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static long size(Path file) throws PublishException {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new PublishException(file, e.getMessage(), e);
    }
  }

  private static String sha256(Path file) throws PublishException {
    try {
      return Sha256.of(file);
    } catch (IOException e) {
      throw new PublishException(file, e.getMessage(), e);
    }
  }

  private static long ms(long nanos) {
    return nanos / 1_000_000;
  }

  /** Stops the speech engines that were started. */
  @Override
  public void close() {
    engines.close();
  }
}
