package dev.neonjava;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's code is the code the build compiles. */
class ReadmeTest {
  @Test
  void useSectionIsTheCompiledExample() throws IOException {
    List<String> example = Files.readAllLines(Path.of("src/test/java/dev/neonjava/ReadmeUseExample.java"));
    List<String> snippet = between(example, "// snippet:use", "// end:use").stream()
        .map(line -> line.startsWith("    ") ? line.substring(4) : line).collect(Collectors.toList());
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);

    assertThat(snippet).hasSizeBetween(10, 40);
    assertThat(readme).contains(String.join("\n", snippet));
  }

  private static List<String> between(List<String> lines, String start, String end) {
    int from = -1;
    int to = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).trim().equals(start)) {
        from = i + 1;
      } else if (lines.get(i).trim().equals(end)) {
        to = i;
      }
    }
    assertThat(from).as("start marker").isPositive();
    assertThat(to).as("end marker").isGreaterThan(from);
    return lines.subList(from, to);
  }
}
