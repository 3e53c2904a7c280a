package dev.neonjava.resources;

import static dev.neonjava.resources.Calls.async;
import static dev.neonjava.resources.Calls.configure;
import static dev.neonjava.resources.Calls.member;

import dev.neonjava.generated.api.AuthApi;
import dev.neonjava.generated.api.AuthApi.GetNeonAuthEmailAndPasswordConfigParams;
import dev.neonjava.generated.api.AuthApi.UpdateNeonAuthEmailAndPasswordConfigParams;
import dev.neonjava.generated.model.NeonAuthEmailAndPasswordConfig;
import dev.neonjava.generated.model.NeonAuthEmailAndPasswordConfigUpdate;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.ApiRequest;
import dev.neonjava.wait.OperationWaiter;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** Email and password sign-in of Neon Auth on one branch: whether it is on, and how emails are verified. */
public final class NeonAuthEmailAndPassword extends Resource<NeonAuthEmailAndPassword> {
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
  public NeonAuthEmailAndPassword(ApiClient client, OperationWaiter waiter, String projectId, String branchId) {
    super(client, waiter);
    this.api = new AuthApi(client);
    this.projectId = Validation.id(projectId, "project_id");
    this.branchId = Validation.id(branchId, "branch_id");
  }

  @Override
  protected NeonAuthEmailAndPassword rebind(ApiClient client) {
    return new NeonAuthEmailAndPassword(client, waiter, projectId, branchId);
  }

  /**
   * Returns the email and password settings.
   * @return the settings
   */
  @CallsOperation("getNeonAuthEmailAndPasswordConfig")
  public NeonAuthEmailAndPasswordConfig get() {
    return member(api.getNeonAuthEmailAndPasswordConfig(getParams()), r -> r, "getNeonAuthEmailAndPasswordConfig",
        "body");
  }

  /**
   * Asynchronous {@link #get()}.
   * @return the pending settings
   */
  public CompletableFuture<NeonAuthEmailAndPasswordConfig> getAsync() {
    return async(() -> api.getNeonAuthEmailAndPasswordConfigAsync(getParams()))
        .thenApply(r -> member(r, x -> x, "getNeonAuthEmailAndPasswordConfig", "body"));
  }

  /**
   * Changes the settings that are set in {@code changes}; the others stay.
   * @param changes e.g. {@code c -> c.enabled(true).requireEmailVerification(true)}
   * @return the settings as changed
   */
  @CallsOperation("updateNeonAuthEmailAndPasswordConfig")
  public NeonAuthEmailAndPasswordConfig update(Consumer<NeonAuthEmailAndPasswordConfigUpdate> changes) {
    return update(configure(new NeonAuthEmailAndPasswordConfigUpdate(), changes, "changes"));
  }

  /**
   * As {@link #update(Consumer)}, with the changes built by the caller.
   * @param changes the changes
   * @return the settings as changed
   */
  public NeonAuthEmailAndPasswordConfig update(NeonAuthEmailAndPasswordConfigUpdate changes) {
    return member(api.updateNeonAuthEmailAndPasswordConfig(updateParams(changes)), r -> r,
        "updateNeonAuthEmailAndPasswordConfig", "body");
  }

  /**
   * Asynchronous {@link #update(NeonAuthEmailAndPasswordConfigUpdate)}.
   * @param changes the changes
   * @return the pending settings
   */
  public CompletableFuture<NeonAuthEmailAndPasswordConfig> updateAsync(NeonAuthEmailAndPasswordConfigUpdate changes) {
    return async(() -> api.updateNeonAuthEmailAndPasswordConfigAsync(updateParams(changes)))
        .thenApply(r -> member(r, x -> x, "updateNeonAuthEmailAndPasswordConfig", "body"));
  }

  private GetNeonAuthEmailAndPasswordConfigParams getParams() {
    return GetNeonAuthEmailAndPasswordConfigParams.builder().projectId(projectId).branchId(branchId).build();
  }

  private UpdateNeonAuthEmailAndPasswordConfigParams updateParams(NeonAuthEmailAndPasswordConfigUpdate changes) {
    return UpdateNeonAuthEmailAndPasswordConfigParams.builder().projectId(projectId).branchId(branchId)
        .neonAuthEmailAndPasswordConfigUpdate(ApiRequest.require(changes, "changes")).build();
  }
}
