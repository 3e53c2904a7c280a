package dev.neonjava.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neonjava.generated.api.ProjectApi;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.BadRequestException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Test classes that {@link NeonEmulatorExtensionTest} runs through the JUnit engine to see how the
 * extension reports them. Nested classes: Surefire does not run them on its own.
 */
final class ExtensionFixtures {
  private ExtensionFixtures() {
  }

  static void sendLimitZero(ApiClient client) {
    try {
      RawRequests.listWithLimit(client, "listProjects", "/projects", 0);
    } catch (BadRequestException expected) {
      // the code under test handles the 400; the spec violation is still there
    }
  }

  @NeonEmulatorTest
  static class SendsABadRequest {
    @Test
    void limitZero(ApiClient client) {
      sendLimitZero(client);
    }
  }

  @NeonEmulatorTest(failOnSpecViolations = false)
  static class ToleratesABadRequest {
    @Test
    void limitZero(ApiClient client) {
      sendLimitZero(client);
    }
  }

  @NeonEmulatorTest
  static class TakesTheViolation {
    @Test
    void limitZero(NeonEmulator neon, ApiClient client) {
      sendLimitZero(client);
      assertThat(neon.takeViolations()).hasSize(1);
    }
  }

  @NeonEmulatorTest
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class FreshEmulatorPerTest {
    static final List<URI> SEEN = new ArrayList<>();

    @Test
    @Order(1)
    void first(NeonEmulator neon) {
      neon.seedProject("from-first");
      SEEN.add(neon.baseUri());
    }

    @Test
    @Order(2)
    void second(NeonEmulator neon) {
      assertThat(neon.projects()).isEmpty();
      SEEN.add(neon.baseUri());
    }
  }

  /** A client of the user's own, made from the emulator; closed after each test. */
  static final class MyClient implements AutoCloseable {
    static final List<MyClient> MADE = new ArrayList<>();
    final URI baseUri;
    final String apiKey;
    boolean closed;

    MyClient(URI baseUri, String apiKey) {
      this.baseUri = baseUri;
      this.apiKey = apiKey;
      MADE.add(this);
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  static final class MyClientFactory implements EmulatorParameterFactory<MyClient> {
    @Override
    public Class<MyClient> type() {
      return MyClient.class;
    }

    @Override
    public MyClient create(NeonEmulator emulator) {
      return new MyClient(emulator.baseUri(), emulator.apiKey());
    }
  }

  @NeonEmulatorTest(parameters = MyClientFactory.class)
  static class InjectsACustomClient {
    @Test
    void injected(MyClient client, NeonEmulator neon) {
      assertThat(client.baseUri).isEqualTo(neon.baseUri());
      assertThat(client.apiKey).isEqualTo(neon.apiKey());
      assertThat(client.closed).isFalse();
    }
  }
}
