package dev.neonjava.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neonjava.runtime.ApiClient;
import org.junit.jupiter.api.Test;

// snippet:readme
@NeonEmulatorTest
class ReadmeExampleTest {
  @Test
  void aRerunFindsTheBranchItCreated(NeonEmulator neon, ApiClient client) {
    String projectId = neon.seedProject("shop").getId();
    PreviewBranches previews = new PreviewBranches(client); // your code, on the generated client
    neon.inject("createProjectBranch", Fault.status(503));  // Neon hiccups once

    previews.ensure(projectId, "pr-42");
    previews.ensure(projectId, "pr-42");                    // the CI job runs again

    assertThat(neon.branches(projectId)).filteredOn(b -> b.getName().equals("pr-42")).hasSize(1);
    assertThat(neon.requests()).extracting(RecordedRequest::status).containsExactly(503, 201, 409);
  }
}
// end:readme
