package dev.neonjava.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neonjava.coverage.FluentTree.Entry;
import dev.neonjava.coverage.SpecOperations.Op;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every operation in {@code spec/} is reachable from the fluent client, in the shape the rules ask
 * for, and {@code docs/coverage.md} lists them all. Run with {@code -Dneon.coverage.write=true} to
 * rewrite the table after adding methods.
 */
class OperationCoverageTest {
  /** Operations that deliberately have no fluent method, each with its reason. Target: none. */
  static final Map<String, String> EXEMPTIONS = Map.of();

  static List<Op> ops;
  static List<Entry> entries;

  @BeforeAll
  static void read() throws IOException {
    ops = SpecOperations.read(SpecOperations.specFile());
    entries = FluentTree.walk();
  }

  @Test
  void everyOperationHasAFluentMethodOrAWrittenExemption() {
    Set<String> covered = entries.stream().map(e -> e.operationId).collect(Collectors.toSet());
    Map<String, List<String>> missing = ops.stream()
        .filter(op -> !covered.contains(op.id) && !EXEMPTIONS.containsKey(op.id))
        .collect(Collectors.groupingBy(op -> op.tag, TreeMap::new, Collectors.mapping(op -> op.id, Collectors.toList())));
    assertThat(missing).as("operations of spec/ with no @CallsOperation method reachable from Neon, by tag").isEmpty();
    assertThat(EXEMPTIONS.keySet()).as("exemptions for operations that are covered or gone")
        .allSatisfy(id -> assertThat(covered).doesNotContain(id))
        .allSatisfy(id -> assertThat(ops).extracting(op -> op.id).contains(id));
  }

  @Test
  void everyMarkNamesAnOperationOfTheSpec() {
    Set<String> known = ops.stream().map(op -> op.id).collect(Collectors.toSet());
    assertThat(entries).as("@CallsOperation marks naming no operation of spec/")
        .filteredOn(e -> !known.contains(e.operationId)).extracting(e -> e.call + " -> " + e.operationId).isEmpty();
  }

  @Test
  void pagedListsReturnAPaginatorAndMutationsAPending() {
    Map<String, Op> byId = ops.stream().collect(Collectors.toMap(op -> op.id, op -> op));
    for (Entry e : entries) {
      Op op = byId.get(e.operationId);
      if (op == null) {
        continue;
      }
      String returns = e.method.getGenericReturnType().getTypeName();
      if (op.paged) {
        assertThat(returns).as(e.call + " calls the paged " + op.id).startsWith("dev.neonjava.paging.Paginator<");
      }
      if (op.startsOperations) {
        assertThat(returns).as(e.call + " calls " + op.id + ", which starts operations").contains("dev.neonjava.wait.Pending<");
      }
    }
  }

  @Test
  void everyMarkedMethodCallsItsOperation() throws IOException {
    for (Entry e : entries) {
      Path source = MarkedSources.sourceOf(e.method.getDeclaringClass());
      String body = MarkedSources.markedText(Files.readString(source, StandardCharsets.UTF_8), e.operationId);
      assertThat(body).as(e.call + " in " + source.getFileName() + " is marked " + e.operationId)
          .containsPattern("\\b" + e.operationId + "(Async)?\\b");
    }
  }

  @Test
  void theCoverageTableInTheDocsIsCurrent() throws IOException {
    Path table = SpecOperations.specFile().getParent().getParent().resolve("docs/coverage.md");
    String expected = CoverageTable.render(ops, entries, EXEMPTIONS);
    if (Boolean.getBoolean("neon.coverage.write")) {
      Files.writeString(table, expected, StandardCharsets.UTF_8);
    }
    assertThat(Files.exists(table) ? Files.readString(table, StandardCharsets.UTF_8) : "")
        .as("docs/coverage.md is out of date: rerun with -Dneon.coverage.write=true").isEqualTo(expected);
  }
}
