package dev.neonjava.resources;

import static dev.neonjava.resources.Calls.async;
import static dev.neonjava.resources.Calls.configure;
import static dev.neonjava.resources.Calls.member;
import static dev.neonjava.resources.Calls.paged;

import dev.neonjava.generated.api.OrganizationsApi;
import dev.neonjava.generated.api.OrganizationsApi.GetOrganizationMemberParams;
import dev.neonjava.generated.api.OrganizationsApi.GetOrganizationMembersParams;
import dev.neonjava.generated.api.OrganizationsApi.RemoveOrganizationMemberParams;
import dev.neonjava.generated.api.OrganizationsApi.UpdateOrganizationMemberParams;
import dev.neonjava.generated.model.GetOrganizationMembersResponse;
import dev.neonjava.generated.model.Member;
import dev.neonjava.generated.model.MemberRole;
import dev.neonjava.generated.model.MemberWithUser;
import dev.neonjava.generated.model.OrganizationMemberUpdateRequest;
import dev.neonjava.paging.Paginator;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.ApiRequest;
import dev.neonjava.wait.OperationWaiter;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** The members of one organization: list (paged), get, change a role, remove. */
public final class Members extends Resource<Members> {
  private final OrganizationsApi api;
  private final String orgId;

  /**
   * Creates this resource over a low-level client; applications get it from {@link dev.neonjava.Neon}.
   * @param client the low-level client
   * @param waiter waits for operations
   * @param orgId the organization id
   */
  public Members(ApiClient client, OperationWaiter waiter, String orgId) {
    super(client, waiter);
    this.api = new OrganizationsApi(client);
    this.orgId = Validation.id(orgId, "org_id");
  }

  @Override
  protected Members rebind(ApiClient client) {
    return new Members(client, waiter, orgId);
  }

  /**
   * Returns every member with their user details, fetched page by page.
   * @return every member, fetched lazily
   */
  public Paginator<GetOrganizationMembersResponse, MemberWithUser> list() {
    return list(p -> { });
  }

  /**
   * Returns every member, fetched lazily.
   * @param params sort_by, sort_order, limit (the page size); the cursor is managed here
   * @return every member, fetched lazily
   */
  @CallsOperation("getOrganizationMembers")
  public Paginator<GetOrganizationMembersResponse, MemberWithUser> list(
      Consumer<GetOrganizationMembersParams.Builder> params) {
    GetOrganizationMembersParams first = listParams(params);
    return paged(first, (p, c) -> p.toBuilder().cursor(c).build(), api::getOrganizationMembers,
        GetOrganizationMembersResponse::getMembers, Members::cursor, first.limit());
  }

  /**
   * Asynchronous {@link #list(Consumer)}: every page, fetched without blocking a thread.
   * @param params sort_by, sort_order, limit
   * @return every member
   */
  public CompletableFuture<List<MemberWithUser>> listAsync(Consumer<GetOrganizationMembersParams.Builder> params) {
    return async(() -> {
      GetOrganizationMembersParams first = listParams(params);
      return PagedAsync.all(first, (p, c) -> p.toBuilder().cursor(c).build(),
          api::getOrganizationMembersAsync,
          GetOrganizationMembersResponse::getMembers, Members::cursor, first.limit());
    });
  }

  /**
   * Returns a member.
   * @param memberId the member id
   * @return the member
   * @throws dev.neonjava.runtime.NotFoundException when there is no such member
   */
  @CallsOperation("getOrganizationMember")
  public Member get(UUID memberId) {
    return member(api.getOrganizationMember(getParams(memberId)), r -> r, "getOrganizationMember", "body");
  }

  /**
   * Asynchronous {@link #get(UUID)}.
   * @param memberId the member id
   * @return the pending member
   */
  public CompletableFuture<Member> getAsync(UUID memberId) {
    return async(() -> api.getOrganizationMemberAsync(getParams(memberId)))
        .thenApply(r -> member(r, x -> x, "getOrganizationMember", "body"));
  }

  /**
   * Gives a member another role.
   * @param memberId the member id
   * @param role the new role
   * @return the member
   */
  public Member update(UUID memberId, MemberRole role) {
    return update(memberId, r -> r.role(ApiRequest.require(role, "role")));
  }

  /**
   * Changes a member.
   * @param memberId the member id
   * @param request sets the role
   * @return the member
   */
  @CallsOperation("updateOrganizationMember")
  public Member update(UUID memberId, Consumer<OrganizationMemberUpdateRequest> request) {
    return update(memberId, configure(new OrganizationMemberUpdateRequest(), request, "request"));
  }

  /**
   * As {@link #update(UUID, Consumer)}, with the request built by the caller.
   * @param memberId the member id
   * @param request the request
   * @return the member
   */
  public Member update(UUID memberId, OrganizationMemberUpdateRequest request) {
    return member(api.updateOrganizationMember(updateParams(memberId, request)), r -> r, "updateOrganizationMember",
        "body");
  }

  /**
   * Asynchronous {@link #update(UUID, OrganizationMemberUpdateRequest)}.
   * @param memberId the member id
   * @param request the request
   * @return the pending member
   */
  public CompletableFuture<Member> updateAsync(UUID memberId, OrganizationMemberUpdateRequest request) {
    return async(() -> api.updateOrganizationMemberAsync(updateParams(memberId, request)))
        .thenApply(r -> member(r, x -> x, "updateOrganizationMember", "body"));
  }

  /**
   * Removes a member from the organization.
   * @param memberId the member id
   * @throws dev.neonjava.runtime.NotFoundException when there is no such member
   */
  @CallsOperation("removeOrganizationMember")
  public void remove(UUID memberId) {
    api.removeOrganizationMember(removeParams(memberId));
  }

  /**
   * Asynchronous {@link #remove(UUID)}.
   * @param memberId the member id
   * @return completes when the member was removed
   */
  public CompletableFuture<Void> removeAsync(UUID memberId) {
    return async(() -> api.removeOrganizationMemberAsync(removeParams(memberId))).thenApply(r -> null);
  }

  /**
   * Removes a member if present: for clean-up code that may run twice.
   * @param memberId the member id
   * @return whether this call removed the member (false: not a member)
   */
  public boolean removeIfExists(UUID memberId) {
    return Calls.deleteIfExists(() -> remove(memberId));
  }

  private GetOrganizationMembersParams listParams(Consumer<GetOrganizationMembersParams.Builder> params) {
    return configure(GetOrganizationMembersParams.builder(), params, "params").orgId(orgId).build();
  }

  private GetOrganizationMemberParams getParams(UUID memberId) {
    return GetOrganizationMemberParams.builder().orgId(orgId).memberId(ApiRequest.require(memberId, "member_id")).build();
  }

  private UpdateOrganizationMemberParams updateParams(UUID memberId, OrganizationMemberUpdateRequest request) {
    return UpdateOrganizationMemberParams.builder().orgId(orgId).memberId(ApiRequest.require(memberId, "member_id"))
        .organizationMemberUpdateRequest(ApiRequest.require(request, "request")).build();
  }

  private RemoveOrganizationMemberParams removeParams(UUID memberId) {
    return RemoveOrganizationMemberParams.builder().orgId(orgId).memberId(ApiRequest.require(memberId, "member_id"))
        .build();
  }

  private static String cursor(GetOrganizationMembersResponse page) {
    return page.getPagination() == null ? null : page.getPagination().getNext();
  }
}
