package dev.neonjava.it;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import dev.neonjava.generated.api.ProjectApi;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract check itself: it must report a wrong request and a wrong response. */
class ContractCheckTest extends WireMockContractTest {

  @Test
  void aResponseThatBreaksTheSchemaIsReported() {
    checkContract = false;
    JsonObject project = Fixtures.projectDetails("p-1", "x");
    project.addProperty("store_passwords", "yes"); // boolean in the spec
    project.remove("region_id"); // required in the spec
    WM.stubFor(get(urlPathEqualTo(path("/projects/p-1"))).willReturn(okJson(Fixtures.wrap("project", project).toString())));

    // the client is lenient: it decodes what it can
    new ProjectApi(client()).getProject(ProjectApi.GetProjectParams.builder().projectId("p-1").build());

    List<String> violations = SpecContract.violations(WM.getAllServeEvents());
    assertThat(violations).anySatisfy(v -> assertThat(v).contains("GET /api/v2/projects/p-1").contains("store_passwords"));
    assertThat(violations).anySatisfy(v -> assertThat(v).contains("region_id"));
  }

  @Test
  void aRequestThatBreaksTheSpecIsReported() throws Exception {
    checkContract = false;
    WM.stubFor(get(urlPathEqualTo(path("/projects"))).willReturn(okJson("{\"projects\":[]}")));

    // a hand-made request: limit above the spec's maximum of 400
    HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(WM.baseUrl() + path("/projects?limit=5000"))).build(),
        HttpResponse.BodyHandlers.discarding());

    List<String> violations = SpecContract.violations(WM.getAllServeEvents());
    assertThat(violations).anySatisfy(v -> assertThat(v).contains("maximum: 400, found: 5000"));
  }

  @Test
  void aConformingExchangeHasNoViolation() {
    WM.stubFor(get(urlPathEqualTo(path("/projects/p-1"))).willReturn(
        okJson(Fixtures.wrap("project", Fixtures.projectDetails("p-1", "x")).toString())));
    new ProjectApi(client()).getProject(ProjectApi.GetProjectParams.builder().projectId("p-1").build());
    assertThat(SpecContract.violations(WM.getAllServeEvents())).isEmpty();
  }
}
