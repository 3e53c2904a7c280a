package dev.neonjava.testkit;

import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.ApiRequest;

/**
 * Requests the generated builders refuse to build (they check the spec's bounds), sent as they are so
 * that tests can see the emulator answer them the way Neon does.
 */
final class RawRequests {
  private RawRequests() {
  }

  /**
   * Sends {@code GET path?limit=..} for a list operation, bypassing the builders' bounds check.
   * @param path the path with its ids filled in
   */
  static Object listWithLimit(ApiClient client, String operationId, String path, long limit) {
    return client.execute(ApiRequest.builder(operationId, "GET", path).queryParam("limit", limit).build(), Object.class);
  }
}
