package dev.neonjava.resources;

import static dev.neonjava.resources.Calls.async;
import static dev.neonjava.resources.Calls.configure;
import static dev.neonjava.resources.Calls.member;

import dev.neonjava.generated.api.ProjectApi;
import dev.neonjava.generated.api.ProjectApi.AcceptProjectTransferRequestParams;
import dev.neonjava.generated.api.ProjectApi.CreateProjectTransferRequestParams;
import dev.neonjava.generated.model.AcceptProjectTransferRequestRequest;
import dev.neonjava.generated.model.CreateProjectTransferRequestRequest;
import dev.neonjava.generated.model.ProjectTransferRequestResponse;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.ApiRequest;
import dev.neonjava.wait.OperationWaiter;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Hand-over of one project to another Neon account: the owner creates a request, the receiving
 * account accepts it (with its own API key). Between organizations you both belong to, {@code
 * neon.organization(src).transferProjects(..)} does it in one call.
 */
public final class TransferRequests extends Resource<TransferRequests> {
  private final ProjectApi api;
  private final String projectId;
  private final String orgId;

  /**
   * Creates this resource over a low-level client; applications get it from {@link dev.neonjava.Neon}.
   * @param client the low-level client
   * @param waiter waits for operations
   * @param projectId the project id
   * @param orgId the client's default organization id (the receiver when accepting), or null
   */
  public TransferRequests(ApiClient client, OperationWaiter waiter, String projectId, String orgId) {
    super(client, waiter);
    this.api = new ProjectApi(client);
    this.projectId = Validation.id(projectId, "project_id");
    this.orgId = orgId == null ? null : Validation.id(orgId, "org_id");
  }

  @Override
  protected TransferRequests rebind(ApiClient client) {
    return new TransferRequests(client, waiter, projectId, orgId);
  }

  /**
   * Creates a transfer request with Neon's default lifetime.
   * @return the request: its id is what the receiver accepts
   */
  public ProjectTransferRequestResponse create() {
    return create(r -> { });
  }

  /**
   * Creates a transfer request.
   * @param request ttl_seconds, how long the request stays valid
   * @return the request: its id is what the receiver accepts
   */
  @CallsOperation("createProjectTransferRequest")
  public ProjectTransferRequestResponse create(Consumer<CreateProjectTransferRequestRequest> request) {
    return create(configure(new CreateProjectTransferRequestRequest(), request, "request"));
  }

  /**
   * As {@link #create(Consumer)}, with the request built by the caller.
   * @param request the request
   * @return the transfer request
   */
  public ProjectTransferRequestResponse create(CreateProjectTransferRequestRequest request) {
    return member(api.createProjectTransferRequest(createParams(request)), r -> r, "createProjectTransferRequest",
        "body");
  }

  /**
   * Asynchronous {@link #create(CreateProjectTransferRequestRequest)}.
   * @param request the request
   * @return the pending transfer request
   */
  public CompletableFuture<ProjectTransferRequestResponse> createAsync(CreateProjectTransferRequestRequest request) {
    return async(() -> api.createProjectTransferRequestAsync(createParams(request)))
        .thenApply(r -> member(r, x -> x, "createProjectTransferRequest", "body"));
  }

  /**
   * Accepts a transfer request into the client's default organization, or, without one, into the
   * account of the API key.
   * @param requestId the transfer request's id
   */
  public void accept(String requestId) {
    accept(requestId, r -> { });
  }

  /**
   * Accepts a transfer request.
   * @param requestId the transfer request's id
   * @param request org_id, the receiving organization (default: the client's default organization,
   *     else the account of the API key)
   */
  @CallsOperation("acceptProjectTransferRequest")
  public void accept(String requestId, Consumer<AcceptProjectTransferRequestRequest> request) {
    api.acceptProjectTransferRequest(acceptParams(requestId,
        configure(new AcceptProjectTransferRequestRequest().orgId(orgId), request, "request")));
  }

  /**
   * Asynchronous {@link #accept(String, Consumer)}.
   * @param requestId the transfer request's id
   * @param request org_id, the receiving organization
   * @return completes when the project was transferred
   */
  public CompletableFuture<Void> acceptAsync(String requestId, Consumer<AcceptProjectTransferRequestRequest> request) {
    return async(() -> api.acceptProjectTransferRequestAsync(acceptParams(requestId,
        configure(new AcceptProjectTransferRequestRequest().orgId(orgId), request, "request"))));
  }

  private CreateProjectTransferRequestParams createParams(CreateProjectTransferRequestRequest request) {
    return CreateProjectTransferRequestParams.builder().projectId(projectId)
        .createProjectTransferRequestRequest(ApiRequest.require(request, "request")).build();
  }

  private AcceptProjectTransferRequestParams acceptParams(String requestId, AcceptProjectTransferRequestRequest body) {
    return AcceptProjectTransferRequestParams.builder().projectId(projectId)
        .requestId(Validation.id(requestId, "request_id")).acceptProjectTransferRequestRequest(body).build();
  }
}
