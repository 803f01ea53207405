package org.editionaudio.speech;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The application's class path as URLs, for a second copy of it in another class loader: the
 * entries of {@code java.class.path}, and of the {@code Class-Path} manifests of its jars (a test
 * runner's booter jar lists the real entries there).
 */
final class ClassPath {
  private ClassPath() {}

  static URL[] urls() {
    Set<Path> entries = new LinkedHashSet<>();
    for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
      if (!entry.isBlank()) {
        add(Path.of(entry).toAbsolutePath().normalize(), entries);
      }
    }
    List<URL> urls = new ArrayList<>();
    for (Path entry : entries) {
      try {
        urls.add(entry.toUri().toURL());
      } catch (MalformedURLException e) {
        throw new IllegalStateException("not a class path entry: " + entry, e);
      }
    }
    return urls.toArray(URL[]::new);
  }

  private static void add(Path entry, Set<Path> entries) {
    if (!entries.add(entry) || !Files.isRegularFile(entry)) {
      return;
    }
    try (JarFile jar = new JarFile(entry.toFile())) {
      Manifest manifest = jar.getManifest();
      String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
      if (classPath == null) {
        return;
      }
      for (String reference : classPath.trim().split("\\s+")) {
        if (!reference.isEmpty()) {
          URI resolved = entry.toUri().resolve(reference);
          add(Path.of(resolved).toAbsolutePath().normalize(), entries);
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      // Not a jar, or a manifest entry that is not a local file: nothing more to add.
    }
  }
}
