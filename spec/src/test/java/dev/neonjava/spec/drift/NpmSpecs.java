package dev.neonjava.spec.drift;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assumptions;

/**
 * Published specs fetched from npm for the tests, through the real npm route, cached under
 * {@code target/spec-cache} (system property {@code neon.drift.testCache}) so that a rebuild does
 * not fetch again. When npm or the registry is unavailable the calling test is skipped, with the
 * reason, instead of failing; a failed fetch is remembered so that no test waits twice.
 */
final class NpmSpecs {
  private static final Map<String, Object> FETCHED = new ConcurrentHashMap<>();

  private NpmSpecs() {}

  static Path cacheDir() {
    return Path.of(System.getProperty("neon.drift.testCache", "target/spec-cache"));
  }

  static PublishedSpecSource.Fetched fetch(String version) {
    Object r = FETCHED.computeIfAbsent(version, v -> {
      try {
        return PublishedSpecSource.builder()
            .releaseUrl(null)
            .requestedNpmVersion(v)
            .cacheDir(cacheDir())
            .timeout(Duration.ofSeconds(90))
            .build()
            .fetch();
      } catch (SpecUnavailableException e) {
        return e.getMessage();
      }
    });
    if (r instanceof String) {
      Assumptions.abort("skipped: @neondatabase/api-client@" + version + " is not available from npm here: " + r);
    }
    return (PublishedSpecSource.Fetched) r;
  }

  static Path vendoredSpec() {
    return Path.of(System.getProperty("neon.spec", "neon-api.yaml"));
  }
}
