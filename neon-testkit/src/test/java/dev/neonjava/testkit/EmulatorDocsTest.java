package dev.neonjava.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.neonjava.Neon;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Every Java snippet of docs/emulator.md is code of this package that compiles and runs. */
class EmulatorDocsTest {

  @Test
  void withoutJUnit() {
    // snippet:docs
    try (NeonEmulator emulator = NeonEmulator.start()) {
      Neon neon = emulator.newNeon();                                    // fast waits
      Neon custom = emulator.neonBuilder().userAgent("my-tool").build(); // the builder hook
      String id = neon.projects().create(p -> p.name("a")).await().getProject().getId();
      assertThat(custom.project(id).get().getName()).isEqualTo("a");
    }
    // end:docs
  }

  @Test
  void theJUnitExampleRuns() {
    EngineTestKit.engine("junit-jupiter").selectors(selectClass(DocsJUnitExample.class)).execute()
        .testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
  }

  @Test
  void theDocsShowOnlyCompiledSnippets() throws IOException {
    String docs = Files.readString(Path.of("../docs/emulator.md"), StandardCharsets.UTF_8);
    List<String> compiled = new ArrayList<>();
    for (String file : List.of("DocsJUnitExample.java", "EmulatorDocsTest.java")) {
      compiled.addAll(snippets(Files.readAllLines(Path.of("src/test/java/dev/neonjava/testkit", file))));
    }
    List<String> shown = new ArrayList<>();
    String[] parts = docs.split("```java\n");
    for (int i = 1; i < parts.length; i++) {
      shown.add(normalize(List.of(parts[i].substring(0, parts[i].indexOf("```")).split("\n"))));
    }
    assertThat(shown).isNotEmpty();
    assertThat(compiled).containsAll(shown);
  }

  private static List<String> snippets(List<String> lines) {
    List<String> out = new ArrayList<>();
    int from = -1;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).trim();
      if (line.equals("// snippet:docs")) {
        from = i + 1;
      } else if (line.equals("// end:docs") && from >= 0) {
        List<String> block = new ArrayList<>(lines.subList(from, i));
        // a snippet cut inside a block shows its closing braces
        long open = block.stream().mapToLong(l -> l.chars().filter(c -> c == '{').count()).sum();
        long close = block.stream().mapToLong(l -> l.chars().filter(c -> c == '}').count()).sum();
        for (long k = close; k < open; k++) {
          block.add("}");
        }
        out.add(normalize(block));
        from = -1;
      }
    }
    return out;
  }

  private static String normalize(List<String> lines) {
    return lines.stream().map(String::trim).filter(l -> !l.isEmpty()).collect(Collectors.joining("\n"));
  }
}
