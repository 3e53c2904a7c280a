package dev.neonjava.resources;

import static dev.neonjava.resources.Calls.async;
import static dev.neonjava.resources.Calls.configure;
import static dev.neonjava.resources.Calls.member;

import dev.neonjava.generated.api.DataApiApi;
import dev.neonjava.generated.api.DataApiApi.CreateProjectBranchDataAPIParams;
import dev.neonjava.generated.api.DataApiApi.DeleteProjectBranchDataAPIParams;
import dev.neonjava.generated.api.DataApiApi.GetProjectBranchDataAPIParams;
import dev.neonjava.generated.api.DataApiApi.UpdateProjectBranchDataAPIParams;
import dev.neonjava.generated.model.DataAPICreateRequest;
import dev.neonjava.generated.model.DataAPICreateResponse;
import dev.neonjava.generated.model.DataAPIReponse;
import dev.neonjava.generated.model.DataAPIUpdateRequest;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.ApiRequest;
import dev.neonjava.runtime.ConflictException;
import dev.neonjava.wait.OperationWaiter;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The Neon Data API (a REST endpoint over one database) of a branch: set it up (or ensure it is
 * set up), read it, change its settings, remove it.
 */
public final class DataApi extends Resource<DataApi> {
  private final DataApiApi api;
  private final String projectId;
  private final String branchId;
  private final String databaseName;

  /**
   * Creates this resource over a low-level client; applications get it from {@link dev.neonjava.Neon}.
   * @param client the low-level client
   * @param waiter waits for operations
   * @param projectId the project id
   * @param branchId the branch id
   * @param databaseName the database the Data API serves
   */
  public DataApi(ApiClient client, OperationWaiter waiter, String projectId, String branchId, String databaseName) {
    super(client, waiter);
    this.api = new DataApiApi(client);
    this.projectId = Validation.id(projectId, "project_id");
    this.branchId = Validation.id(branchId, "branch_id");
    this.databaseName = PathText.name(databaseName, "database_name");
  }

  @Override
  protected DataApi rebind(ApiClient client) {
    return new DataApi(client, waiter, projectId, branchId, databaseName);
  }

  /**
   * Returns the Data API: its URL, status, settings and the schemas it serves.
   * @return the Data API
   * @throws dev.neonjava.runtime.NotFoundException when it is not set up
   */
  @CallsOperation("getProjectBranchDataAPI")
  public DataAPIReponse get() {
    return member(api.getProjectBranchDataAPI(getParams()), r -> r, "getProjectBranchDataAPI", "body");
  }

  /**
   * Asynchronous {@link #get()}.
   * @return the pending Data API
   */
  public CompletableFuture<DataAPIReponse> getAsync() {
    return async(() -> api.getProjectBranchDataAPIAsync(getParams()))
        .thenApply(r -> member(r, x -> x, "getProjectBranchDataAPI", "body"));
  }

  /**
   * Sets up the Data API.
   * @param request auth_provider, jwks_url, provider_name, jwt_audience, add_default_grants, settings
   * @return the Data API's URL
   * @throws ConflictException when it is already set up (see {@link #ensure(Consumer)})
   */
  @CallsOperation("createProjectBranchDataAPI")
  public URI create(Consumer<DataAPICreateRequest> request) {
    return create(configure(new DataAPICreateRequest(), request, "request"));
  }

  /**
   * As {@link #create(Consumer)}, with the request built by the caller.
   * @param request the request
   * @return the Data API's URL
   */
  public URI create(DataAPICreateRequest request) {
    return member(api.createProjectBranchDataAPI(createParams(request)), DataAPICreateResponse::getUrl,
        "createProjectBranchDataAPI", "url");
  }

  /**
   * Asynchronous {@link #create(DataAPICreateRequest)}.
   * @param request the request
   * @return the pending URL
   */
  public CompletableFuture<URI> createAsync(DataAPICreateRequest request) {
    return async(() -> api.createProjectBranchDataAPIAsync(createParams(request)))
        .thenApply(r -> member(r, DataAPICreateResponse::getUrl, "createProjectBranchDataAPI", "url"));
  }

  /**
   * Sets up the Data API unless it is already (Neon answers 409 then), and returns it: for set-up
   * code that runs more than once. An existing Data API keeps its configuration.
   * @param request as for {@link #create(Consumer)}
   * @return the Data API
   */
  public DataAPIReponse ensure(Consumer<DataAPICreateRequest> request) {
    DataAPICreateRequest body = configure(new DataAPICreateRequest(), request, "request");
    try {
      create(body);
    } catch (ConflictException exists) {
      // already set up: read it below
    }
    return get();
  }

  /**
   * Changes the Data API's settings (Neon refreshes its schema cache).
   * @param changes sets settings
   */
  @CallsOperation("updateProjectBranchDataAPI")
  public void update(Consumer<DataAPIUpdateRequest> changes) {
    update(configure(new DataAPIUpdateRequest(), changes, "changes"));
  }

  /**
   * As {@link #update(Consumer)}, with the request built by the caller.
   * @param changes the request
   */
  public void update(DataAPIUpdateRequest changes) {
    api.updateProjectBranchDataAPI(updateParams(changes));
  }

  /**
   * Asynchronous {@link #update(DataAPIUpdateRequest)}.
   * @param changes the request
   * @return completes when changed
   */
  public CompletableFuture<Void> updateAsync(DataAPIUpdateRequest changes) {
    return async(() -> api.updateProjectBranchDataAPIAsync(updateParams(changes))).thenApply(r -> null);
  }

  /**
   * Removes the Data API.
   * @throws dev.neonjava.runtime.NotFoundException when it is not set up
   */
  @CallsOperation("deleteProjectBranchDataAPI")
  public void delete() {
    api.deleteProjectBranchDataAPI(deleteParams());
  }

  /**
   * Asynchronous {@link #delete()}.
   * @return completes when removed
   */
  public CompletableFuture<Void> deleteAsync() {
    return async(() -> api.deleteProjectBranchDataAPIAsync(deleteParams())).thenApply(r -> null);
  }

  /**
   * Removes the Data API if it is set up: for clean-up code that may run twice.
   * @return whether this call removed it (false: it was not set up)
   */
  public boolean deleteIfExists() {
    return Calls.deleteIfExists(this::delete);
  }

  private GetProjectBranchDataAPIParams getParams() {
    return GetProjectBranchDataAPIParams.builder().projectId(projectId).branchId(branchId)
        .databaseName(databaseName).build();
  }

  private CreateProjectBranchDataAPIParams createParams(DataAPICreateRequest request) {
    return CreateProjectBranchDataAPIParams.builder().projectId(projectId).branchId(branchId)
        .databaseName(databaseName).dataAPICreateRequest(ApiRequest.require(request, "request")).build();
  }

  private UpdateProjectBranchDataAPIParams updateParams(DataAPIUpdateRequest changes) {
    return UpdateProjectBranchDataAPIParams.builder().projectId(projectId).branchId(branchId)
        .databaseName(databaseName).dataAPIUpdateRequest(ApiRequest.require(changes, "changes")).build();
  }

  private DeleteProjectBranchDataAPIParams deleteParams() {
    return DeleteProjectBranchDataAPIParams.builder().projectId(projectId).branchId(branchId)
        .databaseName(databaseName).build();
  }
}
