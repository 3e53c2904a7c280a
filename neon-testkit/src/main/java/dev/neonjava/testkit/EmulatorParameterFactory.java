package dev.neonjava.testkit;

/**
 * Makes an object that a test method of a {@link NeonEmulatorTest} may declare as a parameter,
 * from the test's emulator: a client, a repository of your own, anything that needs the
 * emulator's base URI and API key. If the object is {@link AutoCloseable}, it is closed after the
 * test. One object per type per test.
 *
 * @param <T> the type provided
 */
public interface EmulatorParameterFactory<T> {
  /**
   * Returns the parameter type this factory provides (matched exactly).
   * @return the parameter type this factory provides (matched exactly)
   */
  Class<T> type();

  /**
   * Returns the object to inject.
   * @param emulator the test's running emulator
   * @return the object to inject
   */
  T create(NeonEmulator emulator);
}
