package dev.neonjava.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's emulator example is {@link ReadmeExampleTest}, which the build compiles and runs. */
class ReadmeSectionTest {
  @Test
  void theReadmeShowsTheCompiledExample() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("src/test/java/dev/neonjava/testkit/ReadmeExampleTest.java"));
    int from = lines.indexOf("// snippet:readme") + 1;
    int to = lines.indexOf("// end:readme");
    assertThat(from).isPositive();
    assertThat(to).isGreaterThan(from);
    String snippet = String.join("\n", lines.subList(from, to));
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);

    assertThat(readme).contains("## Testing your code with the Neon emulator");
    assertThat(readme.substring(readme.indexOf("## Testing your code with the Neon emulator"))).contains(snippet);
  }
}
