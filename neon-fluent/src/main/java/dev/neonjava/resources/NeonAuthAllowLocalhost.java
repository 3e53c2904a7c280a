package dev.neonjava.resources;

import static dev.neonjava.resources.Calls.async;
import static dev.neonjava.resources.Calls.member;

import dev.neonjava.generated.api.AuthApi;
import dev.neonjava.generated.api.AuthApi.GetNeonAuthAllowLocalhostParams;
import dev.neonjava.generated.api.AuthApi.UpdateNeonAuthAllowLocalhostParams;
import dev.neonjava.generated.model.NeonAuthAllowLocalhostResponse;
import dev.neonjava.generated.model.UpdateNeonAuthAllowLocalhostRequest;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.ApiRequest;
import dev.neonjava.wait.OperationWaiter;
import java.util.concurrent.CompletableFuture;

/** Whether Neon Auth on one branch accepts redirects to {@code localhost}, for development. */
public final class NeonAuthAllowLocalhost extends Resource<NeonAuthAllowLocalhost> {
  private final AuthApi api;
  private final String projectId;
  private final String branchId;

  /**
   * Creates this resource over a low-level client; applications get it from {@link dev.neonjava.Neon}.
   * @param client the low-level client
   * @param waiter waits for operations
   * @param projectId the project id
   * @param branchId the branch id
   */
  public NeonAuthAllowLocalhost(ApiClient client, OperationWaiter waiter, String projectId, String branchId) {
    super(client, waiter);
    this.api = new AuthApi(client);
    this.projectId = Validation.id(projectId, "project_id");
    this.branchId = Validation.id(branchId, "branch_id");
  }

  @Override
  protected NeonAuthAllowLocalhost rebind(ApiClient client) {
    return new NeonAuthAllowLocalhost(client, waiter, projectId, branchId);
  }

  /**
   * Returns whether localhost is allowed.
   * @return whether localhost is allowed
   */
  @CallsOperation("getNeonAuthAllowLocalhost")
  public boolean get() {
    return member(api.getNeonAuthAllowLocalhost(getParams()), NeonAuthAllowLocalhostResponse::getAllowLocalhost,
        "getNeonAuthAllowLocalhost", "allow_localhost");
  }

  /**
   * Asynchronous {@link #get()}.
   * @return the pending setting
   */
  public CompletableFuture<Boolean> getAsync() {
    return async(() -> api.getNeonAuthAllowLocalhostAsync(getParams())).thenApply(r -> member(r,
        NeonAuthAllowLocalhostResponse::getAllowLocalhost, "getNeonAuthAllowLocalhost", "allow_localhost"));
  }

  /**
   * Allows or forbids localhost.
   * @param allow whether to allow it
   * @return the setting as changed
   */
  @CallsOperation("updateNeonAuthAllowLocalhost")
  public boolean set(boolean allow) {
    return set(new UpdateNeonAuthAllowLocalhostRequest().allowLocalhost(allow));
  }

  /**
   * As {@link #set(boolean)}, with the request built by the caller.
   * @param request the request
   * @return the setting as changed
   */
  public boolean set(UpdateNeonAuthAllowLocalhostRequest request) {
    return member(api.updateNeonAuthAllowLocalhost(updateParams(request)),
        NeonAuthAllowLocalhostResponse::getAllowLocalhost, "updateNeonAuthAllowLocalhost", "allow_localhost");
  }

  /**
   * Asynchronous {@link #set(boolean)}.
   * @param allow whether to allow it
   * @return the pending setting
   */
  public CompletableFuture<Boolean> setAsync(boolean allow) {
    return async(() -> api.updateNeonAuthAllowLocalhostAsync(updateParams(
        new UpdateNeonAuthAllowLocalhostRequest().allowLocalhost(allow)))).thenApply(r -> member(r,
        NeonAuthAllowLocalhostResponse::getAllowLocalhost, "updateNeonAuthAllowLocalhost", "allow_localhost"));
  }

  private GetNeonAuthAllowLocalhostParams getParams() {
    return GetNeonAuthAllowLocalhostParams.builder().projectId(projectId).branchId(branchId).build();
  }

  private UpdateNeonAuthAllowLocalhostParams updateParams(UpdateNeonAuthAllowLocalhostRequest request) {
    return UpdateNeonAuthAllowLocalhostParams.builder().projectId(projectId).branchId(branchId)
        .updateNeonAuthAllowLocalhostRequest(ApiRequest.require(request, "request")).build();
  }
}
