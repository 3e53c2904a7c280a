package dev.neonjava;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.neonjava.generated.model.Branch;
import dev.neonjava.generated.model.Endpoint;
import dev.neonjava.generated.model.EndpointState;
import org.junit.jupiter.api.Test;

class BranchesTest extends WireMockTestBase {
  private static final String BRANCHES = path("/projects/p-1/branches");

  private static String branch(String id, String name, String state) {
    return "{\"id\":\"" + id + "\",\"project_id\":\"p-1\",\"name\":\"" + name + "\",\"current_state\":\"" + state + "\"}";
  }

  private void stubReadyBranch(String id) {
    WM.stubFor(get(urlPathEqualTo(BRANCHES + "/" + id)).willReturn(okJson("{\"branch\":" + branch(id, "pr-42", "ready") + "}")));
    WM.stubFor(get(urlPathEqualTo(BRANCHES + "/" + id + "/endpoints")).willReturn(okJson(
        "{\"endpoints\":[{\"id\":\"ep-1\",\"current_state\":\"active\"}]}")));
  }

  @Test
  void getOrCreateReturnsTheExistingBranch() {
    WM.stubFor(get(urlPathEqualTo(BRANCHES)).willReturn(okJson(
        "{\"branches\":[" + branch("br-0", "pr-42-old", "ready") + "," + branch("br-1", "pr-42", "ready") + "]}")));
    stubReadyBranch("br-1");
    Branch branch = neon().project("p-1").branches().getOrCreate("pr-42");
    assertThat(branch.getId()).isEqualTo("br-1");
    WM.verify(0, postRequestedFor(urlPathEqualTo(BRANCHES)));
  }

  @Test
  void getOrCreateCreatesWithAComputeWhenAbsent() {
    WM.stubFor(get(urlPathEqualTo(BRANCHES)).willReturn(okJson("{\"branches\":[]}")));
    WM.stubFor(post(urlPathEqualTo(BRANCHES)).willReturn(okJson(
        "{\"branch\":" + branch("br-9", "pr-42", "init") + ",\"operations\":[" + op("22222222-2222-2222-2222-222222222222", "finished") + "]}")));
    stubReadyBranch("br-9");
    assertThat(neon().project("p-1").branches().getOrCreate("pr-42").getId()).isEqualTo("br-9");
    WM.verify(postRequestedFor(urlPathEqualTo(BRANCHES))
        .withRequestBody(equalToJson("{\"branch\":{\"name\":\"pr-42\"},\"endpoints\":[{\"type\":\"read_write\"}]}")));
  }

  @Test
  void getOrCreateTreatsAConflictAsSuccess() {
    WM.stubFor(get(urlPathEqualTo(BRANCHES)).inScenario("race").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(okJson("{\"branches\":[]}")));
    WM.stubFor(post(urlPathEqualTo(BRANCHES)).inScenario("race").willSetStateTo("created-by-other-job")
        .willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/json")
            .withBody("{\"code\":\"\",\"message\":\"branch already exists\"}")));
    WM.stubFor(get(urlPathEqualTo(BRANCHES)).inScenario("race").whenScenarioStateIs("created-by-other-job")
        .willReturn(okJson("{\"branches\":[" + branch("br-7", "pr-42", "ready") + "]}")));
    stubReadyBranch("br-7");
    assertThat(neon().project("p-1").branches().getOrCreate("pr-42").getId()).isEqualTo("br-7");
  }

  @Test
  void waitUntilReadyWaitsForTheBranchAndItsCompute() {
    String url = BRANCHES + "/br-1";
    WM.stubFor(get(urlPathEqualTo(url)).inScenario("b").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("ready")
        .willReturn(okJson("{\"branch\":" + branch("br-1", "x", "init") + "}")));
    WM.stubFor(get(urlPathEqualTo(url)).inScenario("b").whenScenarioStateIs("ready")
        .willReturn(okJson("{\"branch\":" + branch("br-1", "x", "ready") + "}")));
    WM.stubFor(get(urlPathEqualTo(url + "/endpoints")).inScenario("e").whenScenarioStateIs(Scenario.STARTED)
        .willSetStateTo("2").willReturn(okJson("{\"endpoints\":[{\"id\":\"ep-1\",\"current_state\":\"init\"}]}")));
    WM.stubFor(get(urlPathEqualTo(url + "/endpoints")).inScenario("e").whenScenarioStateIs("2")
        .willSetStateTo("3").willReturn(okJson("{\"endpoints\":[{\"id\":\"ep-1\",\"current_state\":\"init\"}]}")));
    WM.stubFor(get(urlPathEqualTo(url + "/endpoints")).inScenario("e").whenScenarioStateIs("3")
        .willReturn(okJson("{\"endpoints\":[{\"id\":\"ep-1\",\"current_state\":\"active\"}]}")));

    assertThat(neon().project("p-1").branch("br-1").waitUntilReady().getCurrentState()).isEqualTo("ready");
    WM.verify(3, com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlPathEqualTo(url + "/endpoints")));
    assertThat(time.sleeps).hasSize(2);
  }

  @Test
  void endpointStateWait() {
    String url = path("/projects/p-1/endpoints/ep-1");
    WM.stubFor(get(urlPathEqualTo(url)).inScenario("s").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("up")
        .willReturn(okJson("{\"endpoint\":{\"id\":\"ep-1\",\"current_state\":\"idle\"}}")));
    WM.stubFor(get(urlPathEqualTo(url)).inScenario("s").whenScenarioStateIs("up")
        .willReturn(okJson("{\"endpoint\":{\"id\":\"ep-1\",\"current_state\":\"active\"}}")));
    Endpoint endpoint = neon().project("p-1").endpoints().waitForState("ep-1", EndpointState.ACTIVE);
    assertThat(endpoint.getCurrentState()).isEqualTo(EndpointState.ACTIVE);
    WM.verify(2, com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlPathEqualTo(url)));
  }

  @Test
  void deletingWhatIsAlreadyGoneIsFine() {
    WM.stubFor(com.github.tomakehurst.wiremock.client.WireMock.delete(urlPathEqualTo(path("/projects/p-1/branches/br-gone")))
        .willReturn(aResponse().withStatus(204)));
    WM.stubFor(com.github.tomakehurst.wiremock.client.WireMock.delete(urlPathEqualTo(path("/projects/p-1/endpoints/ep-gone")))
        .willReturn(aResponse().withStatus(204)));
    assertThat(neon().project("p-1").branches().delete("br-gone")).isEmpty();
    assertThat(neon().project("p-1").endpoints().delete("ep-gone")).isEmpty();
    assertThat(neon().project("p-1").branches().deleteIfExists("br-gone")).isFalse();
    assertThat(neon().project("p-1").endpoints().deleteIfExists("ep-gone")).isFalse();
  }

  @Test
  void aDeleteThatAnswers200WithoutABodyIsADecodingError() {
    WM.stubFor(com.github.tomakehurst.wiremock.client.WireMock.delete(urlPathEqualTo(path("/projects/p-1/branches/br-1")))
        .willReturn(aResponse().withStatus(200)));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> neon().project("p-1").branches().delete("br-1"))
        .isInstanceOf(dev.neonjava.runtime.ResponseDecodingException.class)
        .hasMessageContaining("deleteProjectBranch returned HTTP 200 with no body");
  }

  @Test
  void searchIsSentWhenFindingByName() {
    WM.stubFor(get(urlPathEqualTo(BRANCHES)).willReturn(okJson("{\"branches\":[]}")));
    assertThat(neon().project("p-1").branches().findByName("feature x")).isEmpty();
    WM.verify(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlPathEqualTo(BRANCHES))
        .withQueryParam("search", equalTo("feature x")));
  }
}
