package dev.neonjava.coverage;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the source text of a method marked {@code @CallsOperation}, for the check that it calls the operation. */
final class MarkedSources {
  private MarkedSources() {
  }

  static Path sourceOf(Class<?> type) {
    Class<?> top = type;
    while (top.getEnclosingClass() != null) {
      top = top.getEnclosingClass();
    }
    Path root = SpecOperations.specFile().getParent().getParent().resolve("neon-fluent/src/main/java");
    Path file = root.resolve(top.getName().replace('.', '/') + ".java");
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("no source for " + top.getName() + " at " + file);
    }
    return file;
  }

  /**
   * The text from the mark naming {@code operationId} to the next mark (or the end of the file):
   * the marked method and the private helpers after it.
   */
  static String markedText(String source, String operationId) {
    java.util.regex.Matcher mark = java.util.regex.Pattern
        .compile("@CallsOperation\\(\\{?[^)]*\"" + java.util.regex.Pattern.quote(operationId) + "\"[^)]*\\)")
        .matcher(source);
    if (!mark.find()) {
      return "";
    }
    int next = source.indexOf("@CallsOperation", mark.end());
    return source.substring(mark.end(), next < 0 ? source.length() : next);
  }
}
