package dev.neonjava.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One fenced code block of a Markdown file: its language, text and where it starts. */
final class Snippet {
  private static final Pattern FENCE = Pattern.compile("^```(\\w*)\\s*$");

  final Path file;
  final int line;
  final String language;
  final String text;

  private Snippet(Path file, int line, String language, String text) {
    this.file = file;
    this.line = line;
    this.language = language;
    this.text = text;
  }

  /**
   * Reads every fenced block of a Markdown file.
   * @param markdown the file
   * @return its blocks in order
   * @throws IOException when it cannot be read
   */
  static List<Snippet> read(Path markdown) throws IOException {
    List<String> lines = Files.readAllLines(markdown, StandardCharsets.UTF_8);
    List<Snippet> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher open = FENCE.matcher(lines.get(i));
      if (!open.matches()) {
        continue;
      }
      int start = i + 1;
      int end = start;
      while (end < lines.size() && !lines.get(end).trim().equals("```")) {
        end++;
      }
      if (end == lines.size()) {
        throw new IllegalStateException(markdown + ":" + (i + 1) + ": code block never closed");
      }
      blocks.add(new Snippet(markdown, start + 1, open.group(1), String.join("\n", lines.subList(start, end))));
      i = end;
    }
    return blocks;
  }

  /** @return where the block starts, as {@code file:line} */
  String where() {
    return file.normalize() + ":" + line;
  }

  @Override
  public String toString() {
    return where();
  }
}
