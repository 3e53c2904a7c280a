package dev.neonjava.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README and docs/ are checked like code: every Java snippet compiles (as pasted, imports
 * included, for Java 11), install snippets name the artifacts of the BOM at the version being
 * released, and relative links lead to files that exist.
 */
class DocsTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  /** Snippets that need the emulator are compiled and run by neon-testkit's tests instead. */
  private static final String TESTKIT = "dev.neonjava.testkit";

  @Test
  void everyJavaSnippetCompiles() throws IOException {
    SnippetCompiler compiler = new SnippetCompiler(Path.of("target/doc-snippets"));
    List<String> errors = new ArrayList<>();
    int compiled = 0;
    int index = 0;
    for (Snippet snippet : javaSnippets()) {
      index++;
      if (usesTestkit(snippet)) {
        if (!inTestkitTests(snippet)) {
          errors.add(snippet.where() + ": uses the testkit but is not the text of a test in neon-testkit/src/test/java");
        }
        continue;
      }
      errors.addAll(compiler.compile(snippet, index));
      compiled++;
    }
    assertThat(errors).as("snippets that do not compile").isEmpty();
    assertThat(compiled).as("Java snippets compiled").isGreaterThanOrEqualTo(10);
  }

  @Test
  void installSnippetsNameBomArtifactsAtTheReleaseVersion() throws IOException {
    String release = projectVersion().replace("-SNAPSHOT", "");
    String bom = Files.readString(ROOT.resolve("neon-java-bom/pom.xml"));
    Set<String> published = new TreeSet<>(matches(bom, "<artifactId>(neon-[\\w-]+)</artifactId>"));
    assertThat(published).contains("neon-java-bom", "neon-fluent", "neon-generated", "neon-testkit");
    assertThat(matches(bom, "(?m)^  <version>([^<]+)</version>")).as("the BOM's version (it has no parent)")
        .containsExactly(projectVersion());

    Pattern maven = Pattern.compile("<artifactId>(neon-[\\w-]+)</artifactId>\\s*(?:<version>([^<]+)</version>)?");
    Pattern gradle = Pattern.compile("\"dev\\.neonjava:(neon-[\\w-]+)(?::([^\"]+))?\"");
    int named = 0;
    for (Snippet s : snippets()) {
      if (!List.of("xml", "kotlin", "groovy", "gradle").contains(s.language)) {
        continue;
      }
      for (Pattern p : List.of(maven, gradle)) {
        Matcher m = p.matcher(s.text);
        while (m.find()) {
          named++;
          assertThat(published).as(s.where() + " names an artifact of the BOM").contains(m.group(1));
          if (m.group(2) != null) {
            assertThat(m.group(2)).as(s.where() + " version of " + m.group(1)).isEqualTo(release);
          }
        }
      }
    }
    assertThat(named).as("artifacts named in install snippets").isGreaterThanOrEqualTo(4);
  }

  @Test
  void relativeLinksLeadToFilesAndHeadings() throws IOException {
    Pattern link = Pattern.compile("\\]\\((?!https?:|mailto:)([^)#\\s]*)(?:#([^)\\s]+))?\\)");
    List<String> broken = new ArrayList<>();
    int checked = 0;
    for (Path md : markdownFiles()) {
      Matcher m = link.matcher(Files.readString(md, StandardCharsets.UTF_8));
      while (m.find()) {
        checked++;
        Path target = m.group(1).isEmpty() ? md : md.getParent().resolve(m.group(1)).normalize();
        if (!Files.exists(target)) {
          broken.add(ROOT.relativize(md) + " -> " + m.group(1));
        } else if (m.group(2) != null && target.toString().endsWith(".md")
            && !anchors(target).contains(m.group(2))) {
          broken.add(ROOT.relativize(md) + " -> " + m.group(1) + "#" + m.group(2) + " (no such heading)");
        }
      }
    }
    assertThat(broken).isEmpty();
    assertThat(checked).as("links checked").isGreaterThan(20);
  }

  /** GitHub's anchors for a Markdown file's headings: lower case, punctuation dropped, spaces to hyphens. */
  private static Set<String> anchors(Path md) throws IOException {
    Set<String> anchors = new TreeSet<>();
    boolean inCode = false;
    for (String line : Files.readAllLines(md, StandardCharsets.UTF_8)) {
      if (line.startsWith("```")) {
        inCode = !inCode;
      } else if (!inCode && line.startsWith("#")) {
        String title = line.replaceFirst("^#+\\s*", "").toLowerCase(java.util.Locale.ROOT);
        anchors.add(title.replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
      }
    }
    return anchors;
  }

  private static List<Snippet> javaSnippets() throws IOException {
    return snippets().stream().filter(s -> s.language.equals("java")).collect(Collectors.toList());
  }

  private static List<Snippet> snippets() throws IOException {
    List<Snippet> all = new ArrayList<>();
    for (Path md : markdownFiles()) {
      all.addAll(Snippet.read(md));
    }
    return all;
  }

  /** README.md, CONTRIBUTING.md and everything under docs/. */
  static List<Path> markdownFiles() throws IOException {
    List<Path> files = new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("CONTRIBUTING.md")));
    try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
    }
    return files;
  }

  private static boolean usesTestkit(Snippet s) {
    return s.text.contains(TESTKIT) || s.text.contains("@NeonEmulatorTest") || s.text.contains("NeonEmulator ");
  }

  /** Whether the snippet is, line for line (indentation aside), part of a test source of neon-testkit. */
  private static boolean inTestkitTests(Snippet s) throws IOException {
    String wanted = strip(s.text);
    try (Stream<Path> sources = Files.walk(ROOT.resolve("neon-testkit/src/test/java"))) {
      for (Path p : (Iterable<Path>) sources.filter(f -> f.toString().endsWith(".java"))::iterator) {
        if (strip(Files.readString(p)).contains(wanted)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String strip(String text) {
    return text.lines().map(String::strip).collect(Collectors.joining("\n"));
  }

  private static List<String> matches(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    List<String> found = new ArrayList<>();
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static String projectVersion() throws IOException {
    try (InputStream in = DocsTest.class.getResourceAsStream("/dev/neonjava/neon-java.properties")) {
      Properties p = new Properties();
      p.load(in);
      String version = p.getProperty("version");
      assertThat(version).as("the filtered version resource").matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
      return version;
    }
  }
}
