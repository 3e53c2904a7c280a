package dev.neonjava;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.neonjava.generated.model.MemberWithUser;
import dev.neonjava.generated.model.ProjectListItem;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The {@code listAsync} forms of paged lists: every page without blocking, with the paginator's stop rules. */
class AsyncPagingTest extends WireMockTestBase {

  private static String projects(int from, int count, String cursor) {
    String items = java.util.stream.IntStream.range(from, from + count)
        .mapToObj(i -> "{\"id\":\"p-" + i + "\"}").collect(Collectors.joining(","));
    return "{\"projects\":[" + items + "],\"pagination\":{\"cursor\":\"" + cursor + "\"}}";
  }

  @Test
  void everyPageIsFetchedAndAShortPageEndsTheList() {
    WM.stubFor(get(urlPathEqualTo(path("/projects"))).withQueryParam("cursor", absent())
        .willReturn(okJson(projects(0, 2, "c1"))));
    WM.stubFor(get(urlPathEqualTo(path("/projects"))).withQueryParam("cursor", equalTo("c1"))
        .willReturn(okJson(projects(2, 1, "c2"))));

    List<ProjectListItem> all = neon().projects().listAsync(p -> p.limit(2L).search("n")).join();

    assertThat(all).extracting(ProjectListItem::getId).containsExactly("p-0", "p-1", "p-2");
    WM.verify(2, getRequestedFor(urlPathEqualTo(path("/projects"))).withQueryParam("search", equalTo("n")));
  }

  @Test
  void aRepeatedCursorEndsTheListAndBadInputIsAFailedFuture() {
    WM.stubFor(get(urlPathEqualTo(path("/organizations/org-a/members")))
        .willReturn(okJson("{\"members\":[{\"member\":{\"id\":\"6f1c4b5e-3f0a-4a2b-9d7e-1c2b3a4d5e6f\","
            + "\"user_id\":\"6f1c4b5e-3f0a-4a2b-9d7e-1c2b3a4d5e60\",\"org_id\":\"org-a\",\"role\":\"admin\"},"
            + "\"user\":{\"email\":\"a@example.com\"}}],\"pagination\":{\"next\":\"same\"}}")));

    List<MemberWithUser> members = neon().organization("org-a").members().listAsync(p -> { }).join();

    assertThat(members).hasSize(2); // first page, then the page after "same", whose cursor repeats
    WM.verify(2, getRequestedFor(urlPathEqualTo(path("/organizations/org-a/members"))));
    CompletableFuture<List<ProjectListItem>> bad = neon().projects().listAsync(p -> p.limit(0L));
    assertThat(bad).isCompletedExceptionally();
    assertThat(neon().projects().listAsync(null)).isCompletedExceptionally();
  }
}
