package dev.neonjava.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.neonjava.generated.model.Operation;
import dev.neonjava.generated.model.OperationStatus;
import dev.neonjava.runtime.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import org.opentest4j.AssertionFailedError;

@NeonEmulatorTest
class NeonEmulatorExtensionTest {
  private NeonEmulator fromBeforeEach;
  private ApiClient clientFromBeforeEach;

  private static Events run(Class<?> fixture) {
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(fixture)).execute().testEvents();
  }

  @BeforeEach
  void setUp(NeonEmulator neon, ApiClient client) {
    this.fromBeforeEach = neon;
    this.clientFromBeforeEach = client;
  }

  @Test
  void injectsTheEmulatorAndAClientPointedAtIt(NeonEmulator neon, ApiClient client) {
    assertThat(neon).isSameAs(fromBeforeEach);
    assertThat(client).isSameAs(clientFromBeforeEach);
    assertThat(client.baseUri()).isEqualTo(neon.baseUri());
    assertThat(neon.baseUri().toString()).matches("http://127\\.0\\.0\\.1:\\d+/api/v2");
    assertThat(new Api(client).createProject("x").getProject().getName()).isEqualTo("x");
  }

  @Test
  @NeonEmulatorTest(operationDelayMillis = 60_000, frozenClock = true)
  void anAnnotationOnTheMethodWinsOverTheClass(NeonEmulator neon, ApiClient client) {
    String projectId = new Api(client).createProject("slow").getProject().getId();
    assertThat(neon.operations(projectId)).extracting(Operation::getStatus).containsOnly(OperationStatus.SCHEDULING);
  }

  @Test
  void aSpecViolationFailsTheTestWithTheValidatorsMessage() {
    run(ExtensionFixtures.SendsABadRequest.class).assertThatEvents().haveExactly(1, event(test("limitZero"),
        finishedWithFailure(instanceOf(AssertionFailedError.class),
            message(m -> m.contains("1 violation(s) of the Neon API spec")
                && m.contains("REQUEST violation in listProjects (GET /api/v2/projects?limit=0 -> 400)")
                && m.contains("validation.request.parameter.schema.minimum")))));
  }

  @Test
  void violationsCanBeToleratedOrTaken() {
    run(ExtensionFixtures.ToleratesABadRequest.class).assertStatistics(s -> s.succeeded(1).failed(0));
    run(ExtensionFixtures.TakesTheViolation.class).assertStatistics(s -> s.succeeded(1).failed(0));
  }

  @Test
  void eachTestGetsAFreshEmulator() {
    ExtensionFixtures.FreshEmulatorPerTest.SEEN.clear();
    run(ExtensionFixtures.FreshEmulatorPerTest.class).assertStatistics(s -> s.succeeded(2).failed(0));
    assertThat(ExtensionFixtures.FreshEmulatorPerTest.SEEN).hasSize(2).doesNotHaveDuplicates();
  }

  @Test
  void parameterFactoriesInjectMoreTypesAndTheirObjectsAreClosed() {
    ExtensionFixtures.MyClient.MADE.clear();
    run(ExtensionFixtures.InjectsACustomClient.class).assertStatistics(s -> s.succeeded(1).failed(0));
    assertThat(ExtensionFixtures.MyClient.MADE).singleElement().satisfies(c -> assertThat(c.closed).isTrue());
  }
}
