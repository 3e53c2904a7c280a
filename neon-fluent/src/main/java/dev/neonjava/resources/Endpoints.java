package dev.neonjava.resources;

import static dev.neonjava.runtime.ResponseDecodingException.requireMember;

import dev.neonjava.runtime.ApiRequest;
import dev.neonjava.generated.api.BranchApi;
import dev.neonjava.generated.api.EndpointApi;
import dev.neonjava.generated.model.Endpoint;
import dev.neonjava.generated.model.EndpointCreateRequest;
import dev.neonjava.generated.model.EndpointCreateRequestEndpoint;
import dev.neonjava.generated.model.EndpointOperations;
import dev.neonjava.generated.model.EndpointState;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.wait.OperationWaiter;
import dev.neonjava.wait.WaitState;
import dev.neonjava.wait.Waiter;
import java.util.Optional;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** The compute endpoints of one project: list, create, start, suspend, restart, delete, state waits. */
public final class Endpoints {
  private final ApiClient client;
  private final EndpointApi api;
  private final BranchApi branches;
  private final OperationWaiter waiter;
  private final String projectId;

  /**
   * Creates this resource over a low-level client; applications get it from {@link dev.neonjava.Neon}.
   * @param client the low-level client
   * @param waiter waits for operations
   * @param projectId the project id
   */
  public Endpoints(ApiClient client, OperationWaiter waiter, String projectId) {
    this.client = client;
    this.api = new EndpointApi(client);
    this.branches = new BranchApi(client);
    this.waiter = waiter;
    this.projectId = Validation.id(projectId, "project_id");
  }

  /**
   * Returns every endpoint of the project.
   * @return every endpoint of the project
   */
  public List<Endpoint> list() {
    return api.listProjectEndpoints(EndpointApi.ListProjectEndpointsParams.builder().projectId(projectId).build())
        .getEndpoints();
  }

  /**
   * Returns the endpoints of that branch.
   * @param branchId a branch id
   * @return the endpoints of that branch
   */
  public List<Endpoint> listForBranch(String branchId) {
    return requireMember(branches.listProjectBranchEndpoints(BranchApi.ListProjectBranchEndpointsParams.builder()
        .projectId(projectId).branchId(Validation.id(branchId, "branch_id")).build()).getEndpoints(), "listProjectBranchEndpoints", "endpoints");
  }

  /**
   * Returns the endpoint.
   * @param endpointId the endpoint id
   * @return the endpoint
   */
  public Endpoint get(String endpointId) {
    return requireMember(api.getProjectEndpoint(EndpointApi.GetProjectEndpointParams.builder().projectId(projectId)
        .endpointId(Validation.id(endpointId, "endpoint_id")).build()).getEndpoint(), "getProjectEndpoint", "endpoint");
  }

  /**
   * Creates an endpoint and waits for its operations.
   * @param endpoint sets branch_id (required), type and settings
   * @return the endpoint, re-read after the wait
   */
  public Endpoint createAndWait(Consumer<EndpointCreateRequestEndpoint> endpoint) {
    EndpointCreateRequestEndpoint body = new EndpointCreateRequestEndpoint();
    Validation.apply(endpoint, body, "endpoint");
    EndpointOperations created = api.createProjectEndpoint(EndpointApi.CreateProjectEndpointParams.builder()
        .projectId(projectId).endpointCreateRequest(new EndpointCreateRequest().endpoint(body)).build());
    waiter.await(requireMember(created.getOperations(), "createProjectEndpoint", "operations"));
    return get(requireMember(created.getEndpoint(), "createProjectEndpoint", "endpoint").getId());
  }

  /**
   * Starts a suspended endpoint and waits for it.
   * @param endpointId the endpoint id
   * @return the endpoint after the start
   */
  public Endpoint startAndWait(String endpointId) {
    return runAndWait(endpointId, id -> api.startProjectEndpoint(
        EndpointApi.StartProjectEndpointParams.builder().projectId(projectId).endpointId(id).build()));
  }

  /**
   * Suspends an endpoint and waits for it.
   * @param endpointId the endpoint id
   * @return the endpoint after the suspension
   */
  public Endpoint suspendAndWait(String endpointId) {
    return runAndWait(endpointId, id -> api.suspendProjectEndpoint(
        EndpointApi.SuspendProjectEndpointParams.builder().projectId(projectId).endpointId(id).build()));
  }

  /**
   * Restarts an endpoint and waits for it.
   * @param endpointId the endpoint id
   * @return the endpoint after the restart
   */
  public Endpoint restartAndWait(String endpointId) {
    return runAndWait(endpointId, id -> api.restartProjectEndpoint(
        EndpointApi.RestartProjectEndpointParams.builder().projectId(projectId).endpointId(id).build()));
  }

  /**
   * Deletes an endpoint and waits for it.
   * @param endpointId the endpoint id
   * @return the deleted endpoint, or empty when it was already gone (Neon answers 204 for a compute that was already deleted: safe for clean-up code that runs twice)
   */
  public Optional<Endpoint> deleteAndWait(String endpointId) {
    EndpointOperations deleted = api.deleteProjectEndpoint(EndpointApi.DeleteProjectEndpointParams.builder()
        .projectId(projectId).endpointId(Validation.id(endpointId, "endpoint_id")).build());
    if (deleted == null) {
      return Optional.empty();
    }
    waiter.await(requireMember(deleted.getOperations(), "deleteProjectEndpoint", "operations"));
    return Optional.of(requireMember(deleted.getEndpoint(), "deleteProjectEndpoint", "endpoint"));
  }

  /**
   * Polls the endpoint until its {@code current_state} is the one wanted.
   * @param endpointId the endpoint id
   * @param state e.g. {@link EndpointState#ACTIVE} or {@link EndpointState#IDLE}
   * @return the endpoint in that state
   */
  public Endpoint waitForState(String endpointId, EndpointState state) {
    Validation.id(endpointId, "endpoint_id");
    ApiRequest.require(state, "state");
    return Waiter.<Endpoint>builder("endpoint " + endpointId + " to be " + state)
        .acceptor(e -> state.equals(e.getCurrentState()) ? WaitState.SUCCESS : WaitState.PENDING)
        .schedule(waiter.schedule())
        .time(waiter.clock(), waiter.sleeper())
        .build()
        .await(deadline -> new Endpoints(client.withDeadline(deadline), waiter, projectId).get(endpointId));
  }

  private Endpoint runAndWait(String endpointId, Function<String, EndpointOperations> action) {
    EndpointOperations result = action.apply(Validation.id(endpointId, "endpoint_id"));
    waiter.await(requireMember(result.getOperations(), "the endpoint action", "operations"));
    return get(endpointId);
  }
}
