package dev.neonjava.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.neonjava.fixture.api.BranchApi;
import dev.neonjava.fixture.model.OperationStatus;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiRequestTest {
  private static final URI BASE = URI.create("https://console.neon.tech/api/v2");

  private static ApiRequest branch(Object projectId, Object branchId) {
    return ApiRequest.builder("getProjectBranch", "GET", "/projects/{project_id}/branches/{branch_id}")
        .pathParam("project_id", projectId).pathParam("branch_id", branchId).build();
  }

  @Test
  void pathParametersAreSubstitutedAndEncoded() {
    assertThat(branch("p-1", "br-2").uri(BASE).toString())
        .isEqualTo("https://console.neon.tech/api/v2/projects/p-1/branches/br-2");
    assertThat(branch("a/b", "x?y#z").path()).isEqualTo("/projects/a%2Fb/branches/x%3Fy%23z");
    assertThat(branch("../admin", "é ").path()).isEqualTo("/projects/..%2Fadmin/branches/%C3%A9%20");
  }

  @Test
  void invalidPathParametersAreRejectedByName() {
    assertThatThrownBy(() -> branch(null, "b")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("project_id is required but was null");
    assertThatThrownBy(() -> branch("p", " ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("branch_id is required but was blank");
    assertThatThrownBy(() -> branch("..", "b")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("project_id must not be '..'");
    assertThatThrownBy(() -> branch(".", "b")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("project_id");
    assertThatThrownBy(() -> ApiRequest.builder("x", "GET", "/projects/{project_id}").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("project_id");
  }

  @Test
  void queryParametersAreEncodedRepeatedAndSkippedWhenNull() {
    ApiRequest request = ApiRequest.builder("listProjects", "GET", "/projects")
        .queryParam("search", "a b&c=d")
        .queryParam("cursor", null)
        .queryParam("limit", 400)
        .queryParam("ids", List.of("x", "y"))
        .queryParam("from", OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC))
        .queryParam("status", OperationStatus.RUNNING)
        .build();
    assertThat(request.query())
        .isEqualTo("search=a%20b%26c%3Dd&limit=400&ids=x&ids=y&from=2024-01-02T03%3A04%3A05Z&status=running");
  }

  @Test
  void unknownEnumValuesAreNotSentInQueries() {
    assertThatThrownBy(() -> ApiRequest.builder("x", "GET", "/x").queryParam("status", OperationStatus.of("new")))
        .isInstanceOf(UnknownEnumValueException.class).hasMessageContaining("status");
  }

  @Test
  void idempotencyFollowsTheMethod() {
    assertThat(ApiRequest.builder("a", "GET", "/a").build().isIdempotent()).isTrue();
    assertThat(ApiRequest.builder("a", "DELETE", "/a").build().isIdempotent()).isTrue();
    assertThat(ApiRequest.builder("a", "PUT", "/a").build().isIdempotent()).isTrue();
    assertThat(ApiRequest.builder("a", "POST", "/a").build().isIdempotent()).isFalse();
    assertThat(ApiRequest.builder("a", "PATCH", "/a").build().isIdempotent()).isFalse();
  }

  @Test
  void generatedRequestBuildersNameMissingRequiredParameters() {
    assertThatThrownBy(() -> BranchApi.GetProjectBranchParams.builder().projectId("p").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("branch_id");
    BranchApi.GetProjectBranchParams request =
        BranchApi.GetProjectBranchParams.builder().projectId("p").branchId("b").build();
    assertThat(request.projectId()).isEqualTo("p");
  }
}
