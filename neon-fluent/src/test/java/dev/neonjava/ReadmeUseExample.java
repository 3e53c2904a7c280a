package dev.neonjava;

import dev.neonjava.connect.ConnectionInfo;
import dev.neonjava.generated.model.Branch;
import dev.neonjava.generated.model.BranchCreateRequestBranch;
import dev.neonjava.generated.model.CreateProjectResponse;
import dev.neonjava.generated.model.ProjectListItem;
import dev.neonjava.resources.Branches;
import dev.neonjava.runtime.LockedException;
import dev.neonjava.runtime.NotFoundException;

/** The README's "Use" section, compiled by the build; {@link ReadmeTest} keeps the two identical. */
final class ReadmeUseExample {
  private ReadmeUseExample() {
  }

  static void use() {
    // snippet:use
    Neon neon = Neon.builder().build(); // API key from NEON_API_KEY; or .apiKey(..)

    CreateProjectResponse created = neon.projects().createAndWait(p -> p.name("demo").regionId("aws-us-east-2"));
    String projectId = created.getProject().getId();

    Branch branch = neon.project(projectId).branches().createAndWait(b -> b
        .branch(new BranchCreateRequestBranch().name("pr-42"))
        .addEndpointsItem(Branches.readWrite())).getBranch();
    Branch ci = neon.project(projectId).branches().getOrCreate("pr-43"); // idempotent: safe on CI reruns

    for (ProjectListItem project : neon.projects().list()) { // pages fetched lazily, 400 at a time
      System.out.println(project.getId() + " " + project.getName());
    }

    try {
      neon.projects().get("no-such-project");
    } catch (NotFoundException e) {
      System.out.println(e.statusCode() + " " + e.errorMessage() + " " + e.requestId().orElse("-"));
    } catch (LockedException e) { // 423: already retried with backoff before it reaches you
      System.out.println("still locked after " + e.attempts() + " attempts");
    }

    ConnectionInfo db = neon.project(projectId).connectionInfo(c -> c
        .branchId(branch.getId()).databaseName("neondb").roleName("neondb_owner"));
    // DriverManager.getConnection(db.jdbcUrl(), db.properties()); db.toString() hides the password
    // end:use
    System.out.println(ci.getId() + db);
  }
}
