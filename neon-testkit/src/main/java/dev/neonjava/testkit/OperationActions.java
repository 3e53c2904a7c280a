package dev.neonjava.testkit;

import dev.neonjava.generated.model.OperationAction;
import java.util.Map;

/**
 * The action of the operation the generic store queues for a mutation whose response carries
 * operations: the one Neon's control plane runs for such a change, by operationId where known,
 * else by the shape of the path (a new branch, a branch or snapshot deleted, a compute started or
 * suspended, a restore), else {@code apply_config}: the computes of the branch get the changed
 * configuration. The families name their actions themselves.
 */
final class OperationActions {
  private static final Map<String, OperationAction> BY_OPERATION = Map.of(
      // the JWKS of a project reach its computes as configuration
      "addProjectJWKS", OperationAction.APPLY_CONFIG);

  private OperationActions() {
  }

  /**
   * Returns the action of the operation a mutation queues.
   * @param operationId the mutation's operationId
   * @param method its HTTP method
   * @param template its path template
   * @return the action of the operation a mutation queues
   */
  static OperationAction of(String operationId, String method, String template) {
    OperationAction known = BY_OPERATION.get(operationId);
    if (known != null) {
      return known;
    }
    String path = template.endsWith("/") ? template.substring(0, template.length() - 1) : template;
    boolean delete = "DELETE".equals(method);
    if (path.endsWith("/start")) {
      return OperationAction.START_COMPUTE;
    }
    if (path.endsWith("/suspend")) {
      return OperationAction.SUSPEND_COMPUTE;
    }
    if (delete && (path.endsWith("/branches/{branch_id}") || path.contains("/snapshots/"))) {
      return OperationAction.DELETE_TIMELINE;
    }
    if (!delete && (path.endsWith("/restore") || path.endsWith("/snapshot"))) {
      return OperationAction.CREATE_TIMELINE;
    }
    if ("POST".equals(method) && (path.endsWith("/branches") || path.contains("/branch_"))) {
      return OperationAction.CREATE_BRANCH;
    }
    return OperationAction.APPLY_CONFIG;
  }
}
