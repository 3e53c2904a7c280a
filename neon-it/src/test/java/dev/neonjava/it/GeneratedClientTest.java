package dev.neonjava.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import dev.neonjava.generated.api.OperationApi;
import dev.neonjava.generated.api.ProjectApi;
import dev.neonjava.generated.model.ListProjectsResponse;
import dev.neonjava.generated.model.Operation;
import dev.neonjava.generated.model.OperationStatus;
import dev.neonjava.generated.model.UpdateProjectResponse;
import dev.neonjava.generated.model.ProjectUpdateRequest;
import dev.neonjava.generated.model.ProjectUpdateRequestProject;
import dev.neonjava.runtime.NotFoundException;
import dev.neonjava.runtime.ServerException;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** Generated operations called end to end over loopback; every exchange checked against spec/. */
class GeneratedClientTest extends WireMockContractTest {

  @Test
  void listProjectsSendsQueryAndDecodesThePage() {
    JsonObject page = new JsonObject();
    page.add("projects", Fixtures.array(Fixtures.listItem("p-1", "one"), Fixtures.listItem("p-2", "two")));
    page.add("pagination", new JsonObject());
    page.getAsJsonObject("pagination").addProperty("cursor", "p-2");
    page.add("applications", new JsonObject());
    page.add("integrations", new JsonObject());
    WM.stubFor(get(urlPathEqualTo(path("/projects"))).willReturn(okJson(page.toString())));

    ListProjectsResponse response = new ProjectApi(client()).listProjects(
        ProjectApi.ListProjectsParams.builder().limit(2L).search("o n").build());

    assertThat(response.getProjects()).extracting(p -> p.getId()).containsExactly("p-1", "p-2");
    assertThat(response.getPagination().getCursor()).isEqualTo("p-2");
    WM.verify(getRequestedFor(urlPathEqualTo(path("/projects")))
        .withQueryParam("limit", equalTo("2"))
        .withQueryParam("search", equalTo("o n"))
        .withHeader("Authorization", equalTo("Bearer " + API_KEY))
        .withHeader("Accept", equalTo("application/json")));
  }

  @Test
  void updateProjectSendsOnlyWhatWasSet() {
    WM.stubFor(com.github.tomakehurst.wiremock.client.WireMock.patch(urlPathEqualTo(path("/projects/p-1")))
        .willReturn(okJson(withOperations(Fixtures.wrap("project", Fixtures.projectDetails("p-1", "renamed"))).toString())));

    UpdateProjectResponse updated = new ProjectApi(client()).updateProject(ProjectApi.UpdateProjectParams.builder()
        .projectId("p-1")
        .projectUpdateRequest(new ProjectUpdateRequest().project(new ProjectUpdateRequestProject().name("renamed")))
        .build());

    assertThat(updated.getProject().getName()).isEqualTo("renamed");
    WM.verify(com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor(urlPathEqualTo(path("/projects/p-1")))
        .withHeader("Content-Type", equalTo("application/json"))
        .withRequestBody(equalToJson("{\"project\":{\"name\":\"renamed\"}}")));
  }

  @Test
  void asyncVariantCompletesWithTheDecodedBody() {
    String id = UUID.randomUUID().toString();
    WM.stubFor(get(urlPathEqualTo(path("/projects/p-1/operations/" + id))).willReturn(okJson(
        Fixtures.wrap("operation", Fixtures.operation(id, "p-1", "create_branch", "finished")).toString())));

    Operation op = new OperationApi(client()).getProjectOperationAsync(OperationApi.GetProjectOperationParams.builder()
        .projectId("p-1").operationId(UUID.fromString(id)).build()).join().getOperation();

    assertThat(op.getStatus()).isSameAs(OperationStatus.FINISHED);
    assertThat(op.getId()).isEqualTo(UUID.fromString(id));
  }

  @Test
  void notFoundCarriesNeonsErrorBody() {
    JsonObject body = Fixtures.error("", "project not found");
    body.addProperty("request_id", "req-42");
    WM.stubFor(get(urlPathEqualTo(path("/projects/missing"))).willReturn(
        aResponse().withStatus(404).withHeader("Content-Type", "application/json").withBody(body.toString())));

    assertThatThrownBy(() -> new ProjectApi(client()).getProject(
        ProjectApi.GetProjectParams.builder().projectId("missing").build()))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(404);
          assertThat(e.errorMessage()).isEqualTo("project not found");
          assertThat(e.requestId()).contains("req-42");
          assertThat(e.operationId()).isEqualTo("getProject");
          assertThat(e.getMessage()).doesNotContain(API_KEY);
        });
  }

  @Test
  void htmlErrorPageFromAProxyStillMapsAsync() {
    checkContract = false; // a proxy's HTML page is outside the API's contract by definition
    WM.stubFor(get(urlPathEqualTo(path("/projects/p-1"))).willReturn(aResponse().withStatus(502)
        .withHeader("Content-Type", "text/html").withBody("<html><title>502 Bad Gateway</title></html>")));

    assertThatThrownBy(() -> new ProjectApi(client()).getProjectAsync(
        ProjectApi.GetProjectParams.builder().projectId("p-1").build()).join())
        .isInstanceOf(CompletionException.class)
        .cause().isInstanceOfSatisfying(ServerException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(502);
          assertThat(e.errorMessage()).contains("502 Bad Gateway");
          assertThat(e.rawBodyText()).contains("<html>");
        });
  }

  @Test
  void pathParametersAreEncodedOnTheWire() {
    WM.stubFor(get(urlPathEqualTo(path("/projects/a%2Fb"))).willReturn(okJson(
        Fixtures.wrap("project", Fixtures.projectDetails("p-1", "x")).toString())));
    checkContract = false; // "a/b" breaks the id pattern on purpose
    new ProjectApi(client()).getProject(ProjectApi.GetProjectParams.builder().projectId("a/b").build());
    WM.verify(getRequestedFor(urlPathEqualTo(path("/projects/a%2Fb"))));
  }

  static JsonObject withOperations(JsonObject body) {
    body.add("operations", new com.google.gson.JsonArray());
    return body;
  }

  @Test
  void postWithoutBodyParametersStillSendsAValidRequest() {
    WM.stubFor(post(urlPathEqualTo(path("/projects/p-1/branches"))).willReturn(aResponse().withStatus(500)
        .withHeader("Content-Type", "application/json").withBody(Fixtures.error("INTERNAL", "boom").toString())));
    assertThatThrownBy(() -> new dev.neonjava.generated.api.BranchApi(client()).createProjectBranch(
        dev.neonjava.generated.api.BranchApi.CreateProjectBranchParams.builder().projectId("p-1").build()))
        .isInstanceOf(ServerException.class).hasMessageContaining("INTERNAL: boom");
    WM.verify(1, postRequestedFor(urlPathEqualTo(path("/projects/p-1/branches"))));
  }
}
