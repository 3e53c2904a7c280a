package dev.neonjava.spec.drift;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neonjava.spec.drift.Finding.Kind;
import dev.neonjava.spec.drift.Finding.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The drift check on real published specs, fetched from npm (skipped with a message when npm is not
 * reachable). The expected changes between 2.0.0 and 2.7.3 were verified by hand in the two YAML
 * files ({@code npm pack @neondatabase/api-client@2.0.0} and {@code @2.7.3}):
 *
 * <ul>
 *   <li>{@code GET /consumption_history/account} is in 2.0.0 and not in 2.7.3;
 *   <li>{@code GET /projects/{project_id}/advisors} ({@code getProjectAdvisorSecurityIssues}) is new;
 *   <li>{@code ProjectAuditLogLevel}'s enum went from {@code [hipaa]} to {@code [base, extended, full]};
 *   <li>{@code CurrentUserInfoResponse.max_autoscaling_limit} went from {@code $ref ComputeUnit}
 *       (number) to {@code number/double};
 *   <li>{@code ProjectUpdateRequest.project.name} gained {@code minLength: 1, maxLength: 256};
 *   <li>{@code Pagination.required} went from {@code [cursor, limit]} to {@code [cursor]};
 *   <li>{@code GET /projects} gained the optional query parameter {@code recoverable}.
 * </ul>
 */
class PublishedVersionsDriftTest {

  @Test
  void realNpmRouteFetchesAPublishedVersion() throws IOException {
    PublishedSpecSource.Fetched f = NpmSpecs.fetch("2.7.3");
    assertThat(f.route()).isEqualTo("npm");
    assertThat(f.npmVersion()).isEqualTo("2.7.3");
    assertThat(f.file().getFileName().toString()).isEqualTo("public-v2-for-users.gen.yaml");
    assertThat(Files.readString(f.file())).startsWith("openapi: 3.0.3");
  }

  @Test
  void changesFrom200To273AreClassifiedAsVerifiedByHand() {
    DriftResult r = DriftAnalyzer.compare(NpmSpecs.fetch("2.0.0").file(), NpmSpecs.fetch("2.7.3").file());

    assertThat(r.removedOperations()).containsExactly("GET /consumption_history/account");
    assertThat(r.findings()).contains(
        new Finding(Kind.OPERATION_REMOVED, Severity.BREAKING, "GET /consumption_history/account", "operation", null,
            "operation getConsumptionHistoryPerAccount removed"),
        new Finding(Kind.OPERATION_ADDED, Severity.NON_BREAKING, "GET /projects/{project_id}/advisors", "operation", null,
            "operation getProjectAdvisorSecurityIssues added"),
        new Finding(Kind.PARAMETER_ADDED, Severity.NON_BREAKING, "GET /projects", "query parameter `recoverable`", null,
            "optional query parameter `recoverable` added"));
    assertThat(r.addedOperations()).hasSize(86);

    assertThat(change(r, Kind.ENUM_VALUE_REMOVED, "#/components/schemas/ProjectAuditLogLevel"))
        .allSatisfy(f -> {
          assertThat(f.severity()).isEqualTo(Severity.BREAKING);
          assertThat(f.detail()).isEqualTo("enum value(s) removed: [hipaa]");
        });
    assertThat(change(r, Kind.ENUM_VALUE_ADDED, "#/components/schemas/ProjectAuditLogLevel"))
        .allSatisfy(f -> {
          assertThat(f.severity()).isEqualTo(Severity.NON_BREAKING);
          assertThat(f.javaImpact()).isEqualTo(Finding.JavaImpact.SOURCE);
          assertThat(f.detail()).isEqualTo("enum value(s) added: [base, extended, full]");
        });
    assertThat(change(r, Kind.TYPE_CHANGED, "#/components/schemas/CurrentUserInfoResponse/properties/max_autoscaling_limit"))
        .allSatisfy(f -> {
          assertThat(f.severity()).isEqualTo(Severity.BREAKING);
          assertThat(f.detail()).isEqualTo("type number -> number(double)");
          assertThat(f.operation()).isEqualTo("GET /users/me");
        });
    assertThat(change(r, Kind.CONSTRAINT_CHANGED,
        "#/components/schemas/ProjectUpdateRequest/properties/project/properties/name"))
        .allSatisfy(f -> {
          assertThat(f.severity()).isEqualTo(Severity.BREAKING);
          assertThat(f.detail()).isEqualTo("maxLength null -> 256, minLength null -> 1");
          assertThat(f.operation()).isEqualTo("PATCH /projects/{project_id}");
        });
    assertThat(change(r, Kind.PROPERTY_NOW_OPTIONAL, "#/components/schemas/Pagination/properties/limit"))
        .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.BREAKING));
    assertThat(r.verdict()).isEqualTo("BREAKING");
  }

  @Test
  void vendoredSpecHasNoDriftAgainstThePinnedPublishedVersion() throws IOException {
    String pinned = DriftCommand.pinnedVersionOf(NpmSpecs.vendoredSpec());
    assertThat(pinned).as("info.version of spec/neon-api.yaml starts with the npm version").isNotNull();
    DriftResult r = DriftAnalyzer.compare(NpmSpecs.vendoredSpec(), NpmSpecs.fetch(pinned).file())
        .withBaseline(Baseline.loadDefault());
    assertThat(r.findings())
        .as("spec/neon-api.yaml differs from @neondatabase/api-client@%s; run the drift check (README) and fix spec/"
            + " or accept the difference in spec/src/main/resources/drift/accepted-drift.txt", pinned)
        .isEmpty();
    assertThat(r.unusedBaselineEntries()).as("baseline entries that no longer match anything").isEmpty();
    assertThat(r.acceptedByEntry()).hasSize(Baseline.loadDefault().entries().size());
    assertThat(r.aheadOperations().stream().map(DriftResult.Ahead::operationId))
        .as("operations spec/ has ahead of the published spec (spec/README.md)")
        .containsExactlyInAnyOrderElementsOf(AHEAD);
    assertThat(r.aheadOperations()).allSatisfy(a -> assertThat(a.origin())
        .startsWith(a.operationId().equals("restoreProject") || a.operationId().equals("getConsumptionHistoryPerAccount")
            ? "hand-written from seed 001" : "from @neon/sdk 6.1.2"));
  }

  /** The operations of spec/ that the published 2.7.3 lacks: 2 written by hand from seed 001, 17 from @neon/sdk 6.1.2. */
  static final List<String> AHEAD = List.of("restoreProject", "getConsumptionHistoryPerAccount",
      "listProjectMembers", "setProjectMemberRole", "removeProjectMemberRole",
      "listProjectBranchTriggers", "createProjectBranchTrigger", "getProjectBranchTrigger", "updateProjectBranchTrigger",
      "deleteProjectBranchTrigger", "listProjectBranchCustomDomains", "registerProjectBranchCustomDomain",
      "deleteProjectBranchCustomDomain", "queryProjectBranchLogs", "listProjectBranchLogFields",
      "listProjectBranchLogFieldValues", "revealCredential", "rotateCredential", "sendNeonAuthEmailProviderTest");

  @Test
  void adoptingThePinnedVersionChangesNoFactOfTheVendoredSpec(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
      throws IOException {
    String pinned = DriftCommand.pinnedVersionOf(NpmSpecs.vendoredSpec());
    java.nio.file.Path candidate = tmp.resolve("neon-api.yaml");
    Files.copy(NpmSpecs.vendoredSpec(), candidate);
    String version = SpecAdopter.adopt(NpmSpecs.fetch(pinned).file(), candidate, pinned);
    assertThat(version).startsWith(pinned + "-neon-java.");
    DriftResult r = DriftAnalyzer.compare(NpmSpecs.vendoredSpec(), candidate);
    assertThat(r.findings()).as("what --adopt would write differs from spec/ in facts").isEmpty();
    // every operation of spec/ is in the candidate: the published ones, our 19 additions, and recoverProjectBranch
    // (published in 2.7.3, kept deprecated and marked by us)
    java.util.Map<String, String[]> ops = OwnAdditions.operations(SpecAdopter.read(SpecAdopter.mapper(), candidate));
    assertThat(ops).hasSize(182).containsKeys(AHEAD.toArray(String[]::new)).containsKey("recoverProjectBranch");
    com.fasterxml.jackson.databind.JsonNode recover = SpecAdopter.read(SpecAdopter.mapper(), candidate).path("paths")
        .path("/projects/{project_id}/branches/{branch_id}/recover").path("post");
    assertThat(recover.path("deprecated").asBoolean()).isTrue();
    assertThat(recover.has(OwnAdditions.MARKER)).isTrue();
    assertThat(Files.readString(candidate)).doesNotContain("x-stability-level", "example:");
  }

  /** Issue 15: the misses found on published pairs stay found (the small-pair tests are in JavaDriftTest). */
  @Test
  void renamedRefsAndUnusedComponentsOfPublishedPairsAreReported() {
    DriftResult rename = DriftAnalyzer.compare(NpmSpecs.fetch("2.5.0").file(), NpmSpecs.fetch("2.6.0").file());
    assertThat(rename.findingsOf("POST /projects/{project_id}/restore")).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(Kind.REF_CHANGED);
      assertThat(f.breaking()).isTrue();
      assertThat(f.detail()).startsWith("$ref `ProjectRestoreResponse` -> `ProjectRecoverResponse`");
    });
    DriftResult unused = DriftAnalyzer.compare(NpmSpecs.fetch("2.7.2").file(), NpmSpecs.fetch("2.7.3").file());
    assertThat(unused.findings().stream().filter(f -> f.kind() == Kind.UNUSED_COMPONENT_REMOVED).count())
        .isGreaterThan(30);
  }

  private static List<Finding> change(DriftResult r, Kind kind, String schema) {
    List<Finding> fs = r.findings().stream().filter(f -> f.kind() == kind && schema.equals(f.schema()))
        .collect(Collectors.toList());
    assertThat(fs).as("%s at %s", kind, schema).isNotEmpty();
    return fs;
  }
}
