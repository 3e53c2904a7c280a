package dev.neonjava.testkit;

import dev.neonjava.generated.api.AuthApi;
import dev.neonjava.generated.api.BranchApi;
import dev.neonjava.generated.api.DataApiApi;
import dev.neonjava.generated.api.ProjectApi;
import dev.neonjava.generated.api.SnapshotApi;
import dev.neonjava.generated.model.CreateBranchNeonAuthNewUserRequest;
import dev.neonjava.generated.model.DataAPICreateRequest;
import dev.neonjava.generated.model.EnableNeonAuthIntegrationRequest;
import dev.neonjava.generated.model.NeonAuthAddDomainToRedirectURIWhitelistRequest;
import dev.neonjava.generated.model.NeonAuthAddOAuthProviderRequest;
import dev.neonjava.generated.model.NeonAuthOauthProviderId;
import dev.neonjava.generated.model.NeonAuthSupportedAuthProvider;
import dev.neonjava.generated.model.ProjectCreateRequestProject;
import dev.neonjava.generated.model.RestoreSnapshotRequest;
import dev.neonjava.runtime.ApiClient;
import java.net.URI;
import java.util.Map;
import java.util.Set;

/**
 * What an operation needs to exist before the coverage test can call it with success: Neon Auth
 * on the branch (with a user, a provider and a domain), a Data API, a snapshot, a deleted branch,
 * a preview branch, a transfer request. Set up through the API; ids go into the test's known values.
 */
final class Prerequisites {
  static final String DOMAIN = "https://app.neon-emulator.invalid";
  private static final Set<String> SET_UP_NEON_AUTH = Set.of("createNeonAuth", "createNeonAuthIntegration");

  private Prerequisites() {
  }

  static void prepare(NeonEmulator neon, String operationId, String template, Map<String, String> known) {
    ApiClient client = neon.newApiClient();
    String projectId = known.get("project_id");
    String branchId = known.get("branch_id");
    if (template.contains("/auth") && !SET_UP_NEON_AUTH.contains(operationId)) {
      neonAuth(client, operationId, projectId, branchId, known);
    }
    if (template.contains("/data-api/") && !operationId.startsWith("create")) {
      new DataApiApi(client).createProjectBranchDataAPI(DataApiApi.CreateProjectBranchDataAPIParams.builder()
          .projectId(projectId).branchId(branchId).databaseName(known.get("database_name"))
          .dataAPICreateRequest(new DataAPICreateRequest()).build());
    }
    if (template.contains("{snapshot_id}") || "finalizeRestoreBranch".equals(operationId)) {
      known.put("snapshot_id", new SnapshotApi(client).createSnapshot(SnapshotApi.CreateSnapshotParams.builder()
          .projectId(projectId).branchId(branchId).build()).getSnapshot().getId());
    }
    switch (operationId) {
      case "restoreProjectBranch": // a branch without children, restored from the default one
        known.put("source_branch_id", branchId);
        known.put("branch_id", neon.seedBranch(projectId, "restored").getId());
        break;
      case "recoverProjectBranch":
        String gone = neon.seedBranch(projectId, "gone").getId();
        new BranchApi(client).deleteProjectBranch(BranchApi.DeleteProjectBranchParams.builder().projectId(projectId)
            .branchId(gone).build());
        known.put("branch_id", gone);
        break;
      case "finalizeRestoreBranch":
        known.put("branch_id", new SnapshotApi(client).restoreSnapshot(SnapshotApi.RestoreSnapshotParams.builder()
            .projectId(projectId).snapshotId(known.get("snapshot_id")).restoreSnapshotRequest(
                new RestoreSnapshotRequest()).build()).getBranch().getId());
        break;
      case "acceptProjectTransferRequest":
        known.put("request_id", new ProjectApi(client).createProjectTransferRequest(
            ProjectApi.CreateProjectTransferRequestParams.builder().projectId(projectId).build()).getId().toString());
        break;
      case "transferProjectsFromUserToOrg":
        known.put("destination_org_id", ControlPlane.ORG_ID);
        known.put("project_ids", projectId);
        break;
      case "transferProjectsFromOrgToOrg": // from the user's organization to another one of theirs
        String other = "org-other-00000000";
        new Api(client).createProject(new ProjectCreateRequestProject().name("elsewhere").orgId(other));
        known.put("project_ids", new Api(client).createProject(new ProjectCreateRequestProject().name("moving")
            .orgId(known.get("source_org_id"))).getProject().getId());
        known.put("destination_org_id", other);
        break;
      default:
    }
  }

  /**
   * Enables Neon Auth on the branch with the spec's first provider (the one the test's bodies name),
   * with a user, and a provider and a domain unless the operation adds one.
   */
  private static void neonAuth(ApiClient client, String operationId, String projectId, String branchId,
      Map<String, String> known) {
    AuthApi auth = new AuthApi(client);
    auth.createNeonAuth(AuthApi.CreateNeonAuthParams.builder().projectId(projectId).branchId(branchId)
        .enableNeonAuthIntegrationRequest(new EnableNeonAuthIntegrationRequest()
            .authProvider(NeonAuthSupportedAuthProvider.MOCK)).build());
    known.put("auth_user_id", auth.createBranchNeonAuthNewUser(AuthApi.CreateBranchNeonAuthNewUserParams.builder()
        .projectId(projectId).branchId(branchId).createBranchNeonAuthNewUserRequest(
            new CreateBranchNeonAuthNewUserRequest().email("existing@neon-emulator.invalid")).build()).getId());
    if (!operationId.startsWith("add")) {
      auth.addBranchNeonAuthOauthProvider(AuthApi.AddBranchNeonAuthOauthProviderParams.builder()
          .projectId(projectId).branchId(branchId).neonAuthAddOAuthProviderRequest(
              new NeonAuthAddOAuthProviderRequest().id(NeonAuthOauthProviderId.GOOGLE)).build());
      auth.addBranchNeonAuthTrustedDomain(AuthApi.AddBranchNeonAuthTrustedDomainParams.builder()
          .projectId(projectId).branchId(branchId).neonAuthAddDomainToRedirectURIWhitelistRequest(
              new NeonAuthAddDomainToRedirectURIWhitelistRequest().domain(URI.create(DOMAIN))
                  .authProvider(NeonAuthSupportedAuthProvider.MOCK)).build());
    }
    known.put("domain", DOMAIN);
  }
}
