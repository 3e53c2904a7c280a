package dev.neonjava.testkit;

import dev.neonjava.generated.model.CursorPagination;
import dev.neonjava.generated.model.ProjectMember;
import dev.neonjava.generated.model.ProjectMemberGrantSource;
import dev.neonjava.generated.model.ProjectMemberOrgRole;
import dev.neonjava.generated.model.ProjectMemberPermissionLevel;
import dev.neonjava.generated.model.ProjectMemberRoleResponse;
import dev.neonjava.generated.model.ProjectMembers;
import dev.neonjava.generated.model.ProjectRole;
import dev.neonjava.generated.model.SetProjectMemberRoleRequest;
import dev.neonjava.testkit.Records.ProjectRec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Project members: the organization owning a project has one member, the emulated user (the project's
 * owner, an organization admin, {@link OrganizationsFamily#MEMBER_ID}); its explicit project role can be set
 * and removed. Without an explicit role the member has the default of its organization role (admin: ADMIN).
 * Lowering your own permission needs {@code confirm_self_demotion=true} (409 otherwise); a removal falls
 * back to ADMIN, so it never locks the member out.
 */
final class MembersFamily extends ResourceFamily {
  private static final ProjectMemberPermissionLevel ORG_DEFAULT = ProjectMemberPermissionLevel.ADMIN;
  /** project id -> the owner's explicit project role (absent: none) */
  private final Map<String, ProjectRole> explicitRoles = new HashMap<>();

  MembersFamily(ControlPlane plane) {
    super(plane);
  }

  @Override
  void register(Map<String, Function<Call, Reply>> handlers) {
    handlers.put("listProjectMembers", this::listProjectMembers);
    handlers.put("setProjectMemberRole", this::setProjectMemberRole);
    handlers.put("removeProjectMemberRole", this::removeProjectMemberRole);
  }

  private Reply listProjectMembers(Call c) {
    ProjectRec p = project(c.path("project_id"));
    c.intQuery("limit", null, 1, Integer.MAX_VALUE);
    List<ProjectMember> members = new ArrayList<>();
    if (c.query("cursor") == null) {
      ProjectRole role = explicitRoles.get(p.id);
      members.add(new ProjectMember().memberId(OrganizationsFamily.MEMBER_ID.toString())
          .userId(ControlPlane.USER_ID.toString()).email(OrganizationsFamily.USER_EMAIL).name("Neon Emulator")
          .orgRole(ProjectMemberOrgRole.ADMIN).projectRole(role).orgDefaultProjectPermission(ORG_DEFAULT)
          .explicitProjectPermission(level(role)).effectiveProjectPermission(effective(role))
          .grantSource(role == null ? ProjectMemberGrantSource.ORG_ROLE_DEFAULT : ProjectMemberGrantSource.EXPLICIT));
    }
    return Reply.json(200, new ProjectMembers().projectMembers(members).pagination(new CursorPagination()));
  }

  private Reply setProjectMemberRole(Call c) {
    ProjectRec p = project(c.path("project_id"));
    requireMember(c);
    ProjectRole role = c.body(SetProjectMemberRoleRequest.class).getRole();
    if (role == null || !role.isKnown()) {
      throw ApiError.badRequest("role must be one of viewer, editor, admin");
    }
    if (rank(level(role)) < rank(effective(explicitRoles.get(p.id))) && !c.boolQuery("confirm_self_demotion")) {
      throw ApiError.conflict("lowering your own project role needs confirm_self_demotion=true");
    }
    explicitRoles.put(p.id, role);
    return Reply.json(200, roleResponse(p));
  }

  private Reply removeProjectMemberRole(Call c) {
    ProjectRec p = project(c.path("project_id"));
    requireMember(c);
    // the member's organization default is ADMIN: removing the explicit role never locks it out
    explicitRoles.remove(p.id);
    return Reply.json(200, roleResponse(p));
  }

  private static void requireMember(Call c) {
    if (!OrganizationsFamily.MEMBER_ID.toString().equalsIgnoreCase(c.path("member_id"))) {
      throw ApiError.notFound("member " + c.path("member_id") + " not found in the project's organization");
    }
  }

  private ProjectMemberRoleResponse roleResponse(ProjectRec p) {
    ProjectRole role = explicitRoles.get(p.id);
    return new ProjectMemberRoleResponse().projectId(p.id).memberId(OrganizationsFamily.MEMBER_ID.toString())
        .userId(ControlPlane.USER_ID.toString()).email(OrganizationsFamily.USER_EMAIL).name("Neon Emulator")
        .orgRole(ProjectMemberOrgRole.ADMIN).projectRole(role).orgDefaultProjectPermission(ORG_DEFAULT)
        .explicitProjectPermission(level(role)).effectiveProjectPermission(effective(role))
        .credentialRotationRecommended(false).orgApiKeyRotationRecommended(false);
  }

  private static ProjectMemberPermissionLevel effective(ProjectRole explicit) {
    return explicit == null ? ORG_DEFAULT : level(explicit);
  }

  private static ProjectMemberPermissionLevel level(ProjectRole role) {
    if (role == null) {
      return null;
    }
    return ProjectRole.VIEWER.equals(role) ? ProjectMemberPermissionLevel.VIEWER
        : ProjectRole.EDITOR.equals(role) ? ProjectMemberPermissionLevel.EDITOR : ProjectMemberPermissionLevel.ADMIN;
  }

  private static int rank(ProjectMemberPermissionLevel level) {
    return ProjectMemberPermissionLevel.VIEWER.equals(level) ? 1 : ProjectMemberPermissionLevel.EDITOR.equals(level) ? 2 : 3;
  }
}
