package dev.neonjava.testkit;

import dev.neonjava.Neon;
import dev.neonjava.runtime.ApiClient;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** The parameter types every {@link NeonEmulatorTest} can inject, and a way to make factories. */
public final class EmulatorParameters {
  private EmulatorParameters() {
  }

  /**
   * The built-in injectable types. This is the one place to add a client type for every user of
   * the extension (no ServiceLoader): a line {@code of(Type.class, emulator -> ...)}.
   */
  static List<EmulatorParameterFactory<?>> builtIn() {
    return List.of(
        of(NeonEmulator.class, emulator -> emulator),
        of(ApiClient.class, NeonEmulator::newApiClient),
        of(Neon.class, EmulatorParameters::neon));
  }

  /**
   * The fluent client for an emulator: its key and URL, and waits that poll every 20 ms growing to
   * 200 ms, since the emulator's operations take milliseconds, not seconds.
   */
  static Neon neon(NeonEmulator emulator) {
    return emulator.newNeon();
  }

  /**
   * Returns a factory.
   * @param type the parameter type
   * @param create makes it from the test's emulator
   * @param <T> the type
   * @return a factory
   */
  public static <T> EmulatorParameterFactory<T> of(Class<T> type, Function<NeonEmulator, T> create) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(create, "create");
    return new EmulatorParameterFactory<T>() {
      @Override
      public Class<T> type() {
        return type;
      }

      @Override
      public T create(NeonEmulator emulator) {
        return create.apply(emulator);
      }

      @Override
      public String toString() {
        return "EmulatorParameterFactory{" + type.getName() + "}";
      }
    };
  }
}
