package dev.neonjava.resources;

import static dev.neonjava.resources.Calls.async;
import static dev.neonjava.resources.Calls.configure;
import static dev.neonjava.resources.Calls.member;

import dev.neonjava.generated.api.ProjectApi;
import dev.neonjava.generated.api.ProjectApi.ListProjectMembersParams;
import dev.neonjava.generated.api.ProjectApi.RemoveProjectMemberRoleParams;
import dev.neonjava.generated.api.ProjectApi.SetProjectMemberRoleParams;
import dev.neonjava.generated.model.ProjectMember;
import dev.neonjava.generated.model.ProjectMemberRoleResponse;
import dev.neonjava.generated.model.ProjectRole;
import dev.neonjava.generated.model.SetProjectMemberRoleRequest;
import dev.neonjava.paging.Paginator;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.ApiRequest;
import dev.neonjava.wait.OperationWaiter;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The members of the organization that owns one project, with the access each has on the project: list
 * them, give one an explicit project role, or remove it (the organization role's default applies again).
 */
public final class ProjectMembers extends Resource<ProjectMembers> {
  private final ProjectApi api;
  private final String projectId;

  /**
   * Creates this resource over a low-level client; applications get it from {@link dev.neonjava.Neon}.
   * @param client the low-level client
   * @param waiter waits for operations
   * @param projectId the project id
   */
  public ProjectMembers(ApiClient client, OperationWaiter waiter, String projectId) {
    super(client, waiter);
    this.api = new ProjectApi(client);
    this.projectId = Validation.id(projectId, "project_id");
  }

  @Override
  protected ProjectMembers rebind(ApiClient client) {
    return new ProjectMembers(client, waiter, projectId);
  }

  /**
   * Returns every member, fetched page by page as the iteration goes.
   * @return every member with its project access
   */
  public Paginator<dev.neonjava.generated.model.ProjectMembers, ProjectMember> list() {
    return list(p -> { });
  }

  /**
   * Returns every member, fetched lazily.
   * @param params the page size ({@code limit}); the cursor is managed here
   * @return every member with its project access
   */
  @CallsOperation("listProjectMembers")
  public Paginator<dev.neonjava.generated.model.ProjectMembers, ProjectMember> list(Consumer<ListProjectMembersParams.Builder> params) {
    ListProjectMembersParams first = listParams(params);
    return Calls.paged(first, (p, cursor) -> p.toBuilder().cursor(cursor).build(), api::listProjectMembers,
        page -> member(page, dev.neonjava.generated.model.ProjectMembers::getProjectMembers, "listProjectMembers", "project_members"),
        page -> page.getPagination() == null ? null : page.getPagination().getNext(), first.limit());
  }

  /**
   * Asynchronously fetches one page of members.
   * @param params {@code limit}, and the {@code cursor} of the previous page's {@code pagination.next}
   * @return the pending page
   */
  public CompletableFuture<dev.neonjava.generated.model.ProjectMembers> listPageAsync(Consumer<ListProjectMembersParams.Builder> params) {
    return async(() -> api.listProjectMembersAsync(listParams(params)));
  }

  /**
   * Gives a member an explicit role on the project, or changes it; the same role again changes nothing.
   * @param memberId the organization member id
   * @param role the project role
   * @return the member's access after the change
   */
  public ProjectMemberRoleResponse setRole(String memberId, ProjectRole role) {
    return setRole(memberId, roleRequest(role), p -> { });
  }

  /**
   * As {@link #setRole(String, ProjectRole)}, with the query parameters, e.g. lowering your own role:
   * {@code setRole(me, new SetProjectMemberRoleRequest().role(ProjectRole.VIEWER), p -> p.confirmSelfDemotion(true))}.
   * @param memberId the organization member id
   * @param request the role
   * @param params {@code confirm_self_demotion}
   * @return the member's access after the change
   */
  @CallsOperation("setProjectMemberRole")
  public ProjectMemberRoleResponse setRole(String memberId, SetProjectMemberRoleRequest request,
      Consumer<SetProjectMemberRoleParams.Builder> params) {
    return member(api.setProjectMemberRole(setParams(memberId, request, params)), r -> r, "setProjectMemberRole",
        "body");
  }

  /**
   * As {@link #setRole(String, SetProjectMemberRoleRequest, Consumer)}, with the body set by the caller.
   * @param memberId the organization member id
   * @param request sets the role
   * @param params {@code confirm_self_demotion}
   * @return the member's access after the change
   */
  public ProjectMemberRoleResponse setRole(String memberId, Consumer<SetProjectMemberRoleRequest> request,
      Consumer<SetProjectMemberRoleParams.Builder> params) {
    return setRole(memberId, configure(new SetProjectMemberRoleRequest(), request, "request"), params);
  }

  /**
   * Asynchronous {@link #setRole(String, ProjectRole)}.
   * @param memberId the organization member id
   * @param role the project role
   * @return the pending change
   */
  public CompletableFuture<ProjectMemberRoleResponse> setRoleAsync(String memberId, ProjectRole role) {
    return async(() -> setRoleAsync(memberId, roleRequest(role), p -> { }));
  }

  /**
   * Asynchronous {@link #setRole(String, SetProjectMemberRoleRequest, Consumer)}.
   * @param memberId the organization member id
   * @param request the role
   * @param params {@code confirm_self_demotion}
   * @return the pending change
   */
  public CompletableFuture<ProjectMemberRoleResponse> setRoleAsync(String memberId, SetProjectMemberRoleRequest request,
      Consumer<SetProjectMemberRoleParams.Builder> params) {
    return async(() -> api.setProjectMemberRoleAsync(setParams(memberId, request, params)))
        .thenApply(r -> member(r, x -> x, "setProjectMemberRole", "body"));
  }

  /**
   * Removes a member's explicit project role; having none to remove is not an error.
   * @param memberId the organization member id
   * @return the member's access after the change
   */
  public ProjectMemberRoleResponse removeRole(String memberId) {
    return removeRole(memberId, p -> { });
  }

  /**
   * As {@link #removeRole(String)}, with the query parameters.
   * @param memberId the organization member id
   * @param params {@code confirm_self_lockout}, needed to remove your own access
   * @return the member's access after the change
   */
  @CallsOperation("removeProjectMemberRole")
  public ProjectMemberRoleResponse removeRole(String memberId, Consumer<RemoveProjectMemberRoleParams.Builder> params) {
    return member(api.removeProjectMemberRole(removeParams(memberId, params)), r -> r, "removeProjectMemberRole",
        "body");
  }

  /**
   * Asynchronous {@link #removeRole(String, Consumer)}.
   * @param memberId the organization member id
   * @param params {@code confirm_self_lockout}
   * @return the pending change
   */
  public CompletableFuture<ProjectMemberRoleResponse> removeRoleAsync(String memberId,
      Consumer<RemoveProjectMemberRoleParams.Builder> params) {
    return async(() -> api.removeProjectMemberRoleAsync(removeParams(memberId, params)))
        .thenApply(r -> member(r, x -> x, "removeProjectMemberRole", "body"));
  }

  private ListProjectMembersParams listParams(Consumer<ListProjectMembersParams.Builder> params) {
    return configure(ListProjectMembersParams.builder(), params, "params").projectId(projectId).build();
  }

  private static SetProjectMemberRoleRequest roleRequest(ProjectRole role) {
    return new SetProjectMemberRoleRequest().role(ApiRequest.require(role, "role"));
  }

  private SetProjectMemberRoleParams setParams(String memberId, SetProjectMemberRoleRequest request,
      Consumer<SetProjectMemberRoleParams.Builder> params) {
    return configure(SetProjectMemberRoleParams.builder(), params, "params").projectId(projectId)
        .memberId(Validation.id(memberId, "member_id"))
        .setProjectMemberRoleRequest(ApiRequest.require(request, "request")).build();
  }

  private RemoveProjectMemberRoleParams removeParams(String memberId,
      Consumer<RemoveProjectMemberRoleParams.Builder> params) {
    return configure(RemoveProjectMemberRoleParams.builder(), params, "params").projectId(projectId)
        .memberId(Validation.id(memberId, "member_id")).build();
  }
}
