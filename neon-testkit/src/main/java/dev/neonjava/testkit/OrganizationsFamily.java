package dev.neonjava.testkit;

import dev.neonjava.generated.model.CursorPagination;
import dev.neonjava.generated.model.GetOrganizationMembersResponse;
import dev.neonjava.generated.model.Member;
import dev.neonjava.generated.model.MemberRole;
import dev.neonjava.generated.model.MemberUserInfo;
import dev.neonjava.generated.model.MemberWithUser;
import dev.neonjava.generated.model.Organization;
import dev.neonjava.generated.model.OrganizationsResponse;
import dev.neonjava.testkit.Records.ProjectRec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

/**
 * Organizations: the emulated user belongs to one organization ({@link ControlPlane#ORG_ID}) and
 * to every organization a project was created in; each has the user as its only member (admin).
 * Org API keys, invitations, spending limits and the rest come from the generic store.
 */
final class OrganizationsFamily extends ResourceFamily {
  static final String USER_EMAIL = "emulator@neon-java.invalid";
  static final UUID MEMBER_ID = UUID.fromString("5d0c6a52-3f6e-4c1b-8a7e-2b9f4c7d1e01");
  private final Instant since;
  /** every organization the user has belonged to: it stays when its last project moves away */
  private final Set<String> known = new TreeSet<>(Set.of(ControlPlane.ORG_ID));

  OrganizationsFamily(ControlPlane plane) {
    super(plane);
    this.since = plane.now();
  }

  @Override
  void register(Map<String, Function<Call, Reply>> handlers) {
    handlers.put("getOrganization", this::getOrganization);
    handlers.put("getOrganizationMembers", this::getOrganizationMembers);
    handlers.put("getOrganizationMember", this::getOrganizationMember);
    handlers.put("getCurrentUserOrganizations", this::getCurrentUserOrganizations);
  }

  /**
   * Returns the ids of the user's organizations, sorted.
   * @return the ids of the user's organizations, sorted
   */
  Set<String> organizationIds() {
    for (ProjectRec p : plane.projects.values()) {
      if (p.orgId != null) {
        known.add(p.orgId);
      }
    }
    return new TreeSet<>(known);
  }

  /**
   * Returns the organization, or 404.
   * @return the organization, or 404
   */
  String requireOrganization(String orgId) {
    if (!organizationIds().contains(orgId)) {
      throw ApiError.notFound("organization " + orgId + " not found");
    }
    return orgId;
  }

  private Organization organization(String id) {
    return new Organization().id(id).name(ControlPlane.ORG_ID.equals(id) ? "Neon Emulator" : id).handle(id)
        .plan("scale").managedBy("console").createdAt(time(since)).updatedAt(time(since))
        .allowHipaaProjects(false).requireMfa(false);
  }

  private MemberWithUser member(String orgId) {
    return new MemberWithUser()
        .member(new Member().id(MEMBER_ID).userId(ControlPlane.USER_ID).orgId(orgId).role(MemberRole.ADMIN)
            .joinedAt(time(since)))
        .user(new MemberUserInfo().email(USER_EMAIL).hasMfa(false));
  }

  private Reply getOrganization(Call c) {
    return Reply.json(200, organization(requireOrganization(c.path("org_id"))));
  }

  private Reply getOrganizationMembers(Call c) {
    String orgId = requireOrganization(c.path("org_id"));
    List<MemberWithUser> members = new ArrayList<>();
    if (c.query("cursor") == null) {
      members.add(member(orgId));
    }
    return Reply.json(200, new GetOrganizationMembersResponse().members(members)
        .pagination(new CursorPagination().next(members.isEmpty() ? null : MEMBER_ID.toString())
            .sortBy("joined_at").sortOrder("asc")));
  }

  private Reply getOrganizationMember(Call c) {
    String orgId = requireOrganization(c.path("org_id"));
    if (!MEMBER_ID.toString().equalsIgnoreCase(c.path("member_id"))) {
      throw ApiError.notFound("member " + c.path("member_id") + " not found");
    }
    return Reply.json(200, member(orgId).getMember());
  }

  private Reply getCurrentUserOrganizations(Call c) {
    List<Organization> orgs = new ArrayList<>();
    for (String id : organizationIds()) {
      orgs.add(organization(id));
    }
    return Reply.json(200, new OrganizationsResponse().organizations(orgs));
  }
}
