package org.editionaudio.cli;

import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A path option that refuses '' (which Java reads as the current folder) and a path with a NUL. */
final class NonEmptyPath implements ITypeConverter<Path> {
  @Override
  public Path convert(String value) {
    if (value.isBlank()) {
      throw new TypeConversionException("'" + value + "' is empty — give a path");
    }
    try {
      return Path.of(value);
    } catch (java.nio.file.InvalidPathException e) {
      throw new TypeConversionException("'" + value + "' is not a path (" + e.getReason() + ")");
    }
  }
}
