package org.editionaudio.speech;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;

/**
 * A fresh MaryTTS in a class loader of its own, for tests that need MaryTTS to start again (its
 * modules and logging are static singletons of their class loader). The tool itself shares one
 * MaryTTS between its workers. Only JDK types (DOM documents, arrays, strings) cross the boundary.
 */
final class IsolatedMaryTtsEngine implements SpeechEngine {
  private final URLClassLoader loader;
  private final Object engine;
  private final Method speak;
  private final Method analyze;
  private final int sampleRate;
  private final String description;

  private IsolatedMaryTtsEngine(URLClassLoader loader, Object engine) throws ReflectiveOperationException {
    this.loader = loader;
    this.engine = engine;
    Class<?> type = engine.getClass();
    this.speak = type.getMethod("speak", Document.class);
    this.analyze = type.getMethod("analyze", Document.class, String.class);
    this.sampleRate = (Integer) type.getMethod("sampleRate").invoke(engine);
    this.description = (String) type.getMethod("description").invoke(engine);
  }

  /** Starts MaryTTS with {@code voice} in a new class loader over the application's class path. */
  static IsolatedMaryTtsEngine start(String name, String voice, boolean verbose) throws SynthesisException {
    URLClassLoader loader = new URLClassLoader(name, ClassPath.urls(), ClassLoader.getPlatformClassLoader());
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      Object engine = loader.loadClass(MaryTtsEngine.class.getName())
          .getConstructor(String.class, boolean.class)
          .newInstance(voice, verbose);
      return new IsolatedMaryTtsEngine(loader, engine);
    } catch (InvocationTargetException e) {
      closeQuietly(loader);
      throw translate(e.getCause());
    } catch (ReflectiveOperationException | LinkageError e) {
      closeQuietly(loader);
      throw new SynthesisException(null, "cannot start an isolated MaryTTS: " + e, e);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  @Override
  public short[] speak(Document maryXml) throws SynthesisException {
    return (short[]) call(speak, maryXml);
  }

  @Override
  public Document analyze(Document maryXml, String outputType) throws SynthesisException {
    return (Document) call(analyze, maryXml, outputType);
  }

  private Object call(Method method, Object... arguments) throws SynthesisException {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    // MaryTTS looks up services and resources through the context class loader.
    thread.setContextClassLoader(loader);
    try {
      return method.invoke(engine, arguments);
    } catch (InvocationTargetException e) {
      throw translate(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("the engine's methods are public", e);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  /** The modules of this MaryTTS that are running, as "name (class, locale)", in its registry's order. */
  List<String> runningModules() throws ReflectiveOperationException {
    Class<?> module = loader.loadClass("marytts.modules.MaryModule");
    int running = module.getField("MODULE_RUNNING").getInt(null);
    List<String> names = new ArrayList<>();
    for (Object m : (List<?>) loader.loadClass("marytts.modules.ModuleRegistry").getMethod("getAllModules").invoke(null)) {
      if ((Integer) module.getMethod("getState").invoke(m) == running) {
        names.add(module.getMethod("name").invoke(m) + " (" + m.getClass().getName() + ", "
            + module.getMethod("getLocale").invoke(m) + ")");
      }
    }
    return names;
  }

  /** The isolated copy of {@link SynthesisException} is another class: carry over its reason. */
  private static SynthesisException translate(Throwable failure) {
    if (failure != null && failure.getClass().getName().equals(SynthesisException.class.getName())) {
      try {
        String reason = (String) failure.getClass().getMethod("reason").invoke(failure);
        return new SynthesisException(null, reason, failure);
      } catch (ReflectiveOperationException e) {
        return new SynthesisException(null, String.valueOf(failure.getMessage()), failure);
      }
    }
    return new SynthesisException(null, String.valueOf(failure), failure);
  }

  @Override
  public int sampleRate() {
    return sampleRate;
  }

  @Override
  public String description() {
    return description;
  }

  /**
   * Leaves the class loader open: MaryTTS registers a shutdown hook in it that shuts its modules
   * down when the JVM exits, and that hook needs the loader's classes then.
   */
  @Override
  public void close() {
    try {
      engine.getClass().getMethod("close").invoke(engine);
    } catch (ReflectiveOperationException e) {
      // Closing MaryTTS does nothing that could fail; its shutdown hook does the work.
    }
  }

  private static void closeQuietly(URLClassLoader loader) {
    try {
      loader.close();
    } catch (IOException e) {
      // Only open jar files are released here.
    }
  }
}
