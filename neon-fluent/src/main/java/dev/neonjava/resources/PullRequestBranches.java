package dev.neonjava.resources;

import dev.neonjava.generated.model.Branch;
import dev.neonjava.generated.model.BranchCreateRequestBranch;
import dev.neonjava.generated.model.BranchUpdateRequestBranch;
import dev.neonjava.generated.model.CreateProjectBranchRequest;
import dev.neonjava.runtime.ApiRequest;
import dev.neonjava.runtime.ConflictException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Consumer;

/** The get-or-create helpers of {@link Branches}: by name, and a branch per pull request with an expiry. */
final class PullRequestBranches {
  private PullRequestBranches() {
  }

  static Branch getOrCreate(Branches branches, String name, Consumer<CreateProjectBranchRequest> request) {
    ApiRequest.require(name, "name");
    ApiRequest.require(request, "request");
    Optional<Branch> existing = branches.findByName(name);
    if (existing.isPresent()) {
      return branches.waitUntilReady(existing.get().getId());
    }
    try {
      Branch created = branches.create(r -> {
        request.accept(r);
        r.branch((r.getBranch() == null ? new BranchCreateRequestBranch() : r.getBranch()).name(name));
      }).await().getBranch();
      return branches.waitUntilReady(created.getId());
    } catch (ConflictException alreadyExists) {
      Branch other = branches.findByName(name).orElseThrow(() -> alreadyExists);
      return branches.waitUntilReady(other.getId());
    }
  }

  static Branch forPullRequest(Branches branches, String name, Duration ttl) {
    ApiRequest.require(name, "name");
    ApiRequest.require(ttl, "ttl");
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("ttl must be positive but was " + ttl);
    }
    OffsetDateTime expiresAt = OffsetDateTime.now(branches.waiter().clock()).withOffsetSameInstant(ZoneOffset.UTC)
        .plus(ttl).truncatedTo(ChronoUnit.SECONDS);
    Optional<Branch> existing = branches.findByName(name);
    if (existing.isEmpty()) {
      Branch branch = getOrCreate(branches, name, r -> r.addEndpointsItem(Branches.readWrite())
          .branch(new BranchCreateRequestBranch().expiresAt(expiresAt)));
      if (branch.getExpiresAt() != null && expiresAt.isEqual(branch.getExpiresAt())) {
        return branch;
      }
      existing = Optional.of(branch); // a concurrent run created it first: reset it as a rerun would
    }
    Branch branch = existing.get();
    if (branch.getParentId() == null) {
      throw new IllegalStateException("branch '" + name + "' (" + branch.getId()
          + ") has no parent to reset to: it is a root branch, not a pull request's branch");
    }
    BranchScope scope = new BranchScope(branches.client(), branches.waiter(), branches.projectId(), branch.getId());
    scope.restore(r -> r.sourceBranchId(branch.getParentId())).await();
    scope.update(u -> u.branch(new BranchUpdateRequestBranch().expiresAt(expiresAt))).await();
    return branches.waitUntilReady(branch.getId());
  }
}
