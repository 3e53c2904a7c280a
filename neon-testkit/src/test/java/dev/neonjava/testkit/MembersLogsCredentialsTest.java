package dev.neonjava.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.neonjava.generated.api.AuthApi;
import dev.neonjava.generated.api.CredentialsApi;
import dev.neonjava.generated.api.LogsApi;
import dev.neonjava.generated.api.ProjectApi;
import dev.neonjava.generated.model.CreateCredentialRequest;
import dev.neonjava.generated.model.CreateCredentialResponse;
import dev.neonjava.generated.model.CredentialMeta;
import dev.neonjava.generated.model.CredentialScope;
import dev.neonjava.generated.model.CredentialSecret;
import dev.neonjava.generated.model.GrantedCredentialScope;
import dev.neonjava.generated.model.ProjectBranchLogsQueryRequest;
import dev.neonjava.generated.model.ProjectBranchLogsQueryResponse;
import dev.neonjava.generated.model.ProjectMember;
import dev.neonjava.generated.model.ProjectMemberGrantSource;
import dev.neonjava.generated.model.ProjectMemberPermissionLevel;
import dev.neonjava.generated.model.ProjectMemberRoleResponse;
import dev.neonjava.generated.model.ProjectRole;
import dev.neonjava.generated.model.RotateCredentialResponse;
import dev.neonjava.generated.model.SendNeonAuthEmailProviderTestRequest;
import dev.neonjava.generated.model.SetProjectMemberRoleRequest;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.ApiException;
import dev.neonjava.runtime.ConflictException;
import dev.neonjava.runtime.NotFoundException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The emulator's project members, branch logs, credential reveal/rotate and email provider test (from @neon/sdk 6.1.2). */
@NeonEmulatorTest
class MembersLogsCredentialsTest {

  @Test
  void theOwnerIsTheMemberWhoseProjectRoleIsSetAndRemoved(NeonEmulator neon, ApiClient client) {
    ProjectApi api = new ProjectApi(client);
    String projectId = neon.seedProject("app").getId();
    ProjectMember owner = api.listProjectMembers(ProjectApi.ListProjectMembersParams.builder().projectId(projectId)
        .build()).getProjectMembers().get(0);
    assertThat(owner.getUserId()).isEqualTo(ControlPlane.USER_ID.toString());
    assertThat(owner.getEffectiveProjectPermission()).isEqualTo(ProjectMemberPermissionLevel.ADMIN);
    assertThat(owner.getGrantSource()).isEqualTo(ProjectMemberGrantSource.ORG_ROLE_DEFAULT);
    String memberId = owner.getMemberId();

    assertThatThrownBy(() -> setRole(api, projectId, memberId, ProjectRole.VIEWER, null))
        .isInstanceOf(ConflictException.class).hasMessageContaining("confirm_self_demotion");
    ProjectMemberRoleResponse viewer = setRole(api, projectId, memberId, ProjectRole.VIEWER, true);
    assertThat(viewer.getProjectRole()).isEqualTo(ProjectRole.VIEWER);
    assertThat(viewer.getEffectiveProjectPermission()).isEqualTo(ProjectMemberPermissionLevel.VIEWER);
    assertThat(api.listProjectMembers(ProjectApi.ListProjectMembersParams.builder().projectId(projectId).build())
        .getProjectMembers().get(0).getGrantSource()).isEqualTo(ProjectMemberGrantSource.EXPLICIT);

    ProjectMemberRoleResponse removed = api.removeProjectMemberRole(ProjectApi.RemoveProjectMemberRoleParams.builder()
        .projectId(projectId).memberId(memberId).build());
    assertThat(removed.getProjectRole()).isNull();
    assertThat(removed.getEffectiveProjectPermission()).isEqualTo(ProjectMemberPermissionLevel.ADMIN);
    assertThatThrownBy(() -> setRole(api, projectId, "someone-else", ProjectRole.ADMIN, null))
        .isInstanceOf(NotFoundException.class);
  }

  private static ProjectMemberRoleResponse setRole(ProjectApi api, String projectId, String memberId, ProjectRole role,
      Boolean confirm) {
    return api.setProjectMemberRole(ProjectApi.SetProjectMemberRoleParams.builder().projectId(projectId)
        .memberId(memberId).confirmSelfDemotion(confirm).setProjectMemberRoleRequest(
            new SetProjectMemberRoleRequest().role(role)).build());
  }

  @Test
  void logsAnswerEmptyPagesAndRefuseWhatNeonRefuses(NeonEmulator neon, ApiClient client) {
    LogsApi api = new LogsApi(client);
    String projectId = neon.seedProject("app").getId();
    String branchId = neon.branches(projectId).get(0).getId();
    ProjectBranchLogsQueryResponse page = query(api, projectId, branchId, new ProjectBranchLogsQueryRequest().since("30m"));
    assertThat(page.getLogs()).isEmpty();
    assertThat(page.getIsTruncated()).isFalse();

    assertThat(reasonOf(() -> query(api, projectId, branchId, new ProjectBranchLogsQueryRequest().since("8d"))))
        .contains("\"reason\":\"time_range_too_large\"");
    assertThat(reasonOf(() -> query(api, projectId, branchId, new ProjectBranchLogsQueryRequest().since("1h")
        .startTime(java.time.OffsetDateTime.now().minusHours(2))))).contains("\"reason\":\"conflicting_time_range\"");
    assertThat(reasonOf(() -> query(api, projectId, branchId, new ProjectBranchLogsQueryRequest().logql("{a=\"b\"}")
        .serviceName("x")))).contains("\"reason\":\"conflicting_filters\"");
    assertThat(reasonOf(() -> query(api, projectId, "br-missing-12345678", new ProjectBranchLogsQueryRequest())))
        .contains("\"reason\":\"branch_not_found\"");

    List<String> fields = api.listProjectBranchLogFields(LogsApi.ListProjectBranchLogFieldsParams.builder()
        .projectId(projectId).branchId(branchId).build()).getFields();
    assertThat(fields).contains("service_name", "source");
    assertThat(api.listProjectBranchLogFieldValues(LogsApi.ListProjectBranchLogFieldValuesParams.builder()
        .projectId(projectId).branchId(branchId).fieldName(fields.get(0)).since("6h").build()).getValues()).isEmpty();
    assertThat(reasonOf(() -> api.listProjectBranchLogFieldValues(LogsApi.ListProjectBranchLogFieldValuesParams
        .builder().projectId(projectId).branchId(branchId).fieldName("user_id").build())))
        .contains("\"reason\":\"unknown_field\"");
  }

  private static ProjectBranchLogsQueryResponse query(LogsApi api, String projectId, String branchId,
      ProjectBranchLogsQueryRequest q) {
    return api.queryProjectBranchLogs(LogsApi.QueryProjectBranchLogsParams.builder().projectId(projectId)
        .branchId(branchId).projectBranchLogsQueryRequest(q).build());
  }

  private static String reasonOf(Runnable call) {
    try {
      call.run();
    } catch (ApiException e) {
      return e.statusCode() + " " + e.rawBodyText();
    }
    throw new AssertionError("the call succeeded");
  }

  @Test
  void rotatingACredentialChangesTheSecretsItReveals(NeonEmulator neon, ApiClient client) {
    CredentialsApi api = new CredentialsApi(client);
    String projectId = neon.seedProject("app").getId();
    String branchId = neon.branches(projectId).get(0).getId();
    CreateCredentialResponse created = api.createCredential(CredentialsApi.CreateCredentialParams.builder()
        .projectId(projectId).branchId(branchId).createCredentialRequest(new CreateCredentialRequest().name("uploader")
            .scopes(List.of(CredentialScope.STORAGE_WRITE)).principalType(CreateCredentialRequest.PrincipalTypeEnum.USER))
        .build());
    String tokenId = created.getTokenId();
    assertThat(tokenId).matches("nak_live_[0-9a-f]{32}");
    assertThat(created.getTokenIdShort()).isEqualTo(tokenId.substring(9, 21));
    assertThat(api.listCredentials(CredentialsApi.ListCredentialsParams.builder().projectId(projectId)
        .branchId(branchId).build()).getCredentials()).extracting(CredentialMeta::getTokenId).containsExactly(tokenId);

    CredentialSecret revealed = reveal(api, projectId, branchId, tokenId);
    assertThat(revealed.getApiToken()).isEqualTo(created.getApiToken());
    assertThat(revealed.getS3SecretAccessKey()).isEqualTo(created.getS3SecretAccessKey()).startsWith("nsk_live_");

    RotateCredentialResponse rotated = api.rotateCredential(CredentialsApi.RotateCredentialParams.builder()
        .projectId(projectId).branchId(branchId).tokenId(tokenId).build());
    assertThat(rotated.getTokenId()).isEqualTo(tokenId);
    assertThat(rotated.getCreatedAt()).isEqualTo(created.getCreatedAt());
    assertThat(rotated.getScopes()).containsExactly(GrantedCredentialScope.STORAGE_WRITE);
    assertThat(rotated.getApiToken()).isNotEqualTo(created.getApiToken());
    assertThat(rotated.getS3SecretAccessKey()).isNotEqualTo(created.getS3SecretAccessKey());
    CredentialSecret after = reveal(api, projectId, branchId, tokenId);
    assertThat(after.getApiToken()).isEqualTo(rotated.getApiToken());
    assertThat(after.getS3SecretAccessKey()).isEqualTo(rotated.getS3SecretAccessKey());

    api.revokeCredential(CredentialsApi.RevokeCredentialParams.builder().projectId(projectId).branchId(branchId)
        .tokenId(tokenId).build());
    assertThatThrownBy(() -> reveal(api, projectId, branchId, tokenId)).isInstanceOf(NotFoundException.class);
  }

  private static CredentialSecret reveal(CredentialsApi api, String projectId, String branchId, String tokenId) {
    return api.revealCredential(CredentialsApi.RevealCredentialParams.builder().projectId(projectId)
        .branchId(branchId).tokenId(tokenId).build());
  }

  @Test
  void theEmailProviderTestReportsWhetherItWasSent(NeonEmulator neon, ApiClient client) {
    AuthApi api = new AuthApi(client);
    String projectId = neon.seedProject("app").getId();
    String branchId = neon.branches(projectId).get(0).getId();
    assertThat(send(api, projectId, branchId, "ops@example.com").getSuccess()).isTrue();
    assertThat(send(api, projectId, branchId, "not an address").getSuccess()).isFalse();
    assertThatThrownBy(() -> send(api, projectId, "br-missing-12345678", "ops@example.com"))
        .isInstanceOf(NotFoundException.class);
  }

  private static dev.neonjava.generated.model.SendNeonAuthTestEmailResponse send(AuthApi api, String projectId,
      String branchId, String to) {
    return api.sendNeonAuthEmailProviderTest(AuthApi.SendNeonAuthEmailProviderTestParams.builder().projectId(projectId)
        .branchId(branchId).sendNeonAuthEmailProviderTestRequest(new SendNeonAuthEmailProviderTestRequest()
            .recipientEmail(to)).build());
  }
}
