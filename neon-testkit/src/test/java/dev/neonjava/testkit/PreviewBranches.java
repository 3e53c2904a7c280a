package dev.neonjava.testkit;

import dev.neonjava.generated.api.BranchApi;
import dev.neonjava.generated.model.BranchCreateRequestBranch;
import dev.neonjava.generated.model.CreateProjectBranchRequest;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.ConflictException;
import dev.neonjava.runtime.ServerException;

/** "Your code" of the README's example: one branch per pull request, safe on CI reruns. */
final class PreviewBranches {
  private final BranchApi branches;

  PreviewBranches(ApiClient client) {
    this.branches = new BranchApi(client);
  }

  void ensure(String projectId, String name) {
    for (int attempt = 1; ; attempt++) {
      try {
        branches.createProjectBranch(BranchApi.CreateProjectBranchParams.builder().projectId(projectId)
            .createProjectBranchRequest(new CreateProjectBranchRequest()
                .branch(new BranchCreateRequestBranch().name(name))).build());
        return;
      } catch (ConflictException alreadyThere) {
        return;
      } catch (ServerException e) {
        if (e.statusCode() != 503 || attempt == 3) {
          throw e;
        }
      }
    }
  }
}
