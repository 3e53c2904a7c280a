package dev.neonjava.it;

import dev.neonjava.generated.api.BranchApi;
import dev.neonjava.generated.api.BucketsApi;
import dev.neonjava.generated.api.FunctionsApi;
import dev.neonjava.generated.model.BranchUpdateRequest;
import dev.neonjava.generated.model.BranchUpdateRequestBranch;
import dev.neonjava.generated.model.Invitation;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.BinaryContent;
import dev.neonjava.runtime.BinaryResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The code of docs/types.md, compiled (TypesDocTest checks that the document shows exactly this). */
final class TypesDocExample {
  private TypesDocExample() {
  }

  static void example(ApiClient client, Invitation invitation) throws IOException {
    // snippet:types
    // clear a branch's expiration: expires_at is sent as JSON null
    new BranchApi(client).updateProjectBranch(BranchApi.UpdateProjectBranchParams.builder()
        .projectId("p-1").branchId("br-1")
        .branchUpdateRequest(new BranchUpdateRequest().branch(new BranchUpdateRequestBranch().clearExpiresAt()))
        .build());

    // upload a function: multipart/form-data, the file streamed from disk
    new FunctionsApi(client).createProjectBranchFunctionDeployment(
        FunctionsApi.CreateProjectBranchFunctionDeploymentParams.builder()
            .projectId("p-1").branchId("br-1").slug("hello")
            .zip(BinaryContent.of(Path.of("function.zip"))).runtime("nodejs24")
            .build());

    // download a bucket object: a stream, closed by try-with-resources
    try (BinaryResponse object = new BucketsApi(client).getProjectBranchBucketObject(
        BucketsApi.GetProjectBranchBucketObjectParams.builder()
            .projectId("p-1").branchId("br-1").bucketName("assets").objectKey("logo.png").build());
        InputStream in = object.body()) {
      Files.copy(in, Path.of("logo.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    // a value that did not fit its format is kept raw
    if (invitation.getInvitedBy() == null && invitation.getAdditionalProperties().containsKey("invited_by")) {
      String raw = invitation.getAdditionalProperties().get("invited_by").getAsString();
    }
    // end:types
  }
}
