package dev.neonjava.testkit;

import java.time.Clock;
import java.time.Duration;

/** The control plane and the request pipeline in front of it; replaced whole by a reset. */
final class EmulatorState {
  final Settings settings;
  final ControlPlane plane;
  final Dispatcher dispatcher;

  EmulatorState(SpecCheck spec, Settings settings) {
    this.settings = settings;
    this.plane = new ControlPlane(settings.clock, settings.seed, spec);
    this.plane.databases = DatabaseBackend.create(settings.databases);
    this.plane.operationDelay(settings.operationDelay);
    this.plane.addApiKey("neon-emulator", settings.apiKey);
    this.dispatcher = new Dispatcher(spec, plane);
    this.dispatcher.limiter().limits(settings.rateLimits);
    this.dispatcher.validate(settings.validate);
  }

  /** Everything {@link NeonEmulator#reset()} restores. */
  static final class Settings {
    final String apiKey;
    final Duration operationDelay;
    final RateLimits rateLimits;
    final Clock clock;
    final long seed;
    final boolean validate;
    final Databases databases;

    Settings(String apiKey, Duration operationDelay, RateLimits rateLimits, Clock clock, long seed, boolean validate) {
      this(apiKey, operationDelay, rateLimits, clock, seed, validate, Databases.NONE);
    }

    Settings(String apiKey, Duration operationDelay, RateLimits rateLimits, Clock clock, long seed, boolean validate,
        Databases databases) {
      this.databases = databases;
      this.apiKey = apiKey;
      this.operationDelay = operationDelay;
      this.rateLimits = rateLimits;
      this.clock = clock;
      this.seed = seed;
      this.validate = validate;
    }

    Settings with(String apiKey, Duration operationDelay, RateLimits rateLimits, boolean validate) {
      return new Settings(apiKey, operationDelay, rateLimits, clock, seed, validate, databases);
    }
  }
}
