package dev.neonjava.resources;

import dev.neonjava.generated.api.ConsumptionApi;
import dev.neonjava.generated.api.ConsumptionApi.GetConsumptionHistoryPerProjectParams;
import dev.neonjava.generated.model.ConsumptionHistoryPerProject;
import dev.neonjava.generated.model.GetConsumptionHistoryPerProjectResponse;
import dev.neonjava.paging.Paginator;
import dev.neonjava.runtime.ApiClient;
import java.util.function.Consumer;

/** Consumption metrics (Scale, Business and Enterprise plans). */
public final class Consumption {
  private final ConsumptionApi api;

  /**
   * Creates this resource over a low-level client; applications get it from {@link dev.neonjava.Neon}.
   * @param client the low-level client
   */
  public Consumption(ApiClient client) {
    this.api = new ConsumptionApi(client);
  }

  /**
   * Consumption per project, auto-paged.
   * @param params from, to and granularity (required), project_ids, org_id, limit 1-100
   * @return every project's history, fetched lazily
   */
  public Paginator<GetConsumptionHistoryPerProjectResponse, ConsumptionHistoryPerProject> perProject(
      Consumer<GetConsumptionHistoryPerProjectParams.Builder> params) {
    GetConsumptionHistoryPerProjectParams.Builder builder = GetConsumptionHistoryPerProjectParams.builder();
    Validation.apply(params, builder, "params");
    GetConsumptionHistoryPerProjectParams request = builder.build();
    Validation.range(request.limit(), 1, 100, "limit");
    return new Paginator<>(
        cursor -> api.getConsumptionHistoryPerProject(cursor == null ? request : request.toBuilder().cursor(cursor).build()),
        GetConsumptionHistoryPerProjectResponse::getProjects,
        page -> page.getPagination() == null ? null : page.getPagination().getCursor(),
        request.limit());
  }
}
