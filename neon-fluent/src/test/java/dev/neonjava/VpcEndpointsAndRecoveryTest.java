package dev.neonjava;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.neonjava.generated.model.Branch;
import dev.neonjava.generated.model.ProjectRecoverResponse;
import dev.neonjava.generated.model.VPCEndpoint;
import dev.neonjava.generated.model.VPCEndpointWithRegion;
import dev.neonjava.resources.OrganizationVpcEndpoints;
import dev.neonjava.resources.ProjectVpcEndpoints;
import org.junit.jupiter.api.Test;

/** VPC endpoints (project and organization) and project recovery: what the emulator does not model. */
class VpcEndpointsAndRecoveryTest extends WireMockTestBase {
  private static final String VPCE = "vpce-0123456789abcdef0";
  private static final String NOT_FOUND = "{\"code\":\"\",\"message\":\"not found\"}";

  @Test
  void aProjectIsRestrictedToAVpcEndpointAndReleased() {
    String item = path("/projects/p-1/vpc_endpoints/" + VPCE);
    WM.stubFor(post(urlPathEqualTo(item)).willReturn(aResponse().withStatus(200)));
    WM.stubFor(get(urlPathEqualTo(path("/projects/p-1/vpc_endpoints")))
        .willReturn(okJson("{\"endpoints\":[{\"vpc_endpoint_id\":\"" + VPCE + "\",\"label\":\"office\"}]}")));
    WM.stubFor(delete(urlPathEqualTo(item)).willReturn(aResponse().withStatus(200)));
    ProjectVpcEndpoints vpc = neon().project("p-1").vpcEndpoints();

    vpc.assign(VPCE, a -> a.label("office"));
    assertThat(vpc.list()).extracting(VPCEndpoint::getLabel).containsExactly("office");
    assertThat(vpc.deleteIfExists(VPCE)).isTrue();

    WM.verify(postRequestedFor(urlPathEqualTo(item)).withRequestBody(equalToJson("{\"label\":\"office\"}")));
    WM.verify(1, deleteRequestedFor(urlPathEqualTo(item)));
    WM.stubFor(delete(urlPathEqualTo(item)).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json").withBody(NOT_FOUND)));
    assertThat(vpc.deleteIfExists(VPCE)).isFalse();
    assertThat(vpc.assignAsync("bad id", new dev.neonjava.generated.model.VPCEndpointAssignment()))
        .isCompletedExceptionally();
  }

  @Test
  void anOrganizationsVpcEndpointsAreManagedPerRegion() {
    String base = path("/organizations/org-a/vpc");
    String item = base + "/region/aws-us-east-2/vpc_endpoints/" + VPCE;
    WM.stubFor(post(urlPathEqualTo(item)).willReturn(aResponse().withStatus(200)));
    WM.stubFor(get(urlPathEqualTo(base + "/vpc_endpoints")).willReturn(okJson(
        "{\"endpoints\":[{\"vpc_endpoint_id\":\"" + VPCE + "\",\"label\":\"office\",\"region_id\":\"aws-us-east-2\"}]}")));
    WM.stubFor(get(urlPathEqualTo(base + "/region/aws-us-east-2/vpc_endpoints"))
        .willReturn(okJson("{\"endpoints\":[{\"vpc_endpoint_id\":\"" + VPCE + "\",\"label\":\"office\"}]}")));
    WM.stubFor(get(urlPathEqualTo(item)).willReturn(okJson("{\"vpc_endpoint_id\":\"" + VPCE
        + "\",\"label\":\"office\",\"state\":\"accepted\",\"num_restricted_projects\":2,"
        + "\"example_restricted_projects\":[\"p-1\",\"p-2\"]}")));
    WM.stubFor(delete(urlPathEqualTo(item)).willReturn(aResponse().withStatus(200)));
    OrganizationVpcEndpoints vpc = neon().organization("org-a").vpcEndpoints();

    vpc.assign("aws-us-east-2", VPCE, a -> a.label("office"));
    assertThat(vpc.list()).extracting(VPCEndpointWithRegion::getRegionId).containsExactly("aws-us-east-2");
    assertThat(vpc.list("aws-us-east-2")).extracting(VPCEndpoint::getVpcEndpointId).containsExactly(VPCE);
    assertThat(vpc.get("aws-us-east-2", VPCE).getNumRestrictedProjects()).isEqualTo(2L);
    vpc.delete("aws-us-east-2", VPCE);

    WM.verify(postRequestedFor(urlPathEqualTo(item)).withRequestBody(equalToJson("{\"label\":\"office\"}")));
    WM.verify(1, deleteRequestedFor(urlPathEqualTo(item)));
    assertThatThrownBy(() -> vpc.get("aws-us-east-2", "../x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("vpc_endpoint_id");
  }

  @Test
  @SuppressWarnings("deprecation")
  void aDeletedProjectIsRecoveredOrRestored() {
    WM.stubFor(post(urlPathEqualTo(path("/projects/p-1/recover"))).willReturn(okJson(
        "{\"project\":{\"id\":\"p-1\",\"name\":\"back\"},\"branches\":[{\"id\":\"br-1\",\"name\":\"main\"}]}")));
    WM.stubFor(post(urlPathEqualTo(path("/projects/p-1/restore")))
        .willReturn(okJson("{\"project\":{\"id\":\"p-1\",\"name\":\"back\"}}")));

    ProjectRecoverResponse recovered = neon().project("p-1").recover();
    assertThat(recovered.getProject().getName()).isEqualTo("back");
    assertThat(recovered.getBranches()).extracting(Branch::getId).containsExactly("br-1");
    assertThat(neon().project("p-1").restore().getName()).isEqualTo("back");
    assertThat(neon().project("p-1").recoverAsync().join().getProject().getId()).isEqualTo("p-1");

    WM.stubFor(post(urlPathEqualTo(path("/projects/p-1/restore"))).willReturn(okJson("{}")));
    assertThatThrownBy(() -> neon().project("p-1").restore())
        .isInstanceOf(dev.neonjava.runtime.ResponseDecodingException.class).hasMessageContaining("project");
  }

  @Test
  void aDeleteThatIsAlreadyGoneIsFalseForCleanUpCode() {
    WM.stubFor(delete(urlPathEqualTo(path("/projects/p-1"))).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json").withBody(NOT_FOUND)));
    assertThat(neon().project("p-1").deleteIfExists()).isFalse();
    WM.stubFor(delete(urlPathEqualTo(path("/projects/p-1"))).willReturn(okJson("{\"project\":{\"id\":\"p-1\"}}")));
    assertThat(neon().project("p-1").deleteIfExists()).isTrue();
    assertThat(neon().project("p-1").deleteAsync().join().getId()).isEqualTo("p-1");
    WM.verify(3, deleteRequestedFor(anyUrl()));
  }
}
