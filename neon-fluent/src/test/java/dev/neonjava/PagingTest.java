package dev.neonjava;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.neonjava.generated.model.Branch;
import dev.neonjava.generated.model.ListProjectsResponse;
import dev.neonjava.generated.model.ProjectListItem;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PagingTest extends WireMockTestBase {

  private static String projects(int from, int count, String cursor) {
    String items = java.util.stream.IntStream.range(from, from + count)
        .mapToObj(i -> "{\"id\":\"p-" + i + "\",\"name\":\"n" + i + "\"}").collect(Collectors.joining(","));
    return "{\"projects\":[" + items + "]" + (cursor == null ? "" : ",\"pagination\":{\"cursor\":\"" + cursor + "\"}") + "}";
  }

  @Test
  void projectsArePagedByCursorAcrossThreePages() {
    WM.stubFor(get(urlPathEqualTo(path("/projects"))).withQueryParam("cursor", absent())
        .willReturn(okJson(projects(0, 2, "c1"))));
    WM.stubFor(get(urlPathEqualTo(path("/projects"))).withQueryParam("cursor", equalTo("c1"))
        .willReturn(okJson(projects(2, 2, "c2"))));
    WM.stubFor(get(urlPathEqualTo(path("/projects"))).withQueryParam("cursor", equalTo("c2"))
        .willReturn(okJson(projects(4, 1, "c3")))); // short page: the last, although a cursor came back

    List<String> ids = neon().projects().list(p -> p.limit(2L).search("n")).stream()
        .map(ProjectListItem::getId).collect(Collectors.toList());

    assertThat(ids).containsExactly("p-0", "p-1", "p-2", "p-3", "p-4");
    WM.verify(3, getRequestedFor(urlPathEqualTo(path("/projects"))).withQueryParam("limit", equalTo("2"))
        .withQueryParam("search", equalTo("n")));

    List<ProjectListItem> all = neon().projects().list(p -> p.limit(2L).search("n")).toList();
    assertThat(all).extracting(ProjectListItem::getId).containsExactly("p-0", "p-1", "p-2", "p-3", "p-4");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> all.add(null))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void pagingIsLazy() {
    WM.stubFor(get(urlPathEqualTo(path("/projects"))).withQueryParam("cursor", absent())
        .willReturn(okJson(projects(0, 2, "c1"))));
    ProjectListItem first = neon().projects().list(p -> p.limit(2L)).iterator().next();
    assertThat(first.getId()).isEqualTo("p-0");
    WM.verify(1, getRequestedFor(urlPathEqualTo(path("/projects"))));
  }

  @Test
  void aRepeatedCursorOrAnEmptyPageEndsTheIteration() {
    WM.stubFor(get(urlPathEqualTo(path("/projects"))).withQueryParam("cursor", absent())
        .willReturn(okJson(projects(0, 2, "same"))));
    WM.stubFor(get(urlPathEqualTo(path("/projects"))).withQueryParam("cursor", equalTo("same"))
        .willReturn(okJson(projects(2, 2, "same"))));
    assertThat(neon().projects().list(p -> p.limit(2L)).stream().count()).isEqualTo(4);
    WM.verify(2, getRequestedFor(urlPathEqualTo(path("/projects"))));

    WM.resetAll();
    WM.stubFor(get(urlPathEqualTo(path("/projects"))).withQueryParam("cursor", absent())
        .willReturn(okJson(projects(0, 2, "c1"))));
    WM.stubFor(get(urlPathEqualTo(path("/projects"))).withQueryParam("cursor", equalTo("c1"))
        .willReturn(okJson(projects(0, 0, "c2"))));
    assertThat(neon().projects().list(p -> p.limit(2L)).stream().count()).isEqualTo(2);
    WM.verify(2, getRequestedFor(urlPathEqualTo(path("/projects"))));
  }

  @Test
  void partialResultsAreVisibleOnThePages() {
    WM.stubFor(get(urlPathEqualTo(path("/projects"))).willReturn(okJson(
        "{\"projects\":[{\"id\":\"p-0\"}],\"unavailable_project_ids\":[\"p-slow\"]}")));
    List<ListProjectsResponse> pages = new java.util.ArrayList<>();
    neon().projects().list(p -> p.timeout(100L)).pages().forEach(pages::add);
    assertThat(pages).hasSize(1);
    assertThat(pages.get(0).getUnavailableProjectIds()).containsExactly("p-slow");
  }

  private static String branches(int from, int count, String next) {
    String items = java.util.stream.IntStream.range(from, from + count)
        .mapToObj(i -> "{\"id\":\"br-" + i + "\",\"name\":\"b" + i + "\"}").collect(Collectors.joining(","));
    return "{\"branches\":[" + items + "],\"pagination\":{" + (next == null ? "" : "\"next\":\"" + next + "\",")
        + "\"sort_by\":\"updated_at\",\"sort_order\":\"desc\"}}";
  }

  @Test
  void branchesArePagedByNextAcrossThreePages() {
    String url = path("/projects/p-1/branches");
    WM.stubFor(get(urlPathEqualTo(url)).withQueryParam("cursor", absent()).willReturn(okJson(branches(0, 3, "n1"))));
    WM.stubFor(get(urlPathEqualTo(url)).withQueryParam("cursor", equalTo("n1")).willReturn(okJson(branches(3, 3, "n2"))));
    WM.stubFor(get(urlPathEqualTo(url)).withQueryParam("cursor", equalTo("n2")).willReturn(okJson(branches(6, 2, null))));

    List<String> ids = neon().project("p-1").branches().list(b -> b.limit(3L).sortBy("updated_at")).stream()
        .map(Branch::getId).collect(Collectors.toList());

    assertThat(ids).containsExactly("br-0", "br-1", "br-2", "br-3", "br-4", "br-5", "br-6", "br-7");
    WM.verify(3, getRequestedFor(urlPathEqualTo(url)).withQueryParam("sort_by", equalTo("updated_at")));
  }

  @Test
  void limitsAreCheckedBeforeAnyCall() {
    assertThatThrownBy(() -> neon().projects().list(p -> p.limit(401L)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("limit must be between 1 and 400 but was 401");
    assertThatThrownBy(() -> neon().project("p-1").operations().list(p -> p.limit(0L)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
    WM.verify(0, getRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.anyUrl()));
  }
}
