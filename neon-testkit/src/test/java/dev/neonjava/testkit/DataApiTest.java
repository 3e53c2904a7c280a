package dev.neonjava.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.neonjava.generated.api.BranchApi;
import dev.neonjava.generated.api.DataApiApi;
import dev.neonjava.generated.model.DataAPICreateRequest;
import dev.neonjava.generated.model.DataAPIReponse;
import dev.neonjava.generated.model.DataAPISettings;
import dev.neonjava.generated.model.DataAPIUpdateRequest;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.BadRequestException;
import dev.neonjava.runtime.ConflictException;
import dev.neonjava.runtime.NotFoundException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Data API of a branch's database: created once, read, updated, deleted, and gone with its database. */
@NeonEmulatorTest
class DataApiTest {

  @Test
  void theDataApiIsCreatedOnceReadUpdatedAndDeleted(NeonEmulator neon, ApiClient client) {
    DataApiApi api = new DataApiApi(client);
    String projectId = neon.seedProject("app").getId();
    String main = neon.branches(projectId).get(0).getId();
    String endpoint = neon.endpoints(projectId).get(0).getId();
    DataApiApi.GetProjectBranchDataAPIParams get = DataApiApi.GetProjectBranchDataAPIParams.builder()
        .projectId(projectId).branchId(main).databaseName("neondb").build();
    assertThatThrownBy(() -> api.getProjectBranchDataAPI(get)).isInstanceOf(NotFoundException.class)
        .hasMessageContaining("the Data API is not enabled for database neondb");
    DataApiApi.CreateProjectBranchDataAPIParams create = DataApiApi.CreateProjectBranchDataAPIParams.builder()
        .projectId(projectId).branchId(main).databaseName("neondb").dataAPICreateRequest(new DataAPICreateRequest()
            .settings(new DataAPISettings().dbSchemas(List.of("public", "api")))).build();

    String url = api.createProjectBranchDataAPI(create).getUrl().toString();

    assertThat(url).isEqualTo("https://" + endpoint + ".apirest.us-east-2.aws.neon.tech/neondb/rest/v1");
    assertThatThrownBy(() -> api.createProjectBranchDataAPI(create)).isInstanceOf(ConflictException.class);
    DataAPIReponse read = api.getProjectBranchDataAPI(get);
    assertThat(read.getUrl().toString()).isEqualTo(url);
    assertThat(read.getStatus()).isEqualTo("ready");
    assertThat(read.getAvailableSchemas()).containsExactly("public", "api");
    assertThat(read.getSettings().getDbAnonRole()).as("the spec's default").isEqualTo("anonymous");

    api.updateProjectBranchDataAPI(DataApiApi.UpdateProjectBranchDataAPIParams.builder().projectId(projectId)
        .branchId(main).databaseName("neondb").dataAPIUpdateRequest(new DataAPIUpdateRequest()
            .settings(new DataAPISettings().dbMaxRows(500L))).build());
    DataAPISettings updated = api.getProjectBranchDataAPI(get).getSettings();
    assertThat(updated.getDbMaxRows()).isEqualTo(500L);
    assertThat(updated.getDbSchemas()).as("merged, not replaced").containsExactly("public", "api");

    api.deleteProjectBranchDataAPI(DataApiApi.DeleteProjectBranchDataAPIParams.builder().projectId(projectId)
        .branchId(main).databaseName("neondb").build());
    assertThatThrownBy(() -> api.getProjectBranchDataAPI(get)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> api.deleteProjectBranchDataAPI(DataApiApi.DeleteProjectBranchDataAPIParams.builder()
        .projectId(projectId).branchId(main).databaseName("neondb").build())).isInstanceOf(NotFoundException.class);
  }

  @Test
  void theDataApiNeedsItsDatabaseAndAJwksUrlForAnExternalProvider(NeonEmulator neon, ApiClient client) {
    DataApiApi api = new DataApiApi(client);
    String projectId = neon.seedProject("app").getId();
    String main = neon.branches(projectId).get(0).getId();
    assertThatThrownBy(() -> api.createProjectBranchDataAPI(DataApiApi.CreateProjectBranchDataAPIParams.builder()
        .projectId(projectId).branchId(main).databaseName("nope").dataAPICreateRequest(new DataAPICreateRequest())
        .build())).isInstanceOf(NotFoundException.class).hasMessageContaining("database nope not found");
    assertThatThrownBy(() -> api.createProjectBranchDataAPI(DataApiApi.CreateProjectBranchDataAPIParams.builder()
        .projectId(projectId).branchId(main).databaseName("neondb").dataAPICreateRequest(new DataAPICreateRequest()
            .authProvider(DataAPICreateRequest.AuthProviderEnum.EXTERNAL)).build()))
        .isInstanceOf(BadRequestException.class).hasMessageContaining("jwks_url is required");

    api.createProjectBranchDataAPI(DataApiApi.CreateProjectBranchDataAPIParams.builder().projectId(projectId)
        .branchId(main).databaseName("neondb").dataAPICreateRequest(new DataAPICreateRequest()).build());
    new BranchApi(client).deleteProjectBranchDatabase(BranchApi.DeleteProjectBranchDatabaseParams.builder()
        .projectId(projectId).branchId(main).databaseName("neondb").build());

    assertThatThrownBy(() -> api.getProjectBranchDataAPI(DataApiApi.GetProjectBranchDataAPIParams.builder()
        .projectId(projectId).branchId(main).databaseName("neondb").build())).isInstanceOf(NotFoundException.class)
        .hasMessageContaining("database neondb not found");
  }
}
