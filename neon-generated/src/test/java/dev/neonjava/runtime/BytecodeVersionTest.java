package dev.neonjava.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Library classes run on Java 11: class file major version 55, generated and hand-written alike. Every
 * class of the module is checked, whatever spec it was generated from (no model name is assumed).
 */
class BytecodeVersionTest {
  @Test
  void libraryClassesAreJava11() throws IOException, URISyntaxException {
    Path classes = Path.of(BytecodeVersionTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .resolveSibling("classes");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(classes)) {
      files = walk.filter(f -> f.toString().endsWith(".class")).collect(Collectors.toList());
    }
    assertThat(files).as("classes under %s", classes)
        .anyMatch(f -> f.toString().contains("/generated/api/"))
        .anyMatch(f -> f.toString().contains("/generated/model/"))
        .anyMatch(f -> f.endsWith("NeonGson.class"));
    for (Path f : files) {
      assertThat(majorVersion(f)).as(classes.relativize(f).toString()).isEqualTo(55);
    }
  }

  private static int majorVersion(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file); DataInputStream data = new DataInputStream(in)) {
      assertThat(data.readInt()).isEqualTo(0xCAFEBABE);
      data.readUnsignedShort(); // minor
      return data.readUnsignedShort();
    }
  }
}
