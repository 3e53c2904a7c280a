package dev.neonjava.resources;

import dev.neonjava.generated.api.EndpointApi;
import dev.neonjava.generated.model.Endpoint;
import dev.neonjava.generated.model.EndpointState;
import dev.neonjava.generated.model.EndpointUpdateRequest;
import dev.neonjava.generated.model.EndpointUpdateRequestEndpoint;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.wait.OperationWaiter;
import dev.neonjava.wait.WaitState;
import dev.neonjava.wait.Waiter;
import java.math.BigDecimal;
import java.util.function.Predicate;

/** The state waits of {@link Endpoints} and the resize helper built on them. */
final class EndpointStates {
  private EndpointStates() {
  }

  static boolean ready(Endpoint e) {
    return e.getCurrentState() != null && !EndpointState.INIT.equals(e.getCurrentState()) && e.getPendingState() == null;
  }

  static Endpoint await(ApiClient client, OperationWaiter waiter, String projectId, String endpointId, String what,
      Predicate<Endpoint> done) {
    Validation.id(endpointId, "endpoint_id");
    return Waiter.<Endpoint>builder("endpoint " + endpointId + " to " + what)
        .acceptor(e -> done.test(e) ? WaitState.SUCCESS : WaitState.PENDING)
        .schedule(waiter.schedule())
        .time(waiter.clock(), waiter.sleeper())
        .build()
        .await(deadline -> Calls.member(new EndpointApi(client.withDeadline(deadline)).getProjectEndpoint(
            EndpointApi.GetProjectEndpointParams.builder().projectId(projectId).endpointId(endpointId).build()),
            r -> r.getEndpoint(), "getProjectEndpoint", "endpoint"));
  }

  static Endpoint resize(Endpoints endpoints, String endpointId, double minCu, double maxCu) {
    if (!Double.isFinite(minCu) || !Double.isFinite(maxCu) || minCu <= 0 || minCu > maxCu) {
      throw new IllegalArgumentException("minCu and maxCu must be positive with minCu <= maxCu but were " + minCu
          + " and " + maxCu);
    }
    boolean wasActive = EndpointState.ACTIVE.equals(endpoints.get(endpointId).getCurrentState());
    endpoints.update(endpointId, new EndpointUpdateRequest().endpoint(new EndpointUpdateRequestEndpoint()
        .autoscalingLimitMinCu(BigDecimal.valueOf(minCu)).autoscalingLimitMaxCu(BigDecimal.valueOf(maxCu)))).await();
    return wasActive ? endpoints.waitForState(endpointId, EndpointState.ACTIVE) : endpoints.waitUntilReady(endpointId);
  }
}
