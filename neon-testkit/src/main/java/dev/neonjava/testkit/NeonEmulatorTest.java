package dev.neonjava.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs each test of the annotated class (or the annotated test method) against a fresh
 * {@link NeonEmulator}, and injects test and lifecycle method parameters: the {@link NeonEmulator}
 * itself, a {@link dev.neonjava.runtime.ApiClient} pointed at it, and any type a
 * {@link #parameters() parameter factory} provides. A test that made the emulator see a request or
 * send a response that breaks the spec fails with the validator's messages.
 *
 * <pre>{@code
 * @NeonEmulatorTest
 * class BranchPerPullRequestTest {
 *   @Test
 *   void createsTheBranch(NeonEmulator neon, ApiClient client) {
 *     Project project = neon.seedProject("app");
 *     new PreviewBranches(client).ensure(project.getId(), "pr-42");   // code under test
 *     assertThat(neon.branches(project.getId())).extracting(Branch::getName).contains("pr-42");
 *   }
 * }
 * }</pre>
 *
 * <p>An annotation on the method replaces the one on its class. Usable as a meta-annotation.
 */
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(NeonEmulatorExtension.class)
public @interface NeonEmulatorTest {
  /**
   * Returns how long each operation takes from creation to its end, in ms (default 0: at once).
   * @return how long each operation takes from creation to its end, in ms (default 0: at once)
   */
  long operationDelayMillis() default 0;

  /**
   * Returns whether the emulator's time stands still except for {@link NeonEmulator#advanceTime}:
   * operations then end exactly when the test says (default false: time passes).
   * @return whether the emulator's time stands still except for {@link NeonEmulator#advanceTime}:
   *     operations then end exactly when the test says (default false: time passes)
   */
  boolean frozenClock() default false;

  /**
   * Returns whether Neon's documented rate limits apply (700/min per account, 40/s per route).
   * @return whether Neon's documented rate limits apply (700/min per account, 40/s per route)
   */
  boolean neonRateLimits() default false;

  /**
   * Returns the API key the emulator accepts and the injected clients send.
   * @return the API key the emulator accepts and the injected clients send
   */
  String apiKey() default NeonEmulator.DEFAULT_API_KEY;

  /**
   * Returns whether spec violations seen during the test fail it (default true).
   * @return whether spec violations seen during the test fail it (default true)
   */
  boolean failOnSpecViolations() default true;

  /**
   * Returns what stands behind branches, databases and roles: {@link Databases#POSTGRES} for a real
   * local PostgreSQL that connection URIs reach (default {@link Databases#NONE}).
   * @return what stands behind branches, databases and roles
   */
  Databases databases() default Databases.NONE;

  /**
   * Returns factories of further injectable types (each with a public no-argument constructor), e.g.
   * @return factories of further injectable types (each with a public no-argument constructor),
   *     e.g. a client of your own configured for the emulator
   */
  Class<? extends EmulatorParameterFactory<?>>[] parameters() default {};
}
