package dev.neonjava.resources;

import static dev.neonjava.resources.Calls.async;
import static dev.neonjava.resources.Calls.configure;
import static dev.neonjava.resources.Calls.member;
import static dev.neonjava.resources.Calls.pending;

import dev.neonjava.generated.api.ProjectApi;
import dev.neonjava.generated.api.ProjectApi.AddProjectJWKSParams;
import dev.neonjava.generated.api.ProjectApi.DeleteProjectJWKSParams;
import dev.neonjava.generated.api.ProjectApi.GetProjectJWKSParams;
import dev.neonjava.generated.model.AddProjectJWKSRequest;
import dev.neonjava.generated.model.JWKS;
import dev.neonjava.generated.model.JWKSCreationOperation;
import dev.neonjava.generated.model.ProjectJWKSResponse;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.ApiRequest;
import dev.neonjava.wait.OperationWaiter;
import dev.neonjava.wait.Pending;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The JSON Web Key Sets one project trusts, so that its roles accept JWTs from an identity provider:
 * list, add (with operations: {@code .await()}), delete.
 */
public final class Jwks extends Resource<Jwks> {
  private final ProjectApi api;
  private final String projectId;

  /**
   * Creates this resource over a low-level client; applications get it from {@link dev.neonjava.Neon}.
   * @param client the low-level client
   * @param waiter waits for operations
   * @param projectId the project id
   */
  public Jwks(ApiClient client, OperationWaiter waiter, String projectId) {
    super(client, waiter);
    this.api = new ProjectApi(client);
    this.projectId = Validation.id(projectId, "project_id");
  }

  @Override
  protected Jwks rebind(ApiClient client) {
    return new Jwks(client, waiter, projectId);
  }

  /**
   * Returns the project's key sets.
   * @return the project's key sets
   */
  @CallsOperation("getProjectJWKS")
  public List<JWKS> list() {
    return member(api.getProjectJWKS(listParams()), ProjectJWKSResponse::getJwks, "getProjectJWKS", "jwks");
  }

  /**
   * Asynchronous {@link #list()}.
   * @return the pending list
   */
  public CompletableFuture<List<JWKS>> listAsync() {
    return async(() -> api.getProjectJWKSAsync(listParams()))
        .thenApply(r -> member(r, ProjectJWKSResponse::getJwks, "getProjectJWKS", "jwks"));
  }

  /**
   * Adds a key set.
   * @param request jwks_url and provider_name (required), branch_id, jwt_audience, role_names
   * @return the key set and the operations that apply it
   */
  @CallsOperation("addProjectJWKS")
  public Pending<JWKSCreationOperation> add(Consumer<AddProjectJWKSRequest> request) {
    return add(configure(new AddProjectJWKSRequest(), request, "request"));
  }

  /**
   * As {@link #add(Consumer)}, with the request built by the caller.
   * @param request the request
   * @return the key set and the operations that apply it
   */
  public Pending<JWKSCreationOperation> add(AddProjectJWKSRequest request) {
    return pending(api.addProjectJWKS(addParams(request)), JWKSCreationOperation::getOperations, waiter,
        "addProjectJWKS");
  }

  /**
   * Asynchronous {@link #add(AddProjectJWKSRequest)}.
   * @param request the request
   * @return the pending addition
   */
  public CompletableFuture<Pending<JWKSCreationOperation>> addAsync(AddProjectJWKSRequest request) {
    return async(() -> api.addProjectJWKSAsync(addParams(request)))
        .thenApply(r -> pending(r, JWKSCreationOperation::getOperations, waiter, "addProjectJWKS"));
  }

  /**
   * Deletes a key set.
   * @param jwksId the key set's id
   * @return the deleted key set
   * @throws dev.neonjava.runtime.NotFoundException when there is no such key set
   */
  @CallsOperation("deleteProjectJWKS")
  public JWKS delete(String jwksId) {
    return member(api.deleteProjectJWKS(deleteParams(jwksId)), r -> r, "deleteProjectJWKS", "body");
  }

  /**
   * Asynchronous {@link #delete(String)}.
   * @param jwksId the key set's id
   * @return the pending deletion
   */
  public CompletableFuture<JWKS> deleteAsync(String jwksId) {
    return async(() -> api.deleteProjectJWKSAsync(deleteParams(jwksId)))
        .thenApply(r -> member(r, x -> x, "deleteProjectJWKS", "body"));
  }

  /**
   * Deletes a key set if it exists: for clean-up code that may run twice.
   * @param jwksId the key set's id
   * @return whether this call deleted it (false: it was already gone)
   */
  public boolean deleteIfExists(String jwksId) {
    return Calls.deleteIfExists(() -> delete(jwksId));
  }

  private GetProjectJWKSParams listParams() {
    return GetProjectJWKSParams.builder().projectId(projectId).build();
  }

  private AddProjectJWKSParams addParams(AddProjectJWKSRequest request) {
    return AddProjectJWKSParams.builder().projectId(projectId)
        .addProjectJWKSRequest(ApiRequest.require(request, "request")).build();
  }

  private DeleteProjectJWKSParams deleteParams(String jwksId) {
    return DeleteProjectJWKSParams.builder().projectId(projectId).jwksId(Validation.id(jwksId, "jwks_id")).build();
  }
}
