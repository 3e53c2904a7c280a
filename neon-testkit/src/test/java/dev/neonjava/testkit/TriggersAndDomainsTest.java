package dev.neonjava.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.neonjava.generated.api.FunctionsApi;
import dev.neonjava.generated.api.TriggersApi;
import dev.neonjava.generated.model.CustomDomain;
import dev.neonjava.generated.model.CustomDomainRegisterRequest;
import dev.neonjava.generated.model.FunctionTriggerSchedule;
import dev.neonjava.generated.model.FunctionTriggerStorageObjectCreated;
import dev.neonjava.generated.model.ListProjectBranchCustomDomainsResponse;
import dev.neonjava.generated.model.ScheduleTrigger;
import dev.neonjava.generated.model.ScheduleTriggerCreateRequest;
import dev.neonjava.generated.model.ScheduleTriggerUpdateRequest;
import dev.neonjava.generated.model.StorageObjectCreatedTrigger;
import dev.neonjava.generated.model.StorageObjectCreatedTriggerCreateRequest;
import dev.neonjava.generated.model.StorageObjectCreatedTriggerUpdateRequest;
import dev.neonjava.generated.model.Trigger;
import dev.neonjava.generated.model.TriggerCreateRequest;
import dev.neonjava.generated.model.TriggerUpdateRequest;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.BadRequestException;
import dev.neonjava.runtime.ConflictException;
import dev.neonjava.runtime.NotFoundException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The emulator's triggers and custom domains (operations from @neon/sdk 6.1.2): stateful CRUD under a branch. */
@NeonEmulatorTest
class TriggersAndDomainsTest {

  private static TriggerCreateRequest schedule(String name, String cron) {
    return TriggerCreateRequest.of(new ScheduleTriggerCreateRequest().type(ScheduleTriggerCreateRequest.TypeEnum.SCHEDULE)
        .functionSlug("report").name(name).schedule(new FunctionTriggerSchedule().cron(cron)));
  }

  @Test
  void scheduleTriggersAreCreatedListedUpdatedAndDeleted(NeonEmulator neon, ApiClient client) {
    TriggersApi api = new TriggersApi(client);
    String projectId = neon.seedProject("app").getId();
    String branchId = neon.branches(projectId).get(0).getId();

    ScheduleTrigger created = api.createProjectBranchTrigger(TriggersApi.CreateProjectBranchTriggerParams.builder()
        .projectId(projectId).branchId(branchId).triggerCreateRequest(schedule("nightly", "30 2 * * *")).build())
        .getTrigger().getScheduleTrigger();
    assertThat(created.getTriggerId()).isNotBlank();
    assertThat(created.getFunctionPath()).isEqualTo("/");
    assertThat(created.getEnabled()).isTrue();
    assertThat(created.getVersion()).isEqualTo(1L);
    assertThat(created.getInherited()).isFalse();
    OffsetDateTime next = created.getNextRunAt().withOffsetSameInstant(ZoneOffset.UTC);
    assertThat(next.getHour()).isEqualTo(2);
    assertThat(next.getMinute()).isEqualTo(30);
    assertThat(Duration.between(OffsetDateTime.now(ZoneOffset.UTC), next)).isBetween(Duration.ZERO, Duration.ofDays(1));

    assertThatThrownBy(() -> api.createProjectBranchTrigger(TriggersApi.CreateProjectBranchTriggerParams.builder()
        .projectId(projectId).branchId(branchId).triggerCreateRequest(schedule("nightly", "0 * * * *")).build()))
        .isInstanceOf(ConflictException.class).hasMessageContaining("nightly");
    assertThatThrownBy(() -> api.createProjectBranchTrigger(TriggersApi.CreateProjectBranchTriggerParams.builder()
        .projectId(projectId).branchId(branchId).triggerCreateRequest(schedule("bad", "61 * * * *")).build()))
        .isInstanceOf(BadRequestException.class).hasMessageContaining("minute");

    String id = created.getTriggerId();
    ScheduleTrigger disabled = api.updateProjectBranchTrigger(TriggersApi.UpdateProjectBranchTriggerParams.builder()
        .projectId(projectId).branchId(branchId).triggerId(id).triggerUpdateRequest(TriggerUpdateRequest.of(
            new ScheduleTriggerUpdateRequest().type(ScheduleTriggerUpdateRequest.TypeEnum.SCHEDULE).enabled(false)))
        .build()).getTrigger().getScheduleTrigger();
    assertThat(disabled.getEnabled()).isFalse();
    assertThat(disabled.getNextRunAt()).isNull();
    assertThat(disabled.getVersion()).isEqualTo(2L);
    assertThatThrownBy(() -> api.updateProjectBranchTrigger(TriggersApi.UpdateProjectBranchTriggerParams.builder()
        .projectId(projectId).branchId(branchId).triggerId(id).triggerUpdateRequest(TriggerUpdateRequest.of(
            new StorageObjectCreatedTriggerUpdateRequest()
                .type(StorageObjectCreatedTriggerUpdateRequest.TypeEnum.STORAGE_OBJECT_CREATED))).build()))
        .isInstanceOf(BadRequestException.class).hasMessageContaining("cannot change");

    assertThat(api.getProjectBranchTrigger(TriggersApi.GetProjectBranchTriggerParams.builder().projectId(projectId)
        .branchId(branchId).triggerId(id).build()).getTrigger().getScheduleTrigger().getEnabled()).isFalse();
    assertThat(api.listProjectBranchTriggers(TriggersApi.ListProjectBranchTriggersParams.builder().projectId(projectId)
        .branchId(branchId).build()).getTriggers()).extracting(t -> t.getScheduleTrigger().getName())
        .containsExactly("nightly");

    api.deleteProjectBranchTrigger(TriggersApi.DeleteProjectBranchTriggerParams.builder().projectId(projectId)
        .branchId(branchId).triggerId(id).build());
    assertThat(api.listProjectBranchTriggers(TriggersApi.ListProjectBranchTriggersParams.builder().projectId(projectId)
        .branchId(branchId).build()).getTriggers()).isEmpty();
    assertThatThrownBy(() -> api.getProjectBranchTrigger(TriggersApi.GetProjectBranchTriggerParams.builder()
        .projectId(projectId).branchId(branchId).triggerId(id).build())).isInstanceOf(NotFoundException.class);
  }

  @Test
  void storageTriggersKeepTheirBucketAndPrefixPerBranch(NeonEmulator neon, ApiClient client) {
    TriggersApi api = new TriggersApi(client);
    String projectId = neon.seedProject("app").getId();
    String branchId = neon.branches(projectId).get(0).getId();
    Trigger created = api.createProjectBranchTrigger(TriggersApi.CreateProjectBranchTriggerParams.builder()
        .projectId(projectId).branchId(branchId).triggerCreateRequest(TriggerCreateRequest.of(
            new StorageObjectCreatedTriggerCreateRequest()
                .type(StorageObjectCreatedTriggerCreateRequest.TypeEnum.STORAGE_OBJECT_CREATED).functionSlug("thumbs")
                .name("on-upload").functionPath("/hook").storageObjectCreated(
                    new FunctionTriggerStorageObjectCreated().bucketName("images").prefix("in/")))).build())
        .getTrigger();
    StorageObjectCreatedTrigger t = created.getStorageObjectCreatedTrigger();
    assertThat(t.getStorageObjectCreated().getBucketName()).isEqualTo("images");
    assertThat(t.getStorageObjectCreated().getPrefix()).isEqualTo("in/");
    assertThat(t.getFunctionPath()).isEqualTo("/hook");

    String other = neon.seedProject("other").getId();
    assertThat(api.listProjectBranchTriggers(TriggersApi.ListProjectBranchTriggersParams.builder().projectId(other)
        .branchId(neon.branches(other).get(0).getId()).build()).getTriggers()).isEmpty();
    assertThatThrownBy(() -> api.listProjectBranchTriggers(TriggersApi.ListProjectBranchTriggersParams.builder()
        .projectId(projectId).branchId("br-missing-12345678").build())).isInstanceOf(NotFoundException.class);
  }

  @Test
  void customDomainsRegisterIdempotentlyPageAndDelete(NeonEmulator neon, ApiClient client) {
    FunctionsApi api = new FunctionsApi(client);
    String projectId = neon.seedProject("app").getId();
    String branchId = neon.branches(projectId).get(0).getId();
    CustomDomain first = register(api, projectId, branchId, "Dashboard.Example.com.", "web");
    assertThat(first.getDomain()).isEqualTo("dashboard.example.com");
    assertThat(first.getCnameTarget()).isEqualTo(CustomDomainsFamily.CNAME_TARGET);
    assertThat(first.getStatus()).isEqualTo("pending");
    assertThat(register(api, projectId, branchId, "dashboard.example.com", "web")).isEqualTo(first);
    assertThatThrownBy(() -> register(api, projectId, branchId, "dashboard.example.com", "other"))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> api.registerProjectBranchCustomDomain(
        FunctionsApi.RegisterProjectBranchCustomDomainParams.builder().projectId(projectId).branchId(branchId)
            .customDomainRegisterRequest(new CustomDomainRegisterRequest().domain("api.example.com")
                .entityType("bucket").entityId("x")).build()))
        .isInstanceOf(BadRequestException.class).hasMessageContaining("only function");
    register(api, projectId, branchId, "api.example.com", "api");

    ListProjectBranchCustomDomainsResponse page1 = list(api, projectId, branchId, null);
    assertThat(page1.getCustomDomains()).extracting(CustomDomain::getDomain).containsExactly("dashboard.example.com");
    ListProjectBranchCustomDomainsResponse page2 = list(api, projectId, branchId, page1.getPagination().getNext());
    assertThat(page2.getCustomDomains()).extracting(CustomDomain::getDomain).containsExactly("api.example.com");
    assertThat(page2.getPagination().getNext()).isNull();

    api.deleteProjectBranchCustomDomain(FunctionsApi.DeleteProjectBranchCustomDomainParams.builder()
        .projectId(projectId).branchId(branchId).domain("DASHBOARD.example.com").build());
    assertThat(list(api, projectId, branchId, null).getCustomDomains()).extracting(CustomDomain::getDomain)
        .containsExactly("api.example.com");
    assertThatThrownBy(() -> api.deleteProjectBranchCustomDomain(FunctionsApi.DeleteProjectBranchCustomDomainParams
        .builder().projectId(projectId).branchId(branchId).domain("dashboard.example.com").build()))
        .isInstanceOf(NotFoundException.class);
  }

  private static CustomDomain register(FunctionsApi api, String projectId, String branchId, String domain, String fn) {
    return api.registerProjectBranchCustomDomain(FunctionsApi.RegisterProjectBranchCustomDomainParams.builder()
        .projectId(projectId).branchId(branchId).customDomainRegisterRequest(new CustomDomainRegisterRequest()
            .domain(domain).entityType("function").entityId(fn)).build());
  }

  private static ListProjectBranchCustomDomainsResponse list(FunctionsApi api, String projectId, String branchId,
      String cursor) {
    return api.listProjectBranchCustomDomains(FunctionsApi.ListProjectBranchCustomDomainsParams.builder()
        .projectId(projectId).branchId(branchId).limit(1L).cursor(cursor).build());
  }
}
