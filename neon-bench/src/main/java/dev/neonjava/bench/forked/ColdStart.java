package dev.neonjava.bench.forked;

import dev.neonjava.generated.api.ProjectApi;
import dev.neonjava.generated.model.Project;
import java.net.URI;

/**
 * Run in a fresh JVM: build one client and decode one project, then print {@code COLD <micros in main>}.
 * The parent measures process start to that line.
 */
public final class ColdStart {
  private ColdStart() {
  }

  /**
   * @param args contender (raw, generated, fluent) and the base URI
   */
  public static void main(String[] args) {
    long start = System.nanoTime();
    URI base = URI.create(args[1]);
    Project project;
    switch (args[0]) {
      case "raw":
        project = Contenders.raw(base).getProject("cold-start-1");
        break;
      case "generated":
        project = new ProjectApi(Contenders.generated(base))
            .getProject(ProjectApi.GetProjectParams.builder().projectId("cold-start-1").build()).getProject();
        break;
      case "fluent":
        project = Contenders.fluent(base).projects().get("cold-start-1");
        break;
      default:
        throw new IllegalArgumentException(args[0]);
    }
    if (project == null || project.getId() == null || project.getCreatedAt() == null) {
      throw new IllegalStateException("not decoded");
    }
    System.out.println("COLD " + (System.nanoTime() - start) / 1000);
    System.out.flush();
    System.exit(0);
  }
}
