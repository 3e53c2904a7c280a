package dev.neonjava.examples;

import dev.neonjava.Neon;
import dev.neonjava.connect.ConnectionInfo;
import dev.neonjava.generated.model.Branch;
import dev.neonjava.generated.model.BranchCreateRequestBranch;
import dev.neonjava.generated.model.CreateProjectBranchResponse;
import dev.neonjava.generated.model.CreateProjectResponse;
import dev.neonjava.generated.model.ListProjectsResponse;
import dev.neonjava.generated.model.Role;
import dev.neonjava.resources.Branches;
import dev.neonjava.resources.ProjectScope;
import dev.neonjava.runtime.NeonException;
import dev.neonjava.testkit.Databases;
import dev.neonjava.testkit.NeonEmulator;
import dev.neonjava.wait.PollSchedule;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * The walk-through of the README's first command: create a project and wait, create a branch with
 * a compute and wait, list branches, page through projects, get a JDBC URL, delete what was made.
 * Runs against Neon when {@code NEON_API_KEY} is set, else against the embedded emulator. With
 * {@code --databases} it also runs SQL: a table on {@code main} before the branch, then the branch's
 * copy of it (against the emulator, a real local PostgreSQL: {@code Databases.POSTGRES}).
 */
public final class Demo {
  /** The branch the walk-through creates. */
  static final String BRANCH = "pr-42";

  private final Neon neon;
  private final PrintStream out;
  private final String suffix;
  private final boolean sql;

  Demo(Neon neon, PrintStream out, String suffix) {
    this(neon, out, suffix, false);
  }

  Demo(Neon neon, PrintStream out, String suffix, boolean sql) {
    this.neon = neon;
    this.out = out;
    this.suffix = suffix;
    this.sql = sql;
  }

  /**
   * Runs the walk-through; exits with status 1 if a step fails.
   * @param args none, or {@code --databases} to run SQL on the branches too
   */
  public static void main(String[] args) {
    List<String> given = java.util.Arrays.stream(args).filter(a -> !a.isBlank()).collect(Collectors.toList());
    boolean sql = given.contains("--databases");
    if (given.size() > (sql ? 1 : 0)) {
      System.out.println("usage: Demo [--databases]  (--databases: run SQL on main and on the branch)");
      System.exit(2);
    }
    String key = System.getenv(Neon.API_KEY_ENV);
    String suffix = Long.toString(System.currentTimeMillis() % 100_000);
    try {
      if (key != null && !key.isBlank()) {
        System.out.println("neon-java demo: NEON_API_KEY is set, running against the Neon API"
            + " (everything created is deleted)");
        new Demo(Neon.builder().build(), System.out, suffix, sql).run();
      } else {
        System.out.println("neon-java demo: no NEON_API_KEY, running against the embedded Neon emulator"
            + (sql ? " with a local PostgreSQL behind its branches" : ""));
        long start = System.nanoTime();
        try (NeonEmulator emulator = NeonEmulator.builder().operationDelay(Duration.ofMillis(300))
            .databases(sql ? Databases.POSTGRES : Databases.NONE).start()) {
          System.out.printf("- start the emulator ... %s (%d ms)%n", emulator.baseUri(),
              (System.nanoTime() - start) / 1_000_000);
          for (int i = 1; i <= 4; i++) {
            emulator.seedProject("sample-" + i); // something to page through
          }
          new Demo(emulatorClient(emulator), System.out, suffix, sql).run();
        }
      }
    } catch (RuntimeException e) {
      System.out.println("FAILED: " + e);
      System.exit(1);
    }
  }

  static Neon emulatorClient(NeonEmulator emulator) {
    return Neon.builder().baseUrl(emulator.baseUri().toString()).apiKey(emulator.apiKey())
        .pollSchedule(PollSchedule.builder().initialInterval(Duration.ofMillis(100)).build())
        .build();
  }

  /** Runs every step; deletes the project it created even when a step fails. */
  void run() {
    String projectId = null;
    try {
      String projectName = "neon-java-demo-" + suffix;
      CreateProjectResponse created = step("create project " + projectName + " and wait for its operations",
          () -> neon.projects().create(p -> p.name(projectName).regionId("aws-us-east-2")).await(),
          r -> r.getProject().getId() + " in " + r.getProject().getRegionId());
      projectId = created.getProject().getId();
      ProjectScope project = neon.project(projectId);
      Role owner = created.getRoles().get(0);
      String database = created.getDatabases().get(0).getName();
      if (sql) {
        ConnectionInfo main = project.connectionInfo(c -> c.databaseName(database).roleName(owner.getName()));
        step("migrate main: create table orders with 2 rows", () -> DemoSql.migrate(main), version -> "on " + version);
      }

      // the project is new, so the branch's name is free: exactly the name the step prints
      CreateProjectBranchResponse branch = step("create branch " + BRANCH + " with a read-write compute and wait",
          () -> project.branches().create(b -> b.branch(new BranchCreateRequestBranch().name(BRANCH))
              .addEndpointsItem(Branches.readWrite())).await(),
          r -> r.getBranch().getId() + " is " + r.getBranch().getCurrentState() + ", compute "
              + r.getEndpoints().get(0).getId());
      String branchId = branch.getBranch().getId();

      step("get-or-create branch " + BRANCH + " again (a CI rerun)",
          () -> project.branches().getOrCreate(BRANCH), b -> b.getId() + " (the same branch, no second one)");

      step("list branches", () -> project.branches().list().stream().collect(Collectors.toList()),
          branches -> branches.stream().map(Branch::getName).collect(Collectors.joining(", ")));

      step("page through projects, 2 per page", () -> {
        long[] counts = new long[2];
        for (ListProjectsResponse page : neon.projects().list(p -> p.limit(2L)).pages()) {
          counts[0] += page.getProjects() == null ? 0 : page.getProjects().size();
          counts[1]++;
        }
        return counts;
      }, counts -> counts[0] + " project(s) in " + counts[1] + " page(s)");

      step("get a JDBC URL for the branch",
          () -> project.branch(branchId).connectionInfo(database, owner.getName()),
          ConnectionInfo::toString);

      if (sql) {
        ConnectionInfo copy = project.connectionInfo(c -> c.branchId(branchId).databaseName(database)
            .roleName(owner.getName()));
        ConnectionInfo main = project.connectionInfo(c -> c.databaseName(database).roleName(owner.getName()));
        step("query " + BRANCH + ": main's rows, plus one of its own", () -> DemoSql.writeOnBranch(copy, main),
            counts -> counts[0] + " order(s) on " + BRANCH + ", still " + counts[1] + " on main");
      }

      step("delete the branch and wait", () -> project.branches().delete(branchId).map(d -> d.await().getBranch()),
          gone -> gone.map(Branch::getId).orElse("already gone"));
    } finally {
      if (projectId != null) {
        String id = projectId;
        step("delete the project", () -> neon.project(id).delete(), p -> p.getId());
      }
    }
    out.println("done");
  }

  private <T> T step(String what, Callable<T> action, java.util.function.Function<T, String> describe) {
    long start = System.nanoTime();
    out.print("- " + what + " ... ");
    out.flush();
    T result;
    try {
      result = action.call();
    } catch (NeonException e) {
      out.println("failed: " + e.getMessage());
      throw e;
    } catch (Exception e) {
      out.println("failed: " + e);
      throw new IllegalStateException(what + " failed", e);
    }
    out.printf("%s (%d ms)%n", describe.apply(result), (System.nanoTime() - start) / 1_000_000);
    return result;
  }

  static List<String> sqlSteps() {
    return List.of("migrate main: create table orders with 2 rows ... on PostgreSQL",
        "query pr-42: main's rows, plus one of its own ... 3 order(s) on pr-42, still 2 on main");
  }

  static List<String> steps() {
    return List.of("create project neon-java-demo-", "create branch pr-42", "get-or-create branch pr-42", "list branches",
        "page through projects", "get a JDBC URL", "delete the branch", "delete the project");
  }
}
