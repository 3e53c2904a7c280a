package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.neonjava.Neon;
import dev.neonjava.generated.model.Branch;
import dev.neonjava.generated.model.BranchCreateRequestBranch;
import dev.neonjava.generated.model.Project;
import dev.neonjava.runtime.ConflictException;
import dev.neonjava.testkit.NeonEmulator;
import dev.neonjava.testkit.NeonEmulatorTest;
import org.junit.jupiter.api.Test;

/** What a user writes first: a test of their code against the emulator, with the fluent client. */
@NeonEmulatorTest
class EmulatorTest {

  @Test
  void createsAProjectAndABranch(Neon neon) {
    Project project = neon.projects().create(p -> p.name("shop")).await().getProject();
    Branch branch = neon.project(project.getId()).branches()
        .create(r -> r.branch(new BranchCreateRequestBranch().name("preview"))).await().getBranch();
    assertEquals("preview", branch.getName());
    assertThrows(ConflictException.class, () -> neon.project(project.getId()).branches()
        .create(r -> r.branch(new BranchCreateRequestBranch().name("preview"))));
  }

  @Test
  void runsOutsideJUnitToo() throws Exception {
    try (NeonEmulator emulator = NeonEmulator.start()) {
      Neon neon = emulator.newNeon();
      assertEquals("shop", neon.projects().create(p -> p.name("shop")).await().getProject().getName());
      assertTrue(emulator.violations().isEmpty());
    }
    // the user's Jackson is theirs: the emulator's is relocated
    assertEquals("{\"a\":1}", new ObjectMapper().writeValueAsString(java.util.Map.of("a", 1)));
  }
}
