package dev.neonjava.wait;

import dev.neonjava.runtime.ApiRequest;
import dev.neonjava.generated.model.Operation;
import dev.neonjava.generated.model.OperationStatus;
import java.util.Set;
import java.util.function.Function;

/**
 * Decides what an operation's status means for a waiter. The default: {@code finished} and
 * {@code skipped} succeed; {@code error} and {@code cancelled} fail; {@code failed} (Neon retries it,
 * setting {@code retry_at}), {@code scheduling}, {@code running}, {@code cancelling} and any status
 * this client does not know are pending.
 */
@FunctionalInterface
public interface OperationClassifier extends Function<Operation, WaitState> {

  /**
   * Returns the default classification.
   * @return the default classification
   */
  static OperationClassifier defaults() {
    return of(Set.of(OperationStatus.FINISHED, OperationStatus.SKIPPED),
        Set.of(OperationStatus.ERROR, OperationStatus.CANCELLED));
  }

  /**
   * Returns the classification.
   * @param success statuses that succeed
   * @param failure statuses that fail; every other status is pending
   * @return the classification
   */
  static OperationClassifier of(Set<OperationStatus> success, Set<OperationStatus> failure) {
    Set<OperationStatus> ok = Set.copyOf(success);
    Set<OperationStatus> bad = Set.copyOf(failure);
    return op -> {
      OperationStatus status = ApiRequest.require(op, "operation").getStatus();
      return status == null ? WaitState.PENDING
          : ok.contains(status) ? WaitState.SUCCESS : bad.contains(status) ? WaitState.FAILURE : WaitState.PENDING;
    };
  }
}
