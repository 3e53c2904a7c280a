package dev.neonjava.resources;

import static dev.neonjava.resources.Calls.async;
import static dev.neonjava.resources.Calls.configure;
import static dev.neonjava.resources.Calls.member;

import dev.neonjava.generated.api.FunctionsApi;
import dev.neonjava.generated.api.FunctionsApi.DeleteProjectBranchCustomDomainParams;
import dev.neonjava.generated.api.FunctionsApi.ListProjectBranchCustomDomainsParams;
import dev.neonjava.generated.api.FunctionsApi.RegisterProjectBranchCustomDomainParams;
import dev.neonjava.generated.model.CustomDomain;
import dev.neonjava.generated.model.CustomDomainRegisterRequest;
import dev.neonjava.generated.model.ListProjectBranchCustomDomainsResponse;
import dev.neonjava.paging.Paginator;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.ApiRequest;
import dev.neonjava.runtime.ConflictException;
import dev.neonjava.wait.OperationWaiter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * The custom domains of one branch, each routed to an entity of the branch (today a function, by its slug):
 * list, register (or {@link #ensure(CustomDomainRegisterRequest) ensure} for set-up code that runs again),
 * delete. A domain goes live once its CNAME record points at the returned {@code cname_target}.
 */
public final class CustomDomains extends Resource<CustomDomains> {
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
  public CustomDomains(ApiClient client, OperationWaiter waiter, String projectId, String branchId) {
    super(client, waiter);
    this.api = new FunctionsApi(client);
    this.projectId = Validation.id(projectId, "project_id");
    this.branchId = Validation.id(branchId, "branch_id");
  }

  @Override
  protected CustomDomains rebind(ApiClient client) {
    return new CustomDomains(client, waiter, projectId, branchId);
  }

  /**
   * A request routing {@code domain} to a function of the branch.
   * @param domain the domain, e.g. {@code app.example.com}
   * @param functionSlug the function's slug
   * @return the request
   */
  public static CustomDomainRegisterRequest forFunction(String domain, String functionSlug) {
    return new CustomDomainRegisterRequest().domain(ApiRequest.require(domain, "domain")).entityType("function")
        .entityId(ApiRequest.require(functionSlug, "function_slug"));
  }

  /**
   * Returns every custom domain of the branch, oldest first, fetched page by page as the iteration goes.
   * @return the domains
   */
  public Paginator<ListProjectBranchCustomDomainsResponse, CustomDomain> list() {
    return list(p -> { });
  }

  /**
   * Returns every custom domain of the branch, fetched lazily.
   * @param params the page size ({@code limit}, bounded by the spec); the cursor is managed here
   * @return the domains
   */
  @CallsOperation("listProjectBranchCustomDomains")
  public Paginator<ListProjectBranchCustomDomainsResponse, CustomDomain> list(
      Consumer<ListProjectBranchCustomDomainsParams.Builder> params) {
    ListProjectBranchCustomDomainsParams first = listParams(params);
    return Calls.paged(first, (p, cursor) -> p.toBuilder().cursor(cursor).build(), api::listProjectBranchCustomDomains,
        page -> member(page, ListProjectBranchCustomDomainsResponse::getCustomDomains,
            "listProjectBranchCustomDomains", "custom_domains"),
        page -> page.getPagination() == null ? null : page.getPagination().getNext(), first.limit());
  }

  /**
   * Asynchronously fetches one page of custom domains.
   * @param params {@code limit}, and the {@code cursor} of the previous page's {@code pagination.next}
   * @return the pending page
   */
  public CompletableFuture<ListProjectBranchCustomDomainsResponse> listPageAsync(
      Consumer<ListProjectBranchCustomDomainsParams.Builder> params) {
    return async(() -> api.listProjectBranchCustomDomainsAsync(listParams(params)));
  }

  /**
   * Registers a domain on the branch. Registering it again for the same entity returns it unchanged; a domain
   * registered for anything else answers 409.
   * @param request domain, entity_type, entity_id, e.g. {@link #forFunction(String, String)}
   * @return the registered domain, with its {@code cname_target}
   */
  @CallsOperation("registerProjectBranchCustomDomain")
  public CustomDomain register(CustomDomainRegisterRequest request) {
    return member(api.registerProjectBranchCustomDomain(registerParams(request)), d -> d,
        "registerProjectBranchCustomDomain", "body");
  }

  /**
   * As {@link #register(CustomDomainRegisterRequest)}, with the request set by the caller.
   * @param request sets domain, entity_type and entity_id
   * @return the registered domain
   */
  public CustomDomain register(Consumer<CustomDomainRegisterRequest> request) {
    return register(configure(new CustomDomainRegisterRequest(), request, "request"));
  }

  /**
   * Asynchronous {@link #register(CustomDomainRegisterRequest)}.
   * @param request the domain and what it points at
   * @return the pending domain
   */
  public CompletableFuture<CustomDomain> registerAsync(CustomDomainRegisterRequest request) {
    return async(() -> api.registerProjectBranchCustomDomainAsync(registerParams(request)))
        .thenApply(d -> member(d, x -> x, "registerProjectBranchCustomDomain", "body"));
  }

  /**
   * Registers the domain unless this branch already routes it to the same entity: for set-up code that runs on
   * every deploy. A 409 is answered by the registration already on the branch when it matches; otherwise (the
   * domain is taken elsewhere, or points at another entity) the {@link ConflictException} is thrown.
   * @param request domain, entity_type, entity_id
   * @return the domain as registered
   */
  public CustomDomain ensure(CustomDomainRegisterRequest request) {
    try {
      return register(request);
    } catch (ConflictException taken) {
      return existing(request).orElseThrow(() -> taken);
    }
  }

  /**
   * As {@link #ensure(CustomDomainRegisterRequest)}, with the request set by the caller.
   * @param request sets domain, entity_type and entity_id
   * @return the domain as registered
   */
  public CustomDomain ensure(Consumer<CustomDomainRegisterRequest> request) {
    return ensure(configure(new CustomDomainRegisterRequest(), request, "request"));
  }

  /**
   * Asynchronous {@link #ensure(CustomDomainRegisterRequest)}.
   * @param request domain, entity_type, entity_id
   * @return the pending domain
   */
  public CompletableFuture<CustomDomain> ensureAsync(CustomDomainRegisterRequest request) {
    return registerAsync(request).handle((registered, failure) -> {
      if (failure == null) {
        return CompletableFuture.completedFuture(registered);
      }
      Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
          : failure;
      if (!(cause instanceof ConflictException)) {
        return CompletableFuture.<CustomDomain>failedFuture(cause);
      }
      return existingAsync(request, null).thenApply(found -> found.orElseThrow(() -> (ConflictException) cause));
    }).thenCompose(f -> f);
  }

  /**
   * Removes a custom domain from the branch (404 when it is not registered there).
   * @param domain the domain (case-insensitive)
   */
  @CallsOperation("deleteProjectBranchCustomDomain")
  public void delete(String domain) {
    api.deleteProjectBranchCustomDomain(deleteParams(domain));
  }

  /**
   * Asynchronous {@link #delete(String)}.
   * @param domain the domain
   * @return completes when deleted
   */
  public CompletableFuture<Void> deleteAsync(String domain) {
    return async(() -> api.deleteProjectBranchCustomDomainAsync(deleteParams(domain)));
  }

  /**
   * Removes a custom domain if the branch has it: for clean-up code that may run twice.
   * @param domain the domain
   * @return whether this call removed it (false: it was not registered on the branch)
   */
  public boolean deleteIfExists(String domain) {
    Validation.id(domain, "domain");
    return Calls.deleteIfExists(() -> delete(domain));
  }

  /** The branch's registration of the request's domain, when it points at the same entity. */
  private Optional<CustomDomain> existing(CustomDomainRegisterRequest request) {
    return list().stream().filter(d -> matches(request, d)).findFirst();
  }

  /** {@link #existing} without blocking: walks the pages from {@code cursor} until a match or the last page. */
  private CompletableFuture<Optional<CustomDomain>> existingAsync(CustomDomainRegisterRequest request, String cursor) {
    return listPageAsync(p -> p.cursor(cursor)).thenCompose(page -> {
      List<CustomDomain> domains = page.getCustomDomains() == null ? List.of() : page.getCustomDomains();
      Optional<CustomDomain> found = domains.stream().filter(d -> matches(request, d)).findFirst();
      String next = page.getPagination() == null ? null : page.getPagination().getNext();
      if (found.isPresent() || domains.isEmpty() || next == null || next.isBlank() || next.equals(cursor)) {
        return CompletableFuture.completedFuture(found);
      }
      return existingAsync(request, next);
    });
  }

  private static boolean matches(CustomDomainRegisterRequest request, CustomDomain d) {
    return normalized(request.getDomain()).equals(normalized(d.getDomain()))
        && Objects.equals(request.getEntityType(), d.getEntityType())
        && Objects.equals(request.getEntityId(), d.getEntityId());
  }

  private static String normalized(String domain) {
    String d = domain == null ? "" : domain.trim().toLowerCase(Locale.ROOT);
    return d.endsWith(".") ? d.substring(0, d.length() - 1) : d;
  }

  private ListProjectBranchCustomDomainsParams listParams(Consumer<ListProjectBranchCustomDomainsParams.Builder> params) {
    return configure(ListProjectBranchCustomDomainsParams.builder(), params, "params").projectId(projectId)
        .branchId(branchId).build();
  }

  private RegisterProjectBranchCustomDomainParams registerParams(CustomDomainRegisterRequest request) {
    return RegisterProjectBranchCustomDomainParams.builder().projectId(projectId).branchId(branchId)
        .customDomainRegisterRequest(ApiRequest.require(request, "request")).build();
  }

  private DeleteProjectBranchCustomDomainParams deleteParams(String domain) {
    return DeleteProjectBranchCustomDomainParams.builder().projectId(projectId).branchId(branchId)
        .domain(Validation.id(domain, "domain")).build();
  }
}
