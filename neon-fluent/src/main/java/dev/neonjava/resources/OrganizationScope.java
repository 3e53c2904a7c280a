package dev.neonjava.resources;

import static dev.neonjava.resources.Calls.async;
import static dev.neonjava.resources.Calls.configure;
import static dev.neonjava.resources.Calls.member;

import dev.neonjava.generated.api.OrganizationsApi;
import dev.neonjava.generated.api.OrganizationsApi.GetOrganizationParams;
import dev.neonjava.generated.api.OrganizationsApi.TransferProjectsFromOrgToOrgParams;
import dev.neonjava.generated.model.Organization;
import dev.neonjava.generated.model.TransferProjectsToOrganizationRequest;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.ApiRequest;
import dev.neonjava.wait.OperationWaiter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * One organization and what belongs to it: details, API keys, members, invitations, spending
 * limit, VPC endpoints, and moving projects to another organization.
 */
public final class OrganizationScope extends Resource<OrganizationScope> {
  private final OrganizationsApi api;
  private final String orgId;

  /**
   * Creates this resource over a low-level client; applications get it from {@link dev.neonjava.Neon}.
   * @param client the low-level client
   * @param waiter waits for operations
   * @param orgId the organization id
   */
  public OrganizationScope(ApiClient client, OperationWaiter waiter, String orgId) {
    super(client, waiter);
    this.api = new OrganizationsApi(client);
    this.orgId = Validation.id(orgId, "org_id");
  }

  @Override
  protected OrganizationScope rebind(ApiClient client) {
    return new OrganizationScope(client, waiter, orgId);
  }

  /**
   * Returns the organization id.
   * @return the organization id
   */
  public String id() {
    return orgId;
  }

  /**
   * Returns the organization.
   * @return the organization
   * @throws dev.neonjava.runtime.NotFoundException when there is no such organization
   */
  @CallsOperation("getOrganization")
  public Organization get() {
    return member(api.getOrganization(getParams()), r -> r, "getOrganization", "body");
  }

  /**
   * Asynchronous {@link #get()}.
   * @return the pending organization
   */
  public CompletableFuture<Organization> getAsync() {
    return async(() -> api.getOrganizationAsync(getParams())).thenApply(r -> member(r, x -> x, "getOrganization", "body"));
  }

  /**
   * Returns the organization's API keys.
   * @return the organization's API keys
   */
  public OrgApiKeys apiKeys() {
    return new OrgApiKeys(client, waiter, orgId);
  }

  /**
   * Returns the organization's members.
   * @return the organization's members
   */
  public Members members() {
    return new Members(client, waiter, orgId);
  }

  /**
   * Returns the organization's pending invitations.
   * @return the organization's invitations
   */
  public Invitations invitations() {
    return new Invitations(client, waiter, orgId);
  }

  /**
   * Returns the organization's monthly spending limit.
   * @return the organization's spending limit
   */
  public SpendingLimit spendingLimit() {
    return new SpendingLimit(client, waiter, orgId);
  }

  /**
   * Returns the organization's VPC endpoints, in every region.
   * @return the organization's VPC endpoints
   */
  public OrganizationVpcEndpoints vpcEndpoints() {
    return new OrganizationVpcEndpoints(client, waiter, orgId);
  }

  /**
   * Moves projects from this organization to another one; the API key's user must belong to both.
   * <pre>{@code neon.organization("org-a").transferProjects("org-b", List.of(projectId));}</pre>
   * @param destinationOrgId the organization that receives the projects
   * @param projectIds the projects to move
   */
  public void transferProjects(String destinationOrgId, List<String> projectIds) {
    transferProjects(transferRequest(destinationOrgId, projectIds));
  }

  /**
   * Moves projects from this organization to another one.
   * @param request destination_org_id and project_ids
   */
  @CallsOperation("transferProjectsFromOrgToOrg")
  public void transferProjects(Consumer<TransferProjectsToOrganizationRequest> request) {
    transferProjects(configure(new TransferProjectsToOrganizationRequest(), request, "request"));
  }

  /**
   * As {@link #transferProjects(Consumer)}, with the request built by the caller.
   * @param request the request
   */
  public void transferProjects(TransferProjectsToOrganizationRequest request) {
    api.transferProjectsFromOrgToOrg(transferParams(request));
  }

  /**
   * Asynchronous {@link #transferProjects(String, List)}.
   * @param destinationOrgId the organization that receives the projects
   * @param projectIds the projects to move
   * @return completes when the projects were moved
   */
  public CompletableFuture<Void> transferProjectsAsync(String destinationOrgId, List<String> projectIds) {
    return async(() -> api.transferProjectsFromOrgToOrgAsync(transferParams(transferRequest(destinationOrgId,
        projectIds)))).thenApply(r -> null);
  }

  /** The body of a transfer between organizations, with its ids checked; shared with the user's transfer. */
  static TransferProjectsToOrganizationRequest transferRequest(String destinationOrgId, List<String> projectIds) {
    ApiRequest.require(projectIds, "project_ids");
    if (projectIds.isEmpty()) {
      throw new IllegalArgumentException("project_ids must name at least one project");
    }
    projectIds.forEach(id -> Validation.id(id, "project_ids"));
    List<String> ids = List.copyOf(projectIds);
    ApiRequest.require(destinationOrgId, "destination_org_id");
    if (!destinationOrgId.matches("[a-z0-9-]{1,60}")) {
      throw new IllegalArgumentException("destination_org_id must be 1 to 60 lower-case letters, digits or '-' but was '"
          + destinationOrgId + "'");
    }
    return new TransferProjectsToOrganizationRequest().destinationOrgId(destinationOrgId).projectIds(ids);
  }

  private GetOrganizationParams getParams() {
    return GetOrganizationParams.builder().orgId(orgId).build();
  }

  private TransferProjectsFromOrgToOrgParams transferParams(TransferProjectsToOrganizationRequest request) {
    return TransferProjectsFromOrgToOrgParams.builder().sourceOrgId(orgId)
        .transferProjectsToOrganizationRequest(ApiRequest.require(request, "request")).build();
  }

  @Override
  public String toString() {
    return "OrganizationScope{" + orgId + "}";
  }
}
