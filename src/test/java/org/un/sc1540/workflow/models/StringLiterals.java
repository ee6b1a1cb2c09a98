package org.un.sc1540.workflow.models;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The string literals of a source tree: the variable names that delegates and services read or write. */
final class StringLiterals {

  private static final Pattern LITERAL = Pattern.compile("\"([A-Za-z_][A-Za-z0-9_]*)\"");

  private StringLiterals() {}

  static Set<String> in(Path sourceRoot) {
    Set<String> literals = new HashSet<>();
    try (Stream<Path> files = Files.walk(sourceRoot)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher matcher = LITERAL.matcher(Files.readString(file));
        while (matcher.find()) {
          literals.add(matcher.group(1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return literals;
  }
}
