package dev.neonjava.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.neonjava.generated.api.ProjectApi;
import dev.neonjava.generated.model.OperationStatus;
import dev.neonjava.generated.model.Project;
import dev.neonjava.runtime.TransportException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The emulator without the JUnit extension. */
class ProgrammaticUseTest {

  @Test
  void startUseResetClose() {
    NeonEmulator neon = NeonEmulator.builder().operationDelay(Duration.ofMinutes(1)).start();
    try (neon) {
      ProjectApi projects = new ProjectApi(neon.newApiClient());
      String id = new Api(neon.newApiClient()).createProject("before-reset").getProject().getId();
      assertThat(neon.operations(id)).extracting(o -> o.getStatus()).containsOnly(OperationStatus.SCHEDULING);
      neon.inject("*", Fault.status(500).always());

      neon.reset();

      assertThat(neon.projects()).isEmpty();
      assertThat(neon.requests()).isEmpty();
      assertThat(projects.listProjects(ProjectApi.ListProjectsParams.builder().build()).getProjects())
          .as("faults are gone, same port").isEmpty();
    }
    assertThatThrownBy(() -> new ProjectApi(neon.newApiClient()).listProjects(ProjectApi.ListProjectsParams.builder()
        .build())).as("closed").isInstanceOf(TransportException.class);
  }

  @Test
  void oneSeedOneSequenceOfIds() {
    try (NeonEmulator a = NeonEmulator.builder().seed(7).start(); NeonEmulator b = NeonEmulator.builder().seed(7).start()) {
      assertThat(a.seedProject("x").getId()).isEqualTo(b.seedProject("x").getId());
    }
  }

  @Test
  void aGivenClockIsTheEmulatorsTime() {
    Instant start = Instant.parse("2030-01-02T03:04:05Z");
    try (NeonEmulator neon = NeonEmulator.builder().clock(Clock.fixed(start, ZoneOffset.UTC)).start()) {
      Project project = neon.seedProject("x");
      assertThat(project.getCreatedAt().toInstant()).isEqualTo(start);
      neon.advanceTime(Duration.ofHours(1));
      assertThat(neon.now()).isEqualTo(start.plus(Duration.ofHours(1)));
      assertThatThrownBy(() -> neon.advanceTime(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void stateAccessorsNameMissingProjects() {
    try (NeonEmulator neon = NeonEmulator.start()) {
      assertThat(neon.project("missing")).isEmpty();
      assertThatThrownBy(() -> neon.branches("missing"))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("project missing not found");
    }
  }
}
