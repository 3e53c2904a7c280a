package dev.neonjava.resources;

import static dev.neonjava.resources.Calls.async;
import static dev.neonjava.resources.Calls.member;

import dev.neonjava.generated.api.ProjectApi;
import dev.neonjava.generated.api.ProjectApi.GetAvailablePreloadLibrariesParams;
import dev.neonjava.generated.model.AvailablePreloadLibraries;
import dev.neonjava.generated.model.AvailablePreloadLibrary;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.wait.OperationWaiter;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The libraries one project's computes can load at start ({@code shared_preload_libraries}). */
public final class PreloadLibraries extends Resource<PreloadLibraries> {
  private final ProjectApi api;
  private final String projectId;

  /**
   * Creates this resource over a low-level client; applications get it from {@link dev.neonjava.Neon}.
   * @param client the low-level client
   * @param waiter waits for operations
   * @param projectId the project id
   */
  public PreloadLibraries(ApiClient client, OperationWaiter waiter, String projectId) {
    super(client, waiter);
    this.api = new ProjectApi(client);
    this.projectId = Validation.id(projectId, "project_id");
  }

  @Override
  protected PreloadLibraries rebind(ApiClient client) {
    return new PreloadLibraries(client, waiter, projectId);
  }

  /**
   * Returns the libraries available to the project.
   * @return the libraries, with their versions and descriptions
   */
  @CallsOperation("getAvailablePreloadLibraries")
  public List<AvailablePreloadLibrary> list() {
    return member(api.getAvailablePreloadLibraries(params()), AvailablePreloadLibraries::getLibraries,
        "getAvailablePreloadLibraries", "libraries");
  }

  /**
   * Asynchronous {@link #list()}.
   * @return the pending list
   */
  public CompletableFuture<List<AvailablePreloadLibrary>> listAsync() {
    return async(() -> api.getAvailablePreloadLibrariesAsync(params())).thenApply(r -> member(r,
        AvailablePreloadLibraries::getLibraries, "getAvailablePreloadLibraries", "libraries"));
  }

  private GetAvailablePreloadLibrariesParams params() {
    return GetAvailablePreloadLibrariesParams.builder().projectId(projectId).build();
  }
}
