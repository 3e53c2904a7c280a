package dev.neonjava.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neonjava.Neon;
import dev.neonjava.generated.model.Project;
import org.junit.jupiter.api.Test;

// snippet:docs
@NeonEmulatorTest
class DocsJUnitExample {
  @Test
  void createsAProject(Neon neon, NeonEmulator emulator) {
    Project project = neon.projects().create(p -> p.name("docs")).await().getProject();
    assertThat(emulator.projects()).extracting(Project::getId).containsExactly(project.getId());
  }
}
// end:docs
