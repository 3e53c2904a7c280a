package dev.neonjava.resources;

import static dev.neonjava.resources.Calls.async;
import static dev.neonjava.resources.Calls.configure;
import static dev.neonjava.resources.Calls.member;

import dev.neonjava.generated.api.OrganizationsApi;
import dev.neonjava.generated.api.OrganizationsApi.CreateOrganizationInvitationsParams;
import dev.neonjava.generated.api.OrganizationsApi.GetOrganizationInvitationsParams;
import dev.neonjava.generated.model.Invitation;
import dev.neonjava.generated.model.MemberRole;
import dev.neonjava.generated.model.OrganizationInvitationsResponse;
import dev.neonjava.generated.model.OrganizationInviteCreateRequest;
import dev.neonjava.generated.model.OrganizationInvitesCreateRequest;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.ApiRequest;
import dev.neonjava.wait.OperationWaiter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** The invitations of one organization: list the pending ones, invite people by e-mail. */
public final class Invitations extends Resource<Invitations> {
  private final OrganizationsApi api;
  private final String orgId;

  /**
   * Creates this resource over a low-level client; applications get it from {@link dev.neonjava.Neon}.
   * @param client the low-level client
   * @param waiter waits for operations
   * @param orgId the organization id
   */
  public Invitations(ApiClient client, OperationWaiter waiter, String orgId) {
    super(client, waiter);
    this.api = new OrganizationsApi(client);
    this.orgId = Validation.id(orgId, "org_id");
  }

  @Override
  protected Invitations rebind(ApiClient client) {
    return new Invitations(client, waiter, orgId);
  }

  /**
   * Returns the invitations.
   * @return the invitations
   */
  @CallsOperation("getOrganizationInvitations")
  public List<Invitation> list() {
    return member(api.getOrganizationInvitations(listParams()), OrganizationInvitationsResponse::getInvitations,
        "getOrganizationInvitations", "invitations");
  }

  /**
   * Asynchronous {@link #list()}.
   * @return the pending list
   */
  public CompletableFuture<List<Invitation>> listAsync() {
    return async(() -> api.getOrganizationInvitationsAsync(listParams())).thenApply(r -> member(r,
        OrganizationInvitationsResponse::getInvitations, "getOrganizationInvitations", "invitations"));
  }

  /**
   * Invites one person.
   * @param email their e-mail
   * @param role the role they get on joining
   * @return the invitations created
   */
  public List<Invitation> invite(String email, MemberRole role) {
    return create(r -> r.addInvitationsItem(new OrganizationInviteCreateRequest()
        .email(ApiRequest.require(email, "email")).role(ApiRequest.require(role, "role"))));
  }

  /**
   * Invites people.
   * @param request the invitations, each an e-mail and a role
   * @return the invitations created
   */
  @CallsOperation("createOrganizationInvitations")
  public List<Invitation> create(Consumer<OrganizationInvitesCreateRequest> request) {
    return create(configure(new OrganizationInvitesCreateRequest(), request, "request"));
  }

  /**
   * As {@link #create(Consumer)}, with the request built by the caller.
   * @param request the request
   * @return the invitations created
   */
  public List<Invitation> create(OrganizationInvitesCreateRequest request) {
    return member(api.createOrganizationInvitations(createParams(request)),
        OrganizationInvitationsResponse::getInvitations, "createOrganizationInvitations", "invitations");
  }

  /**
   * Asynchronous {@link #create(OrganizationInvitesCreateRequest)}.
   * @param request the request
   * @return the pending invitations
   */
  public CompletableFuture<List<Invitation>> createAsync(OrganizationInvitesCreateRequest request) {
    return async(() -> api.createOrganizationInvitationsAsync(createParams(request))).thenApply(r -> member(r,
        OrganizationInvitationsResponse::getInvitations, "createOrganizationInvitations", "invitations"));
  }

  private GetOrganizationInvitationsParams listParams() {
    return GetOrganizationInvitationsParams.builder().orgId(orgId).build();
  }

  private CreateOrganizationInvitationsParams createParams(OrganizationInvitesCreateRequest request) {
    return CreateOrganizationInvitationsParams.builder().orgId(orgId)
        .organizationInvitesCreateRequest(ApiRequest.require(request, "request")).build();
  }
}
