package dev.neonjava.resources;

import dev.neonjava.generated.api.BranchApi;
import dev.neonjava.generated.model.Branch;
import dev.neonjava.generated.model.Endpoint;
import dev.neonjava.generated.model.EndpointState;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.wait.OperationWaiter;
import dev.neonjava.wait.WaitState;
import dev.neonjava.wait.Waiter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The wait for a branch to be usable: its {@code current_state} is {@code ready} and each of its
 * computes has started (no longer {@code init}). Each poll is bounded by the wait's deadline.
 */
final class BranchReadiness {
  /** The value of {@code current_state} of a branch that is ready. */
  static final String READY = "ready";

  private BranchReadiness() {
  }

  static Branch await(ApiClient client, OperationWaiter waiter, String projectId, String branchId) {
    Validation.id(branchId, "branch_id");
    Waiter<State> ready = Waiter.<State>builder("branch " + branchId + " to be ready")
        .acceptor(State::classify)
        .schedule(waiter.schedule())
        .time(waiter.clock(), waiter.sleeper())
        .build();
    return ready.await(deadline -> {
      BranchApi api = new BranchApi(client.withDeadline(deadline)); // a poll never outlives the wait
      Branch branch = Calls.member(api.getProjectBranch(BranchApi.GetProjectBranchParams.builder()
          .projectId(projectId).branchId(branchId).build()), r -> r.getBranch(), "getProjectBranch", "branch");
      List<Endpoint> endpoints = Calls.member(api.listProjectBranchEndpoints(BranchApi.ListProjectBranchEndpointsParams
          .builder().projectId(projectId).branchId(branchId).build()), r -> r.getEndpoints(),
          "listProjectBranchEndpoints", "endpoints");
      return new State(branch, endpoints);
    }).branch;
  }

  /** A branch with its computes, as polled. */
  private static final class State {
    final Branch branch;
    final List<Endpoint> endpoints;

    State(Branch branch, List<Endpoint> endpoints) {
      this.branch = branch;
      this.endpoints = endpoints;
    }

    WaitState classify() {
      boolean computesUp = endpoints.stream().noneMatch(e -> e.getCurrentState() == null
          || EndpointState.INIT.equals(e.getCurrentState()));
      return READY.equals(branch.getCurrentState()) && computesUp ? WaitState.SUCCESS : WaitState.PENDING;
    }

    @Override
    public String toString() {
      return "branch " + branch.getId() + " current_state=" + branch.getCurrentState() + ", endpoints="
          + endpoints.stream().map(e -> e.getId() + ":" + e.getCurrentState()).collect(Collectors.toList());
    }
  }
}
