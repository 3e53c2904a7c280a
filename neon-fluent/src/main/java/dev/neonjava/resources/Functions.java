package dev.neonjava.resources;

import static dev.neonjava.resources.Calls.async;
import static dev.neonjava.resources.Calls.configure;
import static dev.neonjava.resources.Calls.member;

import dev.neonjava.generated.api.FunctionsApi;
import dev.neonjava.generated.api.FunctionsApi.CreateProjectBranchFunctionDeploymentParams;
import dev.neonjava.generated.api.FunctionsApi.DeleteProjectBranchFunctionParams;
import dev.neonjava.generated.api.FunctionsApi.GetProjectBranchFunctionParams;
import dev.neonjava.generated.api.FunctionsApi.ListProjectBranchFunctionsParams;
import dev.neonjava.generated.api.FunctionsApi.UpdateProjectBranchFunctionParams;
import dev.neonjava.generated.model.ListProjectBranchFunctionsResponse;
import dev.neonjava.generated.model.NeonFunction;
import dev.neonjava.generated.model.NeonFunctionDeployment;
import dev.neonjava.generated.model.NeonFunctionDeploymentResponse;
import dev.neonjava.generated.model.NeonFunctionResponse;
import dev.neonjava.generated.model.NeonFunctionUpdateRequest;
import dev.neonjava.paging.Paginator;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.ApiRequest;
import dev.neonjava.runtime.BinaryContent;
import dev.neonjava.wait.OperationWaiter;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The functions of one branch: list, get, rename, delete, and deploy a new bundle (a zip sent as
 * {@code multipart/form-data}, streamed from a file, a stream or bytes; never held whole in memory
 * unless it is already a byte array). Deploying to a new slug creates the function.
 */
public final class Functions extends Resource<Functions> {
  private static final String ZIP = "application/zip";
  private final FunctionsApi api;
  private final String projectId;
  private final String branchId;

  /**
   * Creates this resource over a low-level client; applications get it from {@link dev.neonjava.Neon}.
   * @param client the low-level client
   * @param waiter waits for operations
   * @param projectId the project id
   * @param branchId the branch id
   */
  public Functions(ApiClient client, OperationWaiter waiter, String projectId, String branchId) {
    super(client, waiter);
    this.api = new FunctionsApi(client);
    this.projectId = Validation.id(projectId, "project_id");
    this.branchId = Validation.id(branchId, "branch_id");
  }

  @Override
  protected Functions rebind(ApiClient client) {
    return new Functions(client, waiter, projectId, branchId);
  }

  /**
   * Returns the branch's functions, fetched a page at a time as the iteration reaches them.
   * @param params limit (the page size)
   * @return the functions
   */
  @CallsOperation("listProjectBranchFunctions")
  public Paginator<ListProjectBranchFunctionsResponse, NeonFunction> list(
      Consumer<ListProjectBranchFunctionsParams.Builder> params) {
    ListProjectBranchFunctionsParams first = listParams(params);
    return Calls.paged(first, (p, cursor) -> p.toBuilder().cursor(cursor).build(), api::listProjectBranchFunctions,
        ListProjectBranchFunctionsResponse::getFunctions,
        page -> page.getPagination() == null ? null : page.getPagination().getNext(),
        first.limit() == null ? null : first.limit().longValue());
  }

  /**
   * Returns every function of the branch, as {@link #list(Consumer)} with the server's page size.
   * @return the functions
   */
  public Paginator<ListProjectBranchFunctionsResponse, NeonFunction> list() {
    return list(p -> { });
  }

  /**
   * Asynchronous page of {@link #list(Consumer)}: pass the page's {@code pagination.next} as the
   * cursor for the next one.
   * @param params cursor and limit
   * @return the pending page
   */
  public CompletableFuture<ListProjectBranchFunctionsResponse> listPageAsync(
      Consumer<ListProjectBranchFunctionsParams.Builder> params) {
    return async(() -> api.listProjectBranchFunctionsAsync(listParams(params)));
  }

  /**
   * Returns a function.
   * @param slug the function's slug
   * @return the function, with its current and active deployments
   */
  @CallsOperation("getProjectBranchFunction")
  public NeonFunction get(String slug) {
    return member(api.getProjectBranchFunction(getParams(slug)), NeonFunctionResponse::getFunction,
        "getProjectBranchFunction", "function");
  }

  /**
   * Asynchronous {@link #get(String)}.
   * @param slug the function's slug
   * @return the pending function
   */
  public CompletableFuture<NeonFunction> getAsync(String slug) {
    return async(() -> api.getProjectBranchFunctionAsync(getParams(slug)))
        .thenApply(r -> member(r, NeonFunctionResponse::getFunction, "getProjectBranchFunction", "function"));
  }

  /**
   * Changes a function (its display name).
   * @param slug the function's slug
   * @param changes sets name
   * @return the function
   */
  @CallsOperation("updateProjectBranchFunction")
  public NeonFunction update(String slug, Consumer<NeonFunctionUpdateRequest> changes) {
    return update(slug, configure(new NeonFunctionUpdateRequest(), changes, "changes"));
  }

  /**
   * As {@link #update(String, Consumer)}, with the request built by the caller.
   * @param slug the function's slug
   * @param changes the request
   * @return the function
   */
  public NeonFunction update(String slug, NeonFunctionUpdateRequest changes) {
    return member(api.updateProjectBranchFunction(updateParams(slug, changes)), NeonFunctionResponse::getFunction,
        "updateProjectBranchFunction", "function");
  }

  /**
   * Asynchronous {@link #update(String, NeonFunctionUpdateRequest)}.
   * @param slug the function's slug
   * @param changes the request
   * @return the pending function
   */
  public CompletableFuture<NeonFunction> updateAsync(String slug, NeonFunctionUpdateRequest changes) {
    return async(() -> api.updateProjectBranchFunctionAsync(updateParams(slug, changes)))
        .thenApply(r -> member(r, NeonFunctionResponse::getFunction, "updateProjectBranchFunction", "function"));
  }

  /**
   * Deletes a function.
   * @param slug the function's slug
   * @throws dev.neonjava.runtime.NotFoundException when there is no such function
   */
  @CallsOperation("deleteProjectBranchFunction")
  public void delete(String slug) {
    api.deleteProjectBranchFunction(deleteParams(slug));
  }

  /**
   * Asynchronous {@link #delete(String)}.
   * @param slug the function's slug
   * @return completes when deleted
   */
  public CompletableFuture<Void> deleteAsync(String slug) {
    return async(() -> api.deleteProjectBranchFunctionAsync(deleteParams(slug)));
  }

  /**
   * Deletes a function if it exists: for clean-up code that may run twice.
   * @param slug the function's slug
   * @return whether this call deleted it (false: it was already gone)
   */
  public boolean deleteIfExists(String slug) {
    return Calls.deleteIfExists(() -> delete(slug));
  }

  /**
   * Deploys a bundle to a function (creating the function on a new slug). The bundle is read while
   * the request is sent, in chunks.
   * <pre>{@code functions.deploy("resize", d -> d.zip(BinaryContent.of(zipFile)).runtime("nodejs24"))}</pre>
   * @param slug the function's slug
   * @param params zip (the bundle), runtime, environment
   * @return the new deployment (its status moves on from {@code pending}; see {@link #get(String)})
   */
  @CallsOperation("createProjectBranchFunctionDeployment")
  public NeonFunctionDeployment deploy(String slug, Consumer<CreateProjectBranchFunctionDeploymentParams.Builder> params) {
    return member(api.createProjectBranchFunctionDeployment(deployParams(slug, params)),
        NeonFunctionDeploymentResponse::getDeployment, "createProjectBranchFunctionDeployment", "deployment");
  }

  /**
   * Deploys a zip file, read when sent (and again on a retry).
   * @param slug the function's slug
   * @param zip the bundle
   * @return the new deployment
   */
  public NeonFunctionDeployment deploy(String slug, Path zip) {
    BinaryContent bundle = BinaryContent.of(ApiRequest.require(zip, "zip")).withContentType(ZIP);
    return deploy(slug, d -> d.zip(bundle));
  }

  /**
   * Deploys a bundle held in memory (sent again on a retry).
   * @param slug the function's slug
   * @param zip the bundle
   * @return the new deployment
   */
  public NeonFunctionDeployment deploy(String slug, byte[] zip) {
    BinaryContent bundle = BinaryContent.of(ApiRequest.require(zip, "zip")).named("bundle.zip").withContentType(ZIP);
    return deploy(slug, d -> d.zip(bundle));
  }

  /**
   * Deploys a bundle read from a stream, which is read once, as the request is sent, and closed at
   * its end. A stream cannot be sent twice, so a retried request fails: pass a {@link Path} or
   * {@code BinaryContent.ofStreams(..)} when retries matter. The caller still closes the stream if
   * the call fails before sending it (closing it twice is harmless).
   * @param slug the function's slug
   * @param zip the bundle
   * @return the new deployment
   */
  public NeonFunctionDeployment deploy(String slug, InputStream zip) {
    BinaryContent bundle = BinaryContent.of(ApiRequest.require(zip, "zip")).named("bundle.zip").withContentType(ZIP);
    return deploy(slug, d -> d.zip(bundle));
  }

  /**
   * Asynchronous {@link #deploy(String, Consumer)}.
   * @param slug the function's slug
   * @param params zip (the bundle), runtime, environment
   * @return the pending deployment
   */
  public CompletableFuture<NeonFunctionDeployment> deployAsync(String slug,
      Consumer<CreateProjectBranchFunctionDeploymentParams.Builder> params) {
    return async(() -> api.createProjectBranchFunctionDeploymentAsync(deployParams(slug, params)))
        .thenApply(r -> member(r, NeonFunctionDeploymentResponse::getDeployment,
            "createProjectBranchFunctionDeployment", "deployment"));
  }

  private ListProjectBranchFunctionsParams listParams(Consumer<ListProjectBranchFunctionsParams.Builder> params) {
    return configure(ListProjectBranchFunctionsParams.builder(), params, "params").projectId(projectId)
        .branchId(branchId).build();
  }

  private GetProjectBranchFunctionParams getParams(String slug) {
    return GetProjectBranchFunctionParams.builder().projectId(projectId).branchId(branchId)
        .slug(Validation.id(slug, "slug")).build();
  }

  private UpdateProjectBranchFunctionParams updateParams(String slug, NeonFunctionUpdateRequest changes) {
    return UpdateProjectBranchFunctionParams.builder().projectId(projectId).branchId(branchId)
        .slug(Validation.id(slug, "slug")).neonFunctionUpdateRequest(ApiRequest.require(changes, "changes")).build();
  }

  private DeleteProjectBranchFunctionParams deleteParams(String slug) {
    return DeleteProjectBranchFunctionParams.builder().projectId(projectId).branchId(branchId)
        .slug(Validation.id(slug, "slug")).build();
  }

  private CreateProjectBranchFunctionDeploymentParams deployParams(String slug,
      Consumer<CreateProjectBranchFunctionDeploymentParams.Builder> params) {
    return configure(CreateProjectBranchFunctionDeploymentParams.builder(), params, "params").projectId(projectId)
        .branchId(branchId).slug(Validation.id(slug, "slug")).build();
  }
}
