package dev.neonjava.resources;

import static dev.neonjava.resources.Calls.async;
import static dev.neonjava.resources.Calls.member;

import dev.neonjava.generated.api.StorageApi;
import dev.neonjava.generated.api.StorageApi.GetProjectBranchStorageParams;
import dev.neonjava.generated.model.BranchStorage;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.wait.OperationWaiter;
import java.util.concurrent.CompletableFuture;

/** The S3-compatible object storage of one branch: whether it is enabled, its endpoint and region. */
public final class Storage extends Resource<Storage> {
  private final StorageApi api;
  private final String projectId;
  private final String branchId;

  /**
   * Creates this resource over a low-level client; applications get it from {@link dev.neonjava.Neon}.
   * @param client the low-level client
   * @param waiter waits for operations
   * @param projectId the project id
   * @param branchId the branch id
   */
  public Storage(ApiClient client, OperationWaiter waiter, String projectId, String branchId) {
    super(client, waiter);
    this.api = new StorageApi(client);
    this.projectId = Validation.id(projectId, "project_id");
    this.branchId = Validation.id(branchId, "branch_id");
  }

  @Override
  protected Storage rebind(ApiClient client) {
    return new Storage(client, waiter, projectId, branchId);
  }

  /**
   * Returns the storage settings: enabled, s3_endpoint, region, force_path_style.
   * @return the storage settings: enabled, s3_endpoint, region, force_path_style
   */
  @CallsOperation("getProjectBranchStorage")
  public BranchStorage get() {
    return member(api.getProjectBranchStorage(params()), r -> r, "getProjectBranchStorage", "body");
  }

  /**
   * Asynchronous {@link #get()}.
   * @return the pending answer
   */
  public CompletableFuture<BranchStorage> getAsync() {
    return async(() -> api.getProjectBranchStorageAsync(params())).thenApply(r -> member(r, x -> x, "getProjectBranchStorage", "body"));
  }

  private GetProjectBranchStorageParams params() {
    return GetProjectBranchStorageParams.builder().projectId(projectId).branchId(branchId).build();
  }
}
