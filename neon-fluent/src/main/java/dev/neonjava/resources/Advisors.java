package dev.neonjava.resources;

import static dev.neonjava.resources.Calls.async;
import static dev.neonjava.resources.Calls.configure;
import static dev.neonjava.resources.Calls.member;

import dev.neonjava.generated.api.ProjectApi;
import dev.neonjava.generated.api.ProjectApi.GetProjectAdvisorSecurityIssuesParams;
import dev.neonjava.generated.model.AdvisorIssue;
import dev.neonjava.generated.model.GetProjectAdvisorSecurityIssuesResponse;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.wait.OperationWaiter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** The advisors of one project: issues Neon found in its databases (security, performance). */
public final class Advisors extends Resource<Advisors> {
  private final ProjectApi api;
  private final String projectId;

  /**
   * Creates this resource over a low-level client; applications get it from {@link dev.neonjava.Neon}.
   * @param client the low-level client
   * @param waiter waits for operations
   * @param projectId the project id
   */
  public Advisors(ApiClient client, OperationWaiter waiter, String projectId) {
    super(client, waiter);
    this.api = new ProjectApi(client);
    this.projectId = Validation.id(projectId, "project_id");
  }

  @Override
  protected Advisors rebind(ApiClient client) {
    return new Advisors(client, waiter, projectId);
  }

  /**
   * Returns the issues found on the project's default branch and database.
   * @return the issues
   */
  public List<AdvisorIssue> issues() {
    return issues(p -> { });
  }

  /**
   * Returns the issues found.
   * @param params branch_id, database_name, category, min_severity
   * @return the issues
   */
  @CallsOperation("getProjectAdvisorSecurityIssues")
  public List<AdvisorIssue> issues(Consumer<GetProjectAdvisorSecurityIssuesParams.Builder> params) {
    return member(api.getProjectAdvisorSecurityIssues(params(params)), GetProjectAdvisorSecurityIssuesResponse::getIssues,
        "getProjectAdvisorSecurityIssues", "issues");
  }

  /**
   * Asynchronous {@link #issues(Consumer)}.
   * @param params branch_id, database_name, category, min_severity
   * @return the pending issues
   */
  public CompletableFuture<List<AdvisorIssue>> issuesAsync(Consumer<GetProjectAdvisorSecurityIssuesParams.Builder> params) {
    return async(() -> api.getProjectAdvisorSecurityIssuesAsync(params(params))).thenApply(r -> member(r,
        GetProjectAdvisorSecurityIssuesResponse::getIssues, "getProjectAdvisorSecurityIssues", "issues"));
  }

  private GetProjectAdvisorSecurityIssuesParams params(Consumer<GetProjectAdvisorSecurityIssuesParams.Builder> params) {
    return configure(GetProjectAdvisorSecurityIssuesParams.builder(), params, "params").projectId(projectId).build();
  }
}
