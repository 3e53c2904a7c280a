package dev.neonjava.resources;

import static dev.neonjava.resources.Calls.async;
import static dev.neonjava.resources.Calls.configure;
import static dev.neonjava.resources.Calls.member;
import static dev.neonjava.resources.Calls.pending;
import static dev.neonjava.resources.Calls.pendingDelete;

import dev.neonjava.generated.api.EndpointApi;
import dev.neonjava.generated.api.EndpointApi.CreateProjectEndpointParams;
import dev.neonjava.generated.api.EndpointApi.DeleteProjectEndpointParams;
import dev.neonjava.generated.api.EndpointApi.GetProjectEndpointParams;
import dev.neonjava.generated.api.EndpointApi.ListProjectEndpointsParams;
import dev.neonjava.generated.api.EndpointApi.RestartProjectEndpointParams;
import dev.neonjava.generated.api.EndpointApi.StartProjectEndpointParams;
import dev.neonjava.generated.api.EndpointApi.SuspendProjectEndpointParams;
import dev.neonjava.generated.api.EndpointApi.UpdateProjectEndpointParams;
import dev.neonjava.generated.model.Endpoint;
import dev.neonjava.generated.model.EndpointCreateRequest;
import dev.neonjava.generated.model.EndpointOperations;
import dev.neonjava.generated.model.EndpointResponse;
import dev.neonjava.generated.model.EndpointState;
import dev.neonjava.generated.model.EndpointUpdateRequest;
import dev.neonjava.generated.model.EndpointsResponse;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.ApiRequest;
import dev.neonjava.wait.OperationWaiter;
import dev.neonjava.wait.Pending;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The compute endpoints of one project: list, create, get, update (resize), start, suspend, restart,
 * delete and state waits. Mutations return a {@link Pending} whose {@code .await()} re-reads the
 * endpoint; call nothing on it to start without waiting.
 */
public final class Endpoints extends Resource<Endpoints> {
  private final EndpointApi api;
  private final String projectId;

  /**
   * Creates this resource over a low-level client; applications get it from {@link dev.neonjava.Neon}.
   * @param client the low-level client
   * @param waiter waits for operations
   * @param projectId the project id
   */
  public Endpoints(ApiClient client, OperationWaiter waiter, String projectId) {
    super(client, waiter);
    this.api = new EndpointApi(client);
    this.projectId = Validation.id(projectId, "project_id");
  }

  @Override
  protected Endpoints rebind(ApiClient client) {
    return new Endpoints(client, waiter, projectId);
  }

  /**
   * Returns every endpoint of the project (those of one branch: {@code branch(id).endpoints()}).
   * @return the endpoints
   */
  @CallsOperation("listProjectEndpoints")
  public List<Endpoint> list() {
    return member(api.listProjectEndpoints(listParams()), EndpointsResponse::getEndpoints, "listProjectEndpoints",
        "endpoints");
  }

  /**
   * Asynchronous {@link #list()}.
   * @return the pending list
   */
  public CompletableFuture<List<Endpoint>> listAsync() {
    return async(() -> api.listProjectEndpointsAsync(listParams()))
        .thenApply(r -> member(r, EndpointsResponse::getEndpoints, "listProjectEndpoints", "endpoints"));
  }

  /**
   * Creates an endpoint (a compute) on a branch.
   * @param request sets the endpoint, e.g.
   *     {@code r -> r.endpoint(new EndpointCreateRequestEndpoint().branchId(id).type(EndpointType.READ_ONLY))}
   * @return the endpoint and the operations started
   */
  @CallsOperation("createProjectEndpoint")
  public Pending<EndpointOperations> create(Consumer<EndpointCreateRequest> request) {
    return create(configure(new EndpointCreateRequest(), request, "request"));
  }

  /**
   * As {@link #create(Consumer)}, with the request built by the caller.
   * @param request the request
   * @return the endpoint and the operations started
   */
  public Pending<EndpointOperations> create(EndpointCreateRequest request) {
    return reread(api.createProjectEndpoint(createParams(request)), "createProjectEndpoint");
  }

  /**
   * Asynchronous {@link #create(EndpointCreateRequest)}.
   * @param request the request
   * @return the pending creation
   */
  public CompletableFuture<Pending<EndpointOperations>> createAsync(EndpointCreateRequest request) {
    return async(() -> api.createProjectEndpointAsync(createParams(request)))
        .thenApply(r -> reread(r, "createProjectEndpoint"));
  }

  /**
   * Returns the endpoint.
   * @param endpointId the endpoint id
   * @return the endpoint
   */
  @CallsOperation("getProjectEndpoint")
  public Endpoint get(String endpointId) {
    return member(api.getProjectEndpoint(GetProjectEndpointParams.builder().projectId(projectId)
        .endpointId(Validation.id(endpointId, "endpoint_id")).build()), EndpointResponse::getEndpoint,
        "getProjectEndpoint", "endpoint");
  }

  /**
   * Asynchronous {@link #get(String)}.
   * @param endpointId the endpoint id
   * @return the pending endpoint
   */
  public CompletableFuture<Endpoint> getAsync(String endpointId) {
    return async(() -> api.getProjectEndpointAsync(GetProjectEndpointParams.builder().projectId(projectId)
        .endpointId(Validation.id(endpointId, "endpoint_id")).build()))
        .thenApply(r -> member(r, EndpointResponse::getEndpoint, "getProjectEndpoint", "endpoint"));
  }

  /**
   * Changes an endpoint: compute size ({@code autoscaling_limit_min_cu}/{@code _max_cu}), suspend
   * timeout, pooler, settings, or moves it to another branch. See also {@link #resize}.
   * @param endpointId the endpoint id
   * @param request sets the changes, e.g. {@code r -> r.endpoint(new EndpointUpdateRequestEndpoint().suspendTimeoutSeconds(600L))}
   * @return the endpoint and the operations started
   */
  @CallsOperation("updateProjectEndpoint")
  public Pending<EndpointOperations> update(String endpointId, Consumer<EndpointUpdateRequest> request) {
    return update(endpointId, configure(new EndpointUpdateRequest(), request, "request"));
  }

  /**
   * As {@link #update(String, Consumer)}, with the request built by the caller.
   * @param endpointId the endpoint id
   * @param request the request
   * @return the endpoint and the operations started
   */
  public Pending<EndpointOperations> update(String endpointId, EndpointUpdateRequest request) {
    return reread(api.updateProjectEndpoint(updateParams(endpointId, request)), "updateProjectEndpoint");
  }

  /**
   * Asynchronous {@link #update(String, EndpointUpdateRequest)}.
   * @param endpointId the endpoint id
   * @param request the request
   * @return the pending change
   */
  public CompletableFuture<Pending<EndpointOperations>> updateAsync(String endpointId, EndpointUpdateRequest request) {
    return async(() -> api.updateProjectEndpointAsync(updateParams(endpointId, request)))
        .thenApply(r -> reread(r, "updateProjectEndpoint"));
  }

  /**
   * Starts a suspended endpoint. The call returns once Neon accepted it; {@code .await()} waits.
   * @param endpointId the endpoint id
   * @return the endpoint and the operations started
   */
  @CallsOperation("startProjectEndpoint")
  public Pending<EndpointOperations> start(String endpointId) {
    return reread(api.startProjectEndpoint(StartProjectEndpointParams.builder().projectId(projectId)
        .endpointId(Validation.id(endpointId, "endpoint_id")).build()), "startProjectEndpoint");
  }

  /**
   * Asynchronous {@link #start(String)}.
   * @param endpointId the endpoint id
   * @return the pending start
   */
  public CompletableFuture<Pending<EndpointOperations>> startAsync(String endpointId) {
    return async(() -> api.startProjectEndpointAsync(StartProjectEndpointParams.builder().projectId(projectId)
        .endpointId(Validation.id(endpointId, "endpoint_id")).build())).thenApply(r -> reread(r, "startProjectEndpoint"));
  }

  /**
   * Suspends an endpoint.
   * @param endpointId the endpoint id
   * @return the endpoint and the operations started
   */
  @CallsOperation("suspendProjectEndpoint")
  public Pending<EndpointOperations> suspend(String endpointId) {
    return reread(api.suspendProjectEndpoint(SuspendProjectEndpointParams.builder().projectId(projectId)
        .endpointId(Validation.id(endpointId, "endpoint_id")).build()), "suspendProjectEndpoint");
  }

  /**
   * Asynchronous {@link #suspend(String)}.
   * @param endpointId the endpoint id
   * @return the pending suspension
   */
  public CompletableFuture<Pending<EndpointOperations>> suspendAsync(String endpointId) {
    return async(() -> api.suspendProjectEndpointAsync(SuspendProjectEndpointParams.builder().projectId(projectId)
        .endpointId(Validation.id(endpointId, "endpoint_id")).build())).thenApply(r -> reread(r, "suspendProjectEndpoint"));
  }

  /**
   * Restarts an endpoint.
   * @param endpointId the endpoint id
   * @return the endpoint and the operations started
   */
  @CallsOperation("restartProjectEndpoint")
  public Pending<EndpointOperations> restart(String endpointId) {
    return reread(api.restartProjectEndpoint(RestartProjectEndpointParams.builder().projectId(projectId)
        .endpointId(Validation.id(endpointId, "endpoint_id")).build()), "restartProjectEndpoint");
  }

  /**
   * Asynchronous {@link #restart(String)}.
   * @param endpointId the endpoint id
   * @return the pending restart
   */
  public CompletableFuture<Pending<EndpointOperations>> restartAsync(String endpointId) {
    return async(() -> api.restartProjectEndpointAsync(RestartProjectEndpointParams.builder().projectId(projectId)
        .endpointId(Validation.id(endpointId, "endpoint_id")).build())).thenApply(r -> reread(r, "restartProjectEndpoint"));
  }

  /**
   * Deletes an endpoint.
   * @param endpointId the endpoint id
   * @return the endpoint and the deletion's operations, or empty when it was already gone
   */
  @CallsOperation("deleteProjectEndpoint")
  public Optional<Pending<EndpointOperations>> delete(String endpointId) {
    return pendingDelete(api.deleteProjectEndpoint(deleteParams(endpointId)), EndpointOperations::getOperations, waiter,
        "deleteProjectEndpoint");
  }

  /**
   * Asynchronous {@link #delete(String)}.
   * @param endpointId the endpoint id
   * @return the pending deletion
   */
  public CompletableFuture<Optional<Pending<EndpointOperations>>> deleteAsync(String endpointId) {
    return async(() -> api.deleteProjectEndpointAsync(deleteParams(endpointId)))
        .thenApply(r -> pendingDelete(r, EndpointOperations::getOperations, waiter, "deleteProjectEndpoint"));
  }

  /**
   * Deletes an endpoint if it exists and waits for the deletion: for clean-up code that may run twice.
   * @param endpointId the endpoint id
   * @return whether this call deleted it (false: it was already gone)
   */
  public boolean deleteIfExists(String endpointId) {
    return Calls.deleteIfExists(() -> delete(endpointId));
  }

  /**
   * Changes a compute's autoscaling range and waits until it runs again: Neon's operations end, and
   * a compute that was active is active again (one that was idle is left idle, ready to wake up).
   * @param endpointId the endpoint id
   * @param minCu the least compute units (e.g. 0.25)
   * @param maxCu the most compute units, at least {@code minCu}
   * @return the endpoint with its new size
   */
  public Endpoint resize(String endpointId, double minCu, double maxCu) {
    return EndpointStates.resize(this, endpointId, minCu, maxCu);
  }

  /**
   * Polls the endpoint until its {@code current_state} is the one wanted.
   * @param endpointId the endpoint id
   * @param state e.g. {@link EndpointState#ACTIVE} or {@link EndpointState#IDLE}
   * @return the endpoint in that state
   */
  public Endpoint waitForState(String endpointId, EndpointState state) {
    ApiRequest.require(state, "state");
    return EndpointStates.await(client, waiter, projectId, endpointId, "be " + state,
        e -> state.equals(e.getCurrentState()));
  }

  /**
   * Polls the endpoint until it has started ({@code current_state} no longer {@code init}) and no
   * change is pending ({@code pending_state} absent).
   * @param endpointId the endpoint id
   * @return the ready endpoint
   */
  public Endpoint waitUntilReady(String endpointId) {
    return EndpointStates.await(client, waiter, projectId, endpointId, "be ready", EndpointStates::ready);
  }

  private Pending<EndpointOperations> reread(EndpointOperations response, String operationId) {
    return pending(response, EndpointOperations::getOperations, waiter, operationId).refreshedBy(
        r -> r.endpoint(get(member(r, EndpointOperations::getEndpoint, operationId, "endpoint").getId())),
        r -> getAsync(member(r, EndpointOperations::getEndpoint, operationId, "endpoint").getId()).thenApply(r::endpoint));
  }

  private ListProjectEndpointsParams listParams() {
    return ListProjectEndpointsParams.builder().projectId(projectId).build();
  }

  private CreateProjectEndpointParams createParams(EndpointCreateRequest request) {
    return CreateProjectEndpointParams.builder().projectId(projectId)
        .endpointCreateRequest(ApiRequest.require(request, "request")).build();
  }

  private UpdateProjectEndpointParams updateParams(String endpointId, EndpointUpdateRequest request) {
    return UpdateProjectEndpointParams.builder().projectId(projectId).endpointId(Validation.id(endpointId, "endpoint_id"))
        .endpointUpdateRequest(ApiRequest.require(request, "request")).build();
  }

  private DeleteProjectEndpointParams deleteParams(String endpointId) {
    return DeleteProjectEndpointParams.builder().projectId(projectId).endpointId(Validation.id(endpointId, "endpoint_id"))
        .build();
  }
}
