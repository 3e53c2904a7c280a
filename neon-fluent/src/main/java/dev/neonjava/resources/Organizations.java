package dev.neonjava.resources;

import dev.neonjava.generated.api.OrganizationsApi;
import dev.neonjava.generated.api.OrganizationsApi.GetOrganizationMembersParams;
import dev.neonjava.generated.model.GetOrganizationMembersResponse;
import dev.neonjava.generated.model.MemberWithUser;
import dev.neonjava.generated.model.OrgApiKeysListResponseItem;
import dev.neonjava.generated.model.Organization;
import dev.neonjava.paging.Paginator;
import dev.neonjava.runtime.ApiClient;
import java.util.List;

/** Organizations: details, members (auto-paged) and API keys. */
public final class Organizations {
  private final OrganizationsApi api;

  /**
   * Creates this resource over a low-level client; applications get it from {@link dev.neonjava.Neon}.
   * @param client the low-level client
   */
  public Organizations(ApiClient client) {
    this.api = new OrganizationsApi(client);
  }

  /**
   * Returns the organization.
   * @param orgId the organization id
   * @return the organization
   */
  public Organization get(String orgId) {
    return api.getOrganization(OrganizationsApi.GetOrganizationParams.builder()
        .orgId(Validation.id(orgId, "org_id")).build());
  }

  /**
   * Returns every member, fetched page by page.
   * @param orgId the organization id
   * @return every member, fetched page by page
   */
  public Paginator<GetOrganizationMembersResponse, MemberWithUser> members(String orgId) {
    GetOrganizationMembersParams first = GetOrganizationMembersParams.builder()
        .orgId(Validation.id(orgId, "org_id")).build();
    return new Paginator<>(
        cursor -> api.getOrganizationMembers(cursor == null ? first : first.toBuilder().cursor(cursor).build()),
        GetOrganizationMembersResponse::getMembers,
        page -> page.getPagination() == null ? null : page.getPagination().getNext(),
        null);
  }

  /**
   * Returns the organization's API keys (without their secrets).
   * @param orgId the organization id
   * @return the organization's API keys (without their secrets)
   */
  public List<OrgApiKeysListResponseItem> apiKeys(String orgId) {
    return api.listOrgApiKeys(OrganizationsApi.ListOrgApiKeysParams.builder()
        .orgId(Validation.id(orgId, "org_id")).build());
  }
}
