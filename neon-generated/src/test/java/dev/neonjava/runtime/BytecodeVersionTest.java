package dev.neonjava.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neonjava.generated.api.ProjectApi;
import dev.neonjava.generated.model.Project;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** Library classes run on Java 11: class file major version 55, generated and hand-written alike. */
class BytecodeVersionTest {
  @Test
  void libraryClassesAreJava11() throws IOException {
    for (Class<?> type : new Class<?>[] {ApiClient.class, ProjectApi.class, Project.class, NeonGson.class}) {
      assertThat(majorVersion(type)).as(type.getName()).isEqualTo(55);
    }
  }

  private static int majorVersion(Class<?> type) throws IOException {
    try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class");
        DataInputStream data = new DataInputStream(in)) {
      assertThat(data.readInt()).isEqualTo(0xCAFEBABE);
      data.readUnsignedShort(); // minor
      return data.readUnsignedShort();
    }
  }
}
