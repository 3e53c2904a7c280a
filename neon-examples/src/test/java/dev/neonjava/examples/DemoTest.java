package dev.neonjava.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neonjava.testkit.Databases;
import dev.neonjava.testkit.NeonEmulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The README's first command, run against the emulator: every step prints, nothing is left behind. */
class DemoTest {
  @Test
  void walkThroughPrintsEveryStepAndCleansUp() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (NeonEmulator emulator = NeonEmulator.builder().operationDelay(Duration.ofMillis(50)).start()) {
      emulator.seedProject("existing-1");
      emulator.seedProject("existing-2");
      new Demo(Demo.emulatorClient(emulator), new PrintStream(bytes, true, StandardCharsets.UTF_8), "t").run();

      String output = bytes.toString(StandardCharsets.UTF_8);
      for (String step : Demo.steps()) {
        assertThat(output).contains("- " + step);
      }
      assertThat(output).contains("- create branch pr-42 with a read-write compute and wait ... ")
          .containsPattern("- list branches \\.\\.\\. .*\\bpr-42(,|\\s|$)").doesNotContain("pr-42-");
      assertThat(output).doesNotContain("failed").contains("jdbc:postgresql://").contains("3 project(s) in 2 page(s)")
          .endsWith("done" + System.lineSeparator());
      assertThat(emulator.projects()).extracting(p -> p.getName()).containsExactlyInAnyOrder("existing-1", "existing-2");
      assertThat(emulator.violations()).isEmpty();
    }
  }

  @Test
  void withDatabasesTheWalkThroughRunsSqlOnMainAndOnTheBranch() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (NeonEmulator emulator = NeonEmulator.builder().databases(Databases.POSTGRES).start()) {
      new Demo(Demo.emulatorClient(emulator), new PrintStream(bytes, true, StandardCharsets.UTF_8), "t", true).run();

      String output = bytes.toString(StandardCharsets.UTF_8);
      for (String step : Demo.sqlSteps()) {
        assertThat(output).contains("- " + step);
      }
      assertThat(output).doesNotContain("failed").contains("jdbc:postgresql://127.0.0.1:")
          .endsWith("done" + System.lineSeparator());
      assertThat(emulator.violations()).isEmpty();
    }
  }
}
