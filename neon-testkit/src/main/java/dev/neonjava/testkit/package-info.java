/**
 * A stateful emulator of the Neon Management API for tests, checked against the spec the client is
 * generated from, and its JUnit 5 extension.
 *
 * <p>Start one with {@link dev.neonjava.testkit.NeonEmulator#start()}, or annotate a test class with
 * {@link dev.neonjava.testkit.NeonEmulatorTest} and declare a {@link dev.neonjava.testkit.NeonEmulator}
 * or a {@link dev.neonjava.runtime.ApiClient} parameter.
 */
package dev.neonjava.testkit;
