package dev.neonjava.resources;

import static dev.neonjava.resources.Calls.async;
import static dev.neonjava.resources.Calls.configure;
import static dev.neonjava.resources.Calls.member;
import static dev.neonjava.resources.Calls.paged;

import dev.neonjava.generated.api.ConsumptionApi;
import dev.neonjava.generated.api.ConsumptionApi.GetConsumptionHistoryPerAccountParams;
import dev.neonjava.generated.api.ConsumptionApi.GetConsumptionHistoryPerBranchV2Params;
import dev.neonjava.generated.api.ConsumptionApi.GetConsumptionHistoryPerProjectParams;
import dev.neonjava.generated.api.ConsumptionApi.GetConsumptionHistoryPerProjectV2Params;
import dev.neonjava.generated.model.ConsumptionHistoryPerAccountResponse;
import dev.neonjava.generated.model.ConsumptionHistoryPerBranchV2;
import dev.neonjava.generated.model.ConsumptionHistoryPerPeriod;
import dev.neonjava.generated.model.ConsumptionHistoryPerProject;
import dev.neonjava.generated.model.ConsumptionHistoryPerProjectV2;
import dev.neonjava.generated.model.GetConsumptionHistoryPerBranchV2Response;
import dev.neonjava.generated.model.GetConsumptionHistoryPerProjectResponse;
import dev.neonjava.generated.model.GetConsumptionHistoryPerProjectV2Response;
import dev.neonjava.generated.model.Pagination;
import dev.neonjava.paging.Paginator;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.wait.OperationWaiter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Consumption metrics (paid plans): per project and per branch, paged. Every call takes the
 * client's default {@code org_id} unless its parameters set one.
 */
public final class Consumption extends Resource<Consumption> {
  private final ConsumptionApi api;
  private final String orgId;

  /**
   * Creates this resource over a low-level client; applications get it from {@link dev.neonjava.Neon}.
   * @param client the low-level client
   * @param waiter waits for operations
   * @param orgId the default organization id, or null
   */
  public Consumption(ApiClient client, OperationWaiter waiter, String orgId) {
    super(client, waiter);
    this.api = new ConsumptionApi(client);
    this.orgId = orgId == null ? null : Validation.id(orgId, "org_id");
  }

  @Override
  protected Consumption rebind(ApiClient client) {
    return new Consumption(client, waiter, orgId);
  }

  /**
   * Consumption of the whole account, per period.
   * @param params from, to and granularity (required), org_id, metrics
   * @return the periods
   * @deprecated Neon announced that {@code GET /consumption_history/account} goes away on
   *     June 1, 2026; use {@link #perProjectV2(Consumer)}.
   */
  @Deprecated
  @CallsOperation("getConsumptionHistoryPerAccount")
  public List<ConsumptionHistoryPerPeriod> perAccount(Consumer<GetConsumptionHistoryPerAccountParams.Builder> params) {
    return member(api.getConsumptionHistoryPerAccount(accountParams(params)),
        ConsumptionHistoryPerAccountResponse::getPeriods, "getConsumptionHistoryPerAccount", "periods");
  }

  /**
   * Asynchronous {@link #perAccount(Consumer)}.
   * @param params from, to and granularity (required), org_id, metrics
   * @return the pending periods
   * @deprecated as {@link #perAccount(Consumer)}
   */
  @Deprecated
  public CompletableFuture<List<ConsumptionHistoryPerPeriod>> perAccountAsync(
      Consumer<GetConsumptionHistoryPerAccountParams.Builder> params) {
    return async(() -> api.getConsumptionHistoryPerAccountAsync(accountParams(params))).thenApply(r -> member(r,
        ConsumptionHistoryPerAccountResponse::getPeriods, "getConsumptionHistoryPerAccount", "periods"));
  }

  /**
   * Consumption per project, paged.
   * @param params from, to and granularity (required), project_ids, org_id, metrics, limit
   * @return every project's history, fetched lazily
   */
  @CallsOperation("getConsumptionHistoryPerProject")
  public Paginator<GetConsumptionHistoryPerProjectResponse, ConsumptionHistoryPerProject> perProject(
      Consumer<GetConsumptionHistoryPerProjectParams.Builder> params) {
    GetConsumptionHistoryPerProjectParams first = projectParams(params);
    return paged(first, (p, c) -> p.toBuilder().cursor(c).build(), api::getConsumptionHistoryPerProject,
        GetConsumptionHistoryPerProjectResponse::getProjects, r -> cursor(r.getPagination()), first.limit());
  }

  /**
   * Asynchronous {@link #perProject(Consumer)}: every page, fetched without blocking a thread.
   * @param params from, to and granularity (required), project_ids, org_id, metrics, limit
   * @return every project's history
   */
  public CompletableFuture<List<ConsumptionHistoryPerProject>> perProjectAsync(
      Consumer<GetConsumptionHistoryPerProjectParams.Builder> params) {
    return async(() -> {
      GetConsumptionHistoryPerProjectParams first = projectParams(params);
      return PagedAsync.all(first, (p, c) -> p.toBuilder().cursor(c).build(),
          api::getConsumptionHistoryPerProjectAsync,
          GetConsumptionHistoryPerProjectResponse::getProjects,
          r -> cursor(r.getPagination()), first.limit());
    });
  }

  /**
   * Consumption per project, version 2 of the metrics, paged.
   * @param params from, to, granularity, org_id and metrics (required; org_id defaults to the
   *     client's), project_ids, limit
   * @return every project's history, fetched lazily
   */
  @CallsOperation("getConsumptionHistoryPerProjectV2")
  public Paginator<GetConsumptionHistoryPerProjectV2Response, ConsumptionHistoryPerProjectV2> perProjectV2(
      Consumer<GetConsumptionHistoryPerProjectV2Params.Builder> params) {
    GetConsumptionHistoryPerProjectV2Params first = projectV2Params(params);
    return paged(first, (p, c) -> p.toBuilder().cursor(c).build(), api::getConsumptionHistoryPerProjectV2,
        GetConsumptionHistoryPerProjectV2Response::getProjects, r -> cursor(r.getPagination()), first.limit());
  }

  /**
   * Asynchronous {@link #perProjectV2(Consumer)}.
   * @param params from, to, granularity, org_id and metrics, project_ids, limit
   * @return every project's history
   */
  public CompletableFuture<List<ConsumptionHistoryPerProjectV2>> perProjectV2Async(
      Consumer<GetConsumptionHistoryPerProjectV2Params.Builder> params) {
    return async(() -> {
      GetConsumptionHistoryPerProjectV2Params first = projectV2Params(params);
      return PagedAsync.all(first, (p, c) -> p.toBuilder().cursor(c).build(),
          api::getConsumptionHistoryPerProjectV2Async,
          GetConsumptionHistoryPerProjectV2Response::getProjects,
          r -> cursor(r.getPagination()), first.limit());
    });
  }

  /**
   * Consumption per branch (version 2 of the metrics), paged.
   * @param params from, to, granularity, org_id, metrics and project_ids (required; org_id defaults
   *     to the client's), branch_ids, limit
   * @return every branch's history, fetched lazily
   */
  @CallsOperation("getConsumptionHistoryPerBranchV2")
  public Paginator<GetConsumptionHistoryPerBranchV2Response, ConsumptionHistoryPerBranchV2> perBranch(
      Consumer<GetConsumptionHistoryPerBranchV2Params.Builder> params) {
    GetConsumptionHistoryPerBranchV2Params first = branchParams(params);
    return paged(first, (p, c) -> p.toBuilder().cursor(c).build(), api::getConsumptionHistoryPerBranchV2,
        GetConsumptionHistoryPerBranchV2Response::getBranches, r -> cursor(r.getPagination()), first.limit());
  }

  /**
   * Asynchronous {@link #perBranch(Consumer)}.
   * @param params from, to, granularity, org_id, metrics and project_ids, branch_ids, limit
   * @return every branch's history
   */
  public CompletableFuture<List<ConsumptionHistoryPerBranchV2>> perBranchAsync(
      Consumer<GetConsumptionHistoryPerBranchV2Params.Builder> params) {
    return async(() -> {
      GetConsumptionHistoryPerBranchV2Params first = branchParams(params);
      return PagedAsync.all(first, (p, c) -> p.toBuilder().cursor(c).build(),
          api::getConsumptionHistoryPerBranchV2Async,
          GetConsumptionHistoryPerBranchV2Response::getBranches,
          r -> cursor(r.getPagination()), first.limit());
    });
  }

  private GetConsumptionHistoryPerAccountParams accountParams(
      Consumer<GetConsumptionHistoryPerAccountParams.Builder> params) {
    return configure(GetConsumptionHistoryPerAccountParams.builder().orgId(orgId), params, "params").build();
  }

  private GetConsumptionHistoryPerProjectParams projectParams(
      Consumer<GetConsumptionHistoryPerProjectParams.Builder> params) {
    return configure(GetConsumptionHistoryPerProjectParams.builder().orgId(orgId), params, "params").build();
  }

  private GetConsumptionHistoryPerProjectV2Params projectV2Params(
      Consumer<GetConsumptionHistoryPerProjectV2Params.Builder> params) {
    return configure(GetConsumptionHistoryPerProjectV2Params.builder().orgId(orgId), params, "params").build();
  }

  private GetConsumptionHistoryPerBranchV2Params branchParams(
      Consumer<GetConsumptionHistoryPerBranchV2Params.Builder> params) {
    return configure(GetConsumptionHistoryPerBranchV2Params.builder().orgId(orgId), params, "params").build();
  }

  private static String cursor(Pagination pagination) {
    return pagination == null ? null : pagination.getCursor();
  }
}
