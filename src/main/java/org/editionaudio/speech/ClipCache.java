package org.editionaudio.speech;

import java.util.Optional;

/** Synthesized sentences kept by a key that covers everything that decides their samples. */
public interface ClipCache {

  /** The clip stored under {@code key}, if it is there and intact. */
  Optional<Clip> get(String key);

  /** Stores a clip; failures to store only cost a later synthesis. */
  void put(String key, Clip clip);

  /** A cache that keeps nothing. */
  ClipCache NONE = new ClipCache() {
    @Override
    public Optional<Clip> get(String key) {
      return Optional.empty();
    }

    @Override
    public void put(String key, Clip clip) {}
  };
}
