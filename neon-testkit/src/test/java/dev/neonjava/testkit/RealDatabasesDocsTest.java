package dev.neonjava.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neonjava.Neon;
import dev.neonjava.connect.ConnectionInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The Java snippets of docs/real-databases.md and of the README's "Testing with real databases" are
 * code of this package ({@link ReadmeRealDatabasesTest} and the test below) that compiles and runs.
 */
class RealDatabasesDocsTest {

  @Test
  void withoutJUnit() throws SQLException {
    // snippet:docs
    try (NeonEmulator emulator = NeonEmulator.builder().databases(Databases.POSTGRES).start()) {
      Neon neon = emulator.newNeon();
      String projectId = neon.projects().create(p -> p.name("docs")).await().getProject().getId();
      ConnectionInfo db = neon.project(projectId).connectionInfo(c -> c.databaseName("neondb").roleName("neondb_owner"));
      try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.properties())) {
        assertThat(connection.isValid(5)).isTrue();
      }
    }
    // end:docs
  }

  @Test
  void theDocsShowOnlyCompiledSnippets() throws IOException {
    List<String> compiled = new ArrayList<>(snippets("RealDatabasesDocsTest.java", "snippet:docs", "end:docs"));
    compiled.addAll(snippets("ReadmeRealDatabasesTest.java", "snippet:readme-databases", "end:readme-databases"));
    List<String> shown = javaBlocks(Files.readString(Path.of("../docs/real-databases.md"), StandardCharsets.UTF_8));

    assertThat(shown).isNotEmpty();
    assertThat(compiled).containsAll(shown);
  }

  @Test
  void theReadmeShowsTheCompiledExample() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    String heading = "## Testing with real databases";
    assertThat(readme).contains(heading);
    String section = readme.substring(readme.indexOf(heading) + heading.length());
    section = section.contains("\n## ") ? section.substring(0, section.indexOf("\n## ")) : section;

    assertThat(javaBlocks(section)).containsExactly(
        snippets("ReadmeRealDatabasesTest.java", "snippet:readme-databases", "end:readme-databases").get(0));
    assertThat(section).contains("docs/real-databases.md").contains("io.zonky.test");
  }

  private static List<String> javaBlocks(String markdown) {
    List<String> out = new ArrayList<>();
    String[] parts = markdown.split("```java\n");
    for (int i = 1; i < parts.length; i++) {
      out.add(normalize(List.of(parts[i].substring(0, parts[i].indexOf("```")).split("\n"))));
    }
    return out;
  }

  /** The blocks between the markers, with the closing braces of a block cut inside a method. */
  private static List<String> snippets(String file, String begin, String end) throws IOException {
    List<String> lines = Files.readAllLines(Path.of("src/test/java/dev/neonjava/testkit", file));
    List<String> out = new ArrayList<>();
    int from = -1;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).trim();
      if (line.equals("// " + begin)) {
        from = i + 1;
      } else if (line.equals("// " + end) && from >= 0) {
        out.add(normalize(lines.subList(from, i)));
        from = -1;
      }
    }
    return out;
  }

  private static String normalize(List<String> lines) {
    return lines.stream().map(String::trim).filter(l -> !l.isEmpty()).collect(Collectors.joining("\n"));
  }
}
