package dev.neonjava.resources;

import static dev.neonjava.runtime.ResponseDecodingException.requireMember;

import dev.neonjava.generated.api.UsersApi;
import dev.neonjava.generated.model.CurrentUserInfoResponse;
import dev.neonjava.generated.model.Organization;
import dev.neonjava.runtime.ApiClient;
import java.util.List;

/** The user the API key belongs to (personal keys only: organization keys get 404 here). */
public final class Users {
  private final UsersApi api;

  /**
   * Creates this resource over a low-level client; applications get it from {@link dev.neonjava.Neon}.
   * @param client the low-level client
   */
  public Users(ApiClient client) {
    this.api = new UsersApi(client);
  }

  /**
   * Returns the current user.
   * @return the current user
   */
  public CurrentUserInfoResponse me() {
    return api.getCurrentUserInfo(UsersApi.GetCurrentUserInfoParams.builder().build());
  }

  /**
   * Returns the organizations the current user belongs to.
   * @return the organizations the current user belongs to
   */
  public List<Organization> organizations() {
    return requireMember(api.getCurrentUserOrganizations(UsersApi.GetCurrentUserOrganizationsParams.builder().build())
        .getOrganizations(), "getCurrentUserOrganizations", "organizations");
  }
}
