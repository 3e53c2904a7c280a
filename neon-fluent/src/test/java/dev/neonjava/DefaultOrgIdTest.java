package dev.neonjava;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
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

import dev.neonjava.generated.model.ProjectCreateRequest;
import dev.neonjava.generated.model.ProjectCreateRequestProject;
import org.junit.jupiter.api.Test;

/** {@code NeonBuilder.orgId(..)}: the organization used where a call takes an optional org_id and sets none. */
class DefaultOrgIdTest extends WireMockTestBase {
  private static final String ORG = "org-default-12345678";

  @Test
  void listingProjectsAndRegionsSendsTheDefaultUnlessTheCallSetsOne() {
    WM.stubFor(get(urlPathEqualTo(path("/projects"))).willReturn(okJson("{\"projects\":[]}")));
    WM.stubFor(get(urlPathEqualTo(path("/regions"))).willReturn(okJson("{\"regions\":[]}")));
    Neon neon = builder().orgId(ORG).build();

    assertThat(neon.projects().list().toList()).isEmpty();
    assertThat(neon.projects().list(p -> p.orgId("org-other-87654321")).toList()).isEmpty();
    assertThat(neon.regions().list()).isEmpty();
    assertThat(neon().projects().list().toList()).isEmpty();

    WM.verify(1, getRequestedFor(urlPathEqualTo(path("/projects"))).withQueryParam("org_id", equalTo(ORG)));
    WM.verify(1, getRequestedFor(urlPathEqualTo(path("/projects")))
        .withQueryParam("org_id", equalTo("org-other-87654321")));
    WM.verify(1, getRequestedFor(urlPathEqualTo(path("/projects"))).withQueryParam("org_id", absent()));
    WM.verify(1, getRequestedFor(urlPathEqualTo(path("/regions"))).withQueryParam("org_id", equalTo(ORG)));
  }

  @Test
  void creatingAProjectFillsAnUnsetOrgIdWithoutChangingTheCallersRequest() {
    WM.stubFor(post(urlPathEqualTo(path("/projects")))
        .willReturn(okJson("{\"project\":{\"id\":\"p-1\"},\"operations\":[]}")));
    Neon neon = builder().orgId(ORG).build();

    neon.projects().create(p -> p.name("a"));
    ProjectCreateRequest mine = new ProjectCreateRequest().project(new ProjectCreateRequestProject().name("b"));
    neon.projects().create(mine).await();
    neon.projects().create(p -> p.name("c").orgId("org-other-87654321"));

    assertThat(mine.getProject().getOrgId()).isNull();
    WM.verify(postRequestedFor(urlPathEqualTo(path("/projects")))
        .withRequestBody(equalToJson("{\"project\":{\"name\":\"a\",\"org_id\":\"" + ORG + "\"}}")));
    WM.verify(postRequestedFor(urlPathEqualTo(path("/projects")))
        .withRequestBody(equalToJson("{\"project\":{\"name\":\"b\",\"org_id\":\"" + ORG + "\"}}")));
    WM.verify(postRequestedFor(urlPathEqualTo(path("/projects")))
        .withRequestBody(equalToJson("{\"project\":{\"name\":\"c\",\"org_id\":\"org-other-87654321\"}}")));
  }

  @Test
  void aMalformedDefaultIsRejectedByName() {
    assertThatThrownBy(() -> builder().orgId("Org With Spaces")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("orgId");
    assertThat(builder().orgId(ORG).build().toString()).contains(ORG);
    assertThat(builder().orgId(ORG).build().withOptions(b -> b.orgId(null)).toString()).contains("orgId=null");
  }
}
