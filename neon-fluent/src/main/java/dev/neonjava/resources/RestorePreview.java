package dev.neonjava.resources;

import dev.neonjava.connect.ConnectionInfo;
import dev.neonjava.generated.model.Branch;
import dev.neonjava.generated.model.FinalizeRestoreBranchRequest;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.wait.OperationWaiter;

/**
 * A snapshot restored as a preview branch ({@link Snapshots#preview}): inspect it, then finalize it
 * (it replaces the target branch) or discard it.
 */
public final class RestorePreview extends Resource<RestorePreview> {
  private final String projectId;
  private final String targetBranchId;
  private final Branch branch;

  RestorePreview(ApiClient client, OperationWaiter waiter, String projectId, String targetBranchId, Branch branch) {
    super(client, waiter);
    this.projectId = projectId;
    this.targetBranchId = targetBranchId;
    this.branch = branch;
  }

  @Override
  protected RestorePreview rebind(ApiClient client) {
    return new RestorePreview(client, waiter, projectId, targetBranchId, branch);
  }

  /**
   * Returns the preview branch, as it was when ready.
   * @return the preview branch
   */
  public Branch branch() {
    return branch;
  }

  /**
   * Returns the id of the branch the preview is meant to replace.
   * @return the target branch id
   */
  public String targetBranchId() {
    return targetBranchId;
  }

  /**
   * Connection settings for the preview branch (it has a compute once finalized; before, create one
   * with {@code endpoints().create(..)} to look at the data).
   * @param database the database name
   * @param role the role to connect as
   * @return the connection settings
   */
  public ConnectionInfo connectionInfo(String database, String role) {
    return scope().connectionInfo(database, role);
  }

  /**
   * Finalizes the restore and waits for it: the preview branch takes the target's place, name and
   * computes.
   * @return the preview branch re-read after finalizing
   */
  public Branch finalizeRestore() {
    BranchScope scope = scope();
    scope.finalizeRestore(new FinalizeRestoreBranchRequest()).await();
    return scope.waitUntilReady();
  }

  /**
   * Drops the preview: deletes its branch and waits; the target branch is left as it was.
   * @return whether this call deleted the preview branch (false: it was already gone)
   */
  public boolean discard() {
    return scope().deleteIfExists();
  }

  private BranchScope scope() {
    return new BranchScope(client, waiter, projectId, branch.getId());
  }

  @Override
  public String toString() {
    return "RestorePreview{branch=" + branch.getId() + ", target=" + targetBranchId + "}";
  }
}
