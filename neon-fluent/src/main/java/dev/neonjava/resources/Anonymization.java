package dev.neonjava.resources;

import static dev.neonjava.resources.Calls.async;
import static dev.neonjava.resources.Calls.configure;
import static dev.neonjava.resources.Calls.member;

import dev.neonjava.generated.api.BranchApi;
import dev.neonjava.generated.api.BranchApi.GetAnonymizedBranchStatusParams;
import dev.neonjava.generated.api.BranchApi.GetMaskingRulesParams;
import dev.neonjava.generated.api.BranchApi.StartAnonymizationParams;
import dev.neonjava.generated.api.BranchApi.UpdateMaskingRulesParams;
import dev.neonjava.generated.model.AnonymizedBranchStatusResponse;
import dev.neonjava.generated.model.MaskingRule;
import dev.neonjava.generated.model.MaskingRulesResponse;
import dev.neonjava.generated.model.MaskingRulesUpdateRequest;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.ApiRequest;
import dev.neonjava.wait.OperationWaiter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The anonymization of one branch (created with {@code branches().createAnonymized(..)}): its masking
 * rules, starting a run and the run's status.
 */
public final class Anonymization extends Resource<Anonymization> {
  private final BranchApi api;
  private final String projectId;
  private final String branchId;

  /**
   * Creates this resource over a low-level client; applications get it from {@link dev.neonjava.Neon}.
   * @param client the low-level client
   * @param waiter waits for operations
   * @param projectId the project id
   * @param branchId the branch id
   */
  public Anonymization(ApiClient client, OperationWaiter waiter, String projectId, String branchId) {
    super(client, waiter);
    this.api = new BranchApi(client);
    this.projectId = Validation.id(projectId, "project_id");
    this.branchId = Validation.id(branchId, "branch_id");
  }

  @Override
  protected Anonymization rebind(ApiClient client) {
    return new Anonymization(client, waiter, projectId, branchId);
  }

  /**
   * Returns the branch's masking rules.
   * @return the masking rules
   */
  @CallsOperation("getMaskingRules")
  public List<MaskingRule> maskingRules() {
    return member(api.getMaskingRules(GetMaskingRulesParams.builder().projectId(projectId).branchId(branchId).build()),
        MaskingRulesResponse::getMaskingRules, "getMaskingRules", "masking_rules");
  }

  /**
   * Asynchronous {@link #maskingRules()}.
   * @return the pending rules
   */
  public CompletableFuture<List<MaskingRule>> maskingRulesAsync() {
    return async(() -> api.getMaskingRulesAsync(GetMaskingRulesParams.builder().projectId(projectId)
        .branchId(branchId).build()))
        .thenApply(r -> member(r, MaskingRulesResponse::getMaskingRules, "getMaskingRules", "masking_rules"));
  }

  /**
   * Replaces the branch's masking rules.
   * @param request sets the rules, e.g. {@code r -> r.addMaskingRulesItem(rule)}
   * @return the rules now in place
   */
  @CallsOperation("updateMaskingRules")
  public List<MaskingRule> updateMaskingRules(Consumer<MaskingRulesUpdateRequest> request) {
    return updateMaskingRules(configure(new MaskingRulesUpdateRequest(), request, "request"));
  }

  /**
   * As {@link #updateMaskingRules(Consumer)}, with the request built by the caller.
   * @param request the request
   * @return the rules now in place
   */
  public List<MaskingRule> updateMaskingRules(MaskingRulesUpdateRequest request) {
    return member(api.updateMaskingRules(updateParams(request)), MaskingRulesResponse::getMaskingRules,
        "updateMaskingRules", "masking_rules");
  }

  /**
   * Asynchronous {@link #updateMaskingRules(MaskingRulesUpdateRequest)}.
   * @param request the request
   * @return the pending rules
   */
  public CompletableFuture<List<MaskingRule>> updateMaskingRulesAsync(MaskingRulesUpdateRequest request) {
    return async(() -> api.updateMaskingRulesAsync(updateParams(request)))
        .thenApply(r -> member(r, MaskingRulesResponse::getMaskingRules, "updateMaskingRules", "masking_rules"));
  }

  /**
   * Starts anonymizing the branch with its masking rules; follow it with {@link #status()}.
   * @return the anonymization's status as it starts
   */
  @CallsOperation("startAnonymization")
  public AnonymizedBranchStatusResponse start() {
    return member(api.startAnonymization(StartAnonymizationParams.builder().projectId(projectId).branchId(branchId)
        .build()), r -> r, "startAnonymization", "body");
  }

  /**
   * Asynchronous {@link #start()}.
   * @return the pending status
   */
  public CompletableFuture<AnonymizedBranchStatusResponse> startAsync() {
    return async(() -> api.startAnonymizationAsync(StartAnonymizationParams.builder().projectId(projectId)
        .branchId(branchId).build())).thenApply(r -> member(r, x -> x, "startAnonymization", "body"));
  }

  /**
   * Returns the state of the branch's anonymization ({@code state}, {@code status_message}, last run).
   * @return the status
   */
  @CallsOperation("getAnonymizedBranchStatus")
  public AnonymizedBranchStatusResponse status() {
    return member(api.getAnonymizedBranchStatus(statusParams()), r -> r, "getAnonymizedBranchStatus", "body");
  }

  /**
   * Asynchronous {@link #status()}.
   * @return the pending status
   */
  public CompletableFuture<AnonymizedBranchStatusResponse> statusAsync() {
    return async(() -> api.getAnonymizedBranchStatusAsync(statusParams()))
        .thenApply(r -> member(r, x -> x, "getAnonymizedBranchStatus", "body"));
  }

  private UpdateMaskingRulesParams updateParams(MaskingRulesUpdateRequest request) {
    return UpdateMaskingRulesParams.builder().projectId(projectId).branchId(branchId)
        .maskingRulesUpdateRequest(ApiRequest.require(request, "request")).build();
  }

  private GetAnonymizedBranchStatusParams statusParams() {
    return GetAnonymizedBranchStatusParams.builder().projectId(projectId).branchId(branchId).build();
  }
}
