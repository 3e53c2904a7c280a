package dev.neonjava.resources;

import static dev.neonjava.resources.Calls.async;
import static dev.neonjava.resources.Calls.member;

import dev.neonjava.generated.api.AiGatewayApi;
import dev.neonjava.generated.api.AiGatewayApi.GetProjectBranchAiGatewayParams;
import dev.neonjava.generated.model.BranchAiGateway;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.wait.OperationWaiter;
import java.util.concurrent.CompletableFuture;

/** The AI gateway of one branch: whether it is enabled and its base URL. */
public final class AiGateway extends Resource<AiGateway> {
  private final AiGatewayApi api;
  private final String projectId;
  private final String branchId;

  /**
   * Creates this resource over a low-level client; applications get it from {@link dev.neonjava.Neon}.
   * @param client the low-level client
   * @param waiter waits for operations
   * @param projectId the project id
   * @param branchId the branch id
   */
  public AiGateway(ApiClient client, OperationWaiter waiter, String projectId, String branchId) {
    super(client, waiter);
    this.api = new AiGatewayApi(client);
    this.projectId = Validation.id(projectId, "project_id");
    this.branchId = Validation.id(branchId, "branch_id");
  }

  @Override
  protected AiGateway rebind(ApiClient client) {
    return new AiGateway(client, waiter, projectId, branchId);
  }

  /**
   * Returns the gateway: enabled, base_url.
   * @return the gateway: enabled, base_url
   */
  @CallsOperation("getProjectBranchAiGateway")
  public BranchAiGateway get() {
    return member(api.getProjectBranchAiGateway(params()), r -> r, "getProjectBranchAiGateway", "body");
  }

  /**
   * Asynchronous {@link #get()}.
   * @return the pending answer
   */
  public CompletableFuture<BranchAiGateway> getAsync() {
    return async(() -> api.getProjectBranchAiGatewayAsync(params())).thenApply(r -> member(r, x -> x, "getProjectBranchAiGateway", "body"));
  }

  private GetProjectBranchAiGatewayParams params() {
    return GetProjectBranchAiGatewayParams.builder().projectId(projectId).branchId(branchId).build();
  }
}
