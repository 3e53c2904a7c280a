package dev.neonjava.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** docs/types.md shows the code of TypesDocExample, which the build compiles. */
class TypesDocTest {
  @Test
  void theDocumentsSnippetIsTheCompiledExample() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("src/test/java/dev/neonjava/it/TypesDocExample.java"));
    int from = lines.indexOf("    // snippet:types") + 1;
    int to = lines.indexOf("    // end:types");
    assertThat(from).as("start marker").isPositive();
    assertThat(to).as("end marker").isGreaterThan(from);
    String snippet = lines.subList(from, to).stream().map(l -> l.startsWith("    ") ? l.substring(4) : l)
        .collect(Collectors.joining("\n"));

    assertThat(Files.readString(Path.of("../docs/types.md"), StandardCharsets.UTF_8)).contains(snippet);
  }
}
