package dev.neonjava.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.neonjava.Neon;
import dev.neonjava.generated.model.CustomDomain;
import dev.neonjava.generated.model.FunctionTriggerSchedule;
import dev.neonjava.generated.model.FunctionTriggerStorageObjectCreated;
import dev.neonjava.generated.model.ProjectBranchLogFieldValuesResponse;
import dev.neonjava.generated.model.ProjectBranchLogSource;
import dev.neonjava.generated.model.ProjectBranchLogsQueryResponse;
import dev.neonjava.generated.model.ProjectMember;
import dev.neonjava.generated.model.ProjectMemberGrantSource;
import dev.neonjava.generated.model.ProjectMemberPermissionLevel;
import dev.neonjava.generated.model.ProjectMemberRoleResponse;
import dev.neonjava.generated.model.ProjectRole;
import dev.neonjava.generated.model.ScheduleTrigger;
import dev.neonjava.generated.model.SendNeonAuthTestEmailResponse;
import dev.neonjava.generated.model.SetProjectMemberRoleRequest;
import dev.neonjava.generated.model.StorageObjectCreatedTrigger;
import dev.neonjava.generated.model.Trigger;
import dev.neonjava.generated.model.TriggerCreateRequest;
import dev.neonjava.resources.BranchLogs;
import dev.neonjava.resources.BranchScope;
import dev.neonjava.resources.CustomDomains;
import dev.neonjava.resources.ProjectMembers;
import dev.neonjava.resources.Triggers;
import dev.neonjava.runtime.BadRequestException;
import dev.neonjava.runtime.ConflictException;
import dev.neonjava.runtime.NotFoundException;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Project members, branch triggers, custom domains, logs and the email provider test, through the fluent client. */
class BranchExtrasFluentTest {

  private static BranchScope mainBranch(NeonEmulator emulator, String name) {
    String projectId = emulator.seedProject(name).getId();
    return emulator.newNeon().project(projectId).branch(emulator.branches(projectId).get(0).getId());
  }

  @Test
  void membersRolesAreSetAndRemoved() {
    try (NeonEmulator emulator = NeonEmulator.start()) {
      String projectId = emulator.seedProject("members").getId();
      ProjectMembers members = emulator.newNeon().project(projectId).members();
      List<ProjectMember> all = members.list().toList();
      assertThat(all).extracting(ProjectMember::getUserId).containsExactly(ControlPlane.USER_ID.toString());
      assertThat(all.get(0).getGrantSource()).isEqualTo(ProjectMemberGrantSource.ORG_ROLE_DEFAULT);
      String me = all.get(0).getMemberId();

      assertThat(members.setRole(me, ProjectRole.ADMIN).getProjectRole()).isEqualTo(ProjectRole.ADMIN);
      assertThatThrownBy(() -> members.setRole(me, ProjectRole.VIEWER)).isInstanceOf(ConflictException.class)
          .hasMessageContaining("confirm_self_demotion");
      ProjectMemberRoleResponse viewer = members.setRole(me, new SetProjectMemberRoleRequest().role(ProjectRole.VIEWER),
          p -> p.confirmSelfDemotion(true));
      assertThat(viewer.getEffectiveProjectPermission()).isEqualTo(ProjectMemberPermissionLevel.VIEWER);
      assertThat(members.list(p -> p.limit(10L)).stream().findFirst().orElseThrow().getGrantSource())
          .isEqualTo(ProjectMemberGrantSource.EXPLICIT);
      assertThat(members.listPageAsync(p -> { }).join().getProjectMembers()).extracting(ProjectMember::getProjectRole)
          .containsExactly(ProjectRole.VIEWER);

      ProjectMemberRoleResponse removed = members.removeRole(me);
      assertThat(removed.getProjectRole()).isNull();
      assertThat(removed.getEffectiveProjectPermission()).isEqualTo(ProjectMemberPermissionLevel.ADMIN);
      assertThat(members.setRoleAsync(me, new SetProjectMemberRoleRequest().role(ProjectRole.EDITOR),
          p -> p.confirmSelfDemotion(true)).join().getProjectRole()).isEqualTo(ProjectRole.EDITOR);
      assertThatThrownBy(() -> members.setRoleAsync(me, ProjectRole.VIEWER).join())
          .hasCauseInstanceOf(ConflictException.class);
      assertThat(members.removeRoleAsync(me, p -> p.confirmSelfLockout(true)).join().getProjectRole()).isNull();

      assertThatThrownBy(() -> members.removeRole("someone-else")).isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> members.setRole("a/b", ProjectRole.ADMIN)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("member_id");
      assertThatThrownBy(() -> members.setRole(me, (ProjectRole) null)).hasMessageContaining("role");
      assertThat(members.setRoleAsync(null, ProjectRole.ADMIN)).isCompletedExceptionally();
      assertThat(emulator.violations()).isEmpty();
    }
  }

  @Test
  void triggersOfBothKindsRoundTrip() {
    try (NeonEmulator emulator = NeonEmulator.start()) {
      Triggers triggers = mainBranch(emulator, "triggers").triggers();
      assertThat(triggers.list()).isEmpty();

      ScheduleTrigger nightly = triggers.createSchedule(t -> t.name("nightly").functionSlug("report")
          .schedule(new FunctionTriggerSchedule().cron("30 2 * * *"))).getScheduleTrigger();
      assertThat(nightly.getType().value()).isEqualTo("schedule");
      assertThat(nightly.getFunctionPath()).isEqualTo("/");
      assertThat(nightly.getNextRunAt()).isNotNull();
      StorageObjectCreatedTrigger upload = triggers.createOnUpload(t -> t.name("thumbs").functionSlug("resize")
          .functionPath("/hook").storageObjectCreated(new FunctionTriggerStorageObjectCreated().bucketName("images")
              .prefix("in/"))).getStorageObjectCreatedTrigger();
      assertThat(upload.getStorageObjectCreated().getBucketName()).isEqualTo("images");
      assertThat(upload.getStorageObjectCreated().getPrefix()).isEqualTo("in/");
      assertThat(triggers.list()).hasSize(2);
      assertThatThrownBy(() -> triggers.create(Triggers.schedule(t -> t.name("nightly").functionSlug("x")
          .schedule(new FunctionTriggerSchedule().cron("0 * * * *"))))).isInstanceOf(ConflictException.class);

      String id = nightly.getTriggerId();
      ScheduleTrigger hourly = triggers.updateSchedule(id, t -> t.schedule(new FunctionTriggerSchedule().cron("0 * * * *")))
          .getScheduleTrigger();
      assertThat(hourly.getSchedule().getCron()).isEqualTo("0 * * * *");
      assertThat(hourly.getVersion()).isEqualTo(2L);
      assertThat(triggers.setEnabled(id, false).getScheduleTrigger().getNextRunAt()).isNull();
      assertThat(triggers.get(id).getScheduleTrigger().getEnabled()).isFalse();
      assertThat(triggers.setEnabled(upload.getTriggerId(), false).getStorageObjectCreatedTrigger().getEnabled()).isFalse();
      assertThatThrownBy(() -> triggers.updateOnUpload(id, t -> t.enabled(true)))
          .isInstanceOf(BadRequestException.class).hasMessageContaining("cannot change");

      Trigger viaAsync = triggers.createAsync(Triggers.onUpload(t -> t.name("docs").functionSlug("index")
          .storageObjectCreated(new FunctionTriggerStorageObjectCreated().bucketName("docs")))).join();
      String docsId = viaAsync.getStorageObjectCreatedTrigger().getTriggerId();
      assertThat(triggers.getAsync(docsId).join()).isEqualTo(viaAsync);
      assertThat(triggers.listAsync().join()).hasSize(3);

      triggers.delete(id);
      assertThatThrownBy(() -> triggers.get(id)).isInstanceOf(NotFoundException.class);
      assertThat(triggers.deleteIfExists(id)).isFalse();
      assertThat(triggers.deleteIfExists(docsId)).isTrue();
      triggers.deleteAsync(upload.getTriggerId()).join();
      assertThat(triggers.list()).isEmpty();

      assertThatThrownBy(() -> triggers.get("trg/1")).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("trigger_id");
      assertThatThrownBy(() -> triggers.create((TriggerCreateRequest) null)).hasMessageContaining("request");
      assertThat(triggers.updateAsync(" ", null)).isCompletedExceptionally();
      assertThatThrownBy(() -> triggers.deleteAsync("").join()).isInstanceOf(CompletionException.class)
          .hasCauseInstanceOf(IllegalArgumentException.class).hasMessageContaining("trigger_id");
      assertThat(emulator.violations()).isEmpty();
    }
  }

  @Test
  void customDomainsPageEnsureAndDelete() {
    try (NeonEmulator emulator = NeonEmulator.start()) {
      CustomDomains domains = mainBranch(emulator, "domains").customDomains();
      CustomDomain app = domains.register(CustomDomains.forFunction("App.Example.com", "web"));
      assertThat(app.getDomain()).isEqualTo("app.example.com");
      assertThat(app.getCnameTarget()).isNotBlank();
      domains.register(d -> d.domain("api.example.com").entityType("function").entityId("api"));
      domains.registerAsync(CustomDomains.forFunction("docs.example.com", "docs")).join();

      assertThat(domains.list(p -> p.limit(1L)).stream().map(CustomDomain::getDomain).collect(Collectors.toList()))
          .containsExactly("app.example.com", "api.example.com", "docs.example.com");
      assertThat(emulator.requests().stream().filter(r -> r.operationId().equals("listProjectBranchCustomDomains")))
          .hasSizeGreaterThanOrEqualTo(3);
      assertThat(domains.listPageAsync(p -> p.limit(2L)).join().getCustomDomains()).hasSize(2);
      assertThatThrownBy(() -> domains.list(p -> p.limit(1001L))).hasMessageContaining("limit");

      // Neon may answer 409 for a domain the branch already routes to the same function: ensure reads it back
      emulator.inject("registerProjectBranchCustomDomain", Fault.status(409, "the domain is already registered"));
      assertThat(domains.ensure(CustomDomains.forFunction("app.example.com.", "web"))).isEqualTo(app);
      emulator.inject("registerProjectBranchCustomDomain", Fault.status(409, "the domain is already registered"));
      assertThat(domains.ensureAsync(CustomDomains.forFunction("APP.example.com", "web")).join()).isEqualTo(app);
      assertThat(domains.ensure(d -> d.domain("app.example.com").entityType("function").entityId("web"))).isEqualTo(app);
      assertThatThrownBy(() -> domains.ensure(CustomDomains.forFunction("app.example.com", "other")))
          .isInstanceOf(ConflictException.class);
      assertThatThrownBy(() -> domains.ensureAsync(CustomDomains.forFunction("app.example.com", "other")).join())
          .hasCauseInstanceOf(ConflictException.class);
      assertThat(domains.ensure(CustomDomains.forFunction("new.example.com", "web")).getDomain())
          .isEqualTo("new.example.com");

      domains.delete("API.example.com");
      assertThatThrownBy(() -> domains.delete("api.example.com")).isInstanceOf(NotFoundException.class);
      assertThat(domains.deleteIfExists("api.example.com")).isFalse();
      assertThat(domains.deleteIfExists("docs.example.com")).isTrue();
      domains.deleteAsync("new.example.com").join();
      assertThat(domains.list().toList()).extracting(CustomDomain::getDomain).containsExactly("app.example.com");

      assertThatThrownBy(() -> domains.delete("a/b.example.com")).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("domain");
      assertThat(domains.registerAsync(null)).isCompletedExceptionally();
      assertThatThrownBy(() -> CustomDomains.forFunction("x.example.com", null)).hasMessageContaining("function_slug");
      assertThat(emulator.violations()).isEmpty();
    }
  }

  @Test
  void logsAreQueriedAndTheirFieldsListed() {
    try (NeonEmulator emulator = NeonEmulator.start()) {
      BranchLogs logs = mainBranch(emulator, "logs").logs();
      ProjectBranchLogsQueryResponse page = logs.query(q -> q.since("30m").source(ProjectBranchLogSource.FUNCTION));
      assertThat(page.getLogs()).isEmpty();
      assertThat(page.getIsTruncated()).isFalse();
      assertThat(logs.records(q -> q.since("1h")).toList()).isEmpty();
      assertThat(logs.queryAsync(new dev.neonjava.generated.model.ProjectBranchLogsQueryRequest().since("2h")).join()
          .getLogs()).isEmpty();
      assertThatThrownBy(() -> logs.query(q -> q.since("8d"))).isInstanceOf(BadRequestException.class)
          .satisfies(e -> assertThat(((BadRequestException) e).rawBodyText()).contains("time_range_too_large"));

      assertThat(logs.fields()).contains("service_name", "source");
      assertThat(logs.fieldsAsync().join()).isEqualTo(logs.fields());
      ProjectBranchLogFieldValuesResponse values = logs.fieldValues("service_name", p -> p.since("1h"));
      assertThat(values.getValues()).isEmpty();
      assertThat(logs.fieldValues("source").getIsTruncated()).isFalse();
      assertThat(logs.fieldValuesAsync("severity_text", p -> p.limit(5L)).join().getValues()).isEmpty();
      assertThatThrownBy(() -> logs.fieldValues("no_such_field")).isInstanceOf(BadRequestException.class)
          .satisfies(e -> assertThat(((BadRequestException) e).rawBodyText()).contains("unknown_field"));

      assertThatThrownBy(() -> logs.fieldValues("a/b")).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("field_name");
      assertThat(logs.fieldValuesAsync(null, p -> { })).isCompletedExceptionally();
      assertThatThrownBy(() -> logs.records(null)).hasMessageContaining("request");
      assertThat(logs.queryAsync(null)).isCompletedExceptionally();
      assertThat(emulator.violations()).isEmpty();
    }
  }

  @Test
  void theEmailProviderTestReportsWhetherItSent() {
    try (NeonEmulator emulator = NeonEmulator.start()) {
      Neon neon = emulator.newNeon();
      String projectId = emulator.seedProject("mail").getId();
      String branchId = emulator.branches(projectId).get(0).getId();
      var provider = neon.project(projectId).branch(branchId).auth().emailProvider();

      SendNeonAuthTestEmailResponse sent = provider.sendTest("ops@example.com");
      assertThat(sent.getSuccess()).isTrue();
      SendNeonAuthTestEmailResponse refused = provider.sendTest(r -> r.recipientEmail("not-an-address"));
      assertThat(refused.getSuccess()).isFalse();
      assertThat(refused.getErrorMessage()).contains("not-an-address");
      assertThat(provider.sendTestAsync("dev@example.com").join().getSuccess()).isTrue();
      assertThat(provider.sendTestAsync(null)).isCompletedExceptionally();
      assertThatThrownBy(() -> provider.sendTest((String) null)).hasMessageContaining("recipient_email");
      assertThatThrownBy(() -> neon.project(projectId).branch("br-missing-12345678").auth().emailProvider()
          .sendTest("ops@example.com")).isInstanceOf(NotFoundException.class);
      assertThat(emulator.violations()).isEmpty();
    }
  }
}
