package dev.neonjava.resources;

import static dev.neonjava.resources.Calls.async;
import static dev.neonjava.resources.Calls.configure;
import static dev.neonjava.resources.Calls.member;

import dev.neonjava.generated.api.OrganizationsApi;
import dev.neonjava.generated.api.OrganizationsApi.DeleteOrganizationSpendingLimitParams;
import dev.neonjava.generated.api.OrganizationsApi.GetOrganizationSpendingLimitParams;
import dev.neonjava.generated.api.OrganizationsApi.SetOrganizationSpendingLimitParams;
import dev.neonjava.generated.model.SpendingLimitResponse;
import dev.neonjava.generated.model.SpendingLimitUpdateRequest;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.ApiRequest;
import dev.neonjava.wait.OperationWaiter;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** The monthly spending limit of one organization, in cents: read, set, remove. */
public final class SpendingLimit extends Resource<SpendingLimit> {
  private final OrganizationsApi api;
  private final String orgId;

  /**
   * Creates this resource over a low-level client; applications get it from {@link dev.neonjava.Neon}.
   * @param client the low-level client
   * @param waiter waits for operations
   * @param orgId the organization id
   */
  public SpendingLimit(ApiClient client, OperationWaiter waiter, String orgId) {
    super(client, waiter);
    this.api = new OrganizationsApi(client);
    this.orgId = Validation.id(orgId, "org_id");
  }

  @Override
  protected SpendingLimit rebind(ApiClient client) {
    return new SpendingLimit(client, waiter, orgId);
  }

  /**
   * Returns the limit in cents.
   * @return the limit in cents; empty when none is set
   */
  @CallsOperation("getOrganizationSpendingLimit")
  public OptionalLong get() {
    return cents(api.getOrganizationSpendingLimit(getParams()), "getOrganizationSpendingLimit");
  }

  /**
   * Asynchronous {@link #get()}.
   * @return the pending limit
   */
  public CompletableFuture<OptionalLong> getAsync() {
    return async(() -> api.getOrganizationSpendingLimitAsync(getParams()))
        .thenApply(r -> cents(r, "getOrganizationSpendingLimit"));
  }

  /**
   * Sets the limit.
   * @param cents the limit in cents
   * @return the limit now in force, in cents
   */
  public OptionalLong set(long cents) {
    return set(r -> r.spendingLimitCents(cents));
  }

  /**
   * Sets the limit.
   * @param request sets spending_limit_cents
   * @return the limit now in force, in cents
   */
  @CallsOperation("setOrganizationSpendingLimit")
  public OptionalLong set(Consumer<SpendingLimitUpdateRequest> request) {
    return set(configure(new SpendingLimitUpdateRequest(), request, "request"));
  }

  /**
   * As {@link #set(Consumer)}, with the request built by the caller.
   * @param request the request
   * @return the limit now in force, in cents
   */
  public OptionalLong set(SpendingLimitUpdateRequest request) {
    return cents(api.setOrganizationSpendingLimit(setParams(request)), "setOrganizationSpendingLimit");
  }

  /**
   * Asynchronous {@link #set(SpendingLimitUpdateRequest)}.
   * @param request the request
   * @return the pending limit
   */
  public CompletableFuture<OptionalLong> setAsync(SpendingLimitUpdateRequest request) {
    return async(() -> api.setOrganizationSpendingLimitAsync(setParams(request)))
        .thenApply(r -> cents(r, "setOrganizationSpendingLimit"));
  }

  /** Removes the limit. */
  @CallsOperation("deleteOrganizationSpendingLimit")
  public void remove() {
    api.deleteOrganizationSpendingLimit(removeParams());
  }

  /**
   * Asynchronous {@link #remove()}.
   * @return completes when the limit was removed
   */
  public CompletableFuture<Void> removeAsync() {
    return async(() -> api.deleteOrganizationSpendingLimitAsync(removeParams())).thenApply(r -> null);
  }

  private static OptionalLong cents(SpendingLimitResponse response, String operationId) {
    Long cents = member(response, r -> r, operationId, "body").getSpendingLimitCents();
    return cents == null ? OptionalLong.empty() : OptionalLong.of(cents);
  }

  private GetOrganizationSpendingLimitParams getParams() {
    return GetOrganizationSpendingLimitParams.builder().orgId(orgId).build();
  }

  private SetOrganizationSpendingLimitParams setParams(SpendingLimitUpdateRequest request) {
    return SetOrganizationSpendingLimitParams.builder().orgId(orgId)
        .spendingLimitUpdateRequest(ApiRequest.require(request, "request")).build();
  }

  private DeleteOrganizationSpendingLimitParams removeParams() {
    return DeleteOrganizationSpendingLimitParams.builder().orgId(orgId).build();
  }
}
