package dev.neonjava.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.neonjava.Neon;
import dev.neonjava.generated.model.Database;
import dev.neonjava.generated.model.DatabaseCreateRequestDatabase;
import dev.neonjava.generated.model.DatabaseUpdateRequestDatabase;
import dev.neonjava.generated.model.Role;
import dev.neonjava.generated.model.RoleCreateRequestRole;
import dev.neonjava.resources.BranchScope;
import dev.neonjava.runtime.ConflictException;
import dev.neonjava.runtime.NotFoundException;
import dev.neonjava.runtime.Secret;
import org.junit.jupiter.api.Test;

/** {@code branch(id).databases()} and {@code branch(id).roles()} against the emulator. */
class FluentDatabasesAndRolesTest {

  @Test
  void rolesAreCreatedEnsuredAndTheirPasswordsRevealedAndReset() {
    try (NeonEmulator emulator = NeonEmulator.start()) {
      Neon neon = emulator.newNeon();
      String projectId = emulator.seedProject("app").getId();
      BranchScope main = neon.project(projectId).branch(emulator.branches(projectId).get(0).getId());

      Role app = main.roles().create(r -> r.role(new RoleCreateRequestRole().name("app"))).await().getRole();
      assertThat(app.getName()).isEqualTo("app");
      assertThat(main.roles().list()).extracting(Role::getName).contains("app", "neondb_owner");
      assertThat(main.roles().get("app").getName()).isEqualTo("app");
      assertThatThrownBy(() -> main.roles().create(r -> r.role(new RoleCreateRequestRole().name("app"))))
          .isInstanceOf(ConflictException.class);
      assertThat(main.roles().ensure("app").getName()).isEqualTo("app");
      assertThat(main.roles().ensure("reporting").getName()).isEqualTo("reporting");
      assertThat(emulator.roles(projectId, main.id())).extracting(Role::getName).contains("reporting");

      Secret before = main.roles().revealPassword("app");
      Secret reset = main.roles().resetPassword("app").await();
      assertThat(reset.reveal()).isNotBlank().isNotEqualTo(before.reveal());
      assertThat(main.roles().revealPasswordAsync("app").join()).isEqualTo(reset);
      assertThat(reset.toString()).doesNotContain(reset.reveal());

      assertThat(main.roles().deleteIfExists("reporting")).isTrue();
      assertThatThrownBy(() -> main.roles().get("reporting")).isInstanceOf(NotFoundException.class);
      assertThat(main.roles().deleteIfExists("reporting")).isFalse();
      assertThatThrownBy(() -> main.roles().get(" ")).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("role_name");
      assertThat(emulator.violations()).isEmpty();
    }
  }

  @Test
  void databasesAreCreatedEnsuredRenamedAndDeleted() {
    try (NeonEmulator emulator = NeonEmulator.start()) {
      Neon neon = emulator.newNeon();
      String projectId = emulator.seedProject("app").getId();
      BranchScope main = neon.project(projectId).branch(emulator.branches(projectId).get(0).getId());

      Database shop = main.databases().create(r -> r.database(new DatabaseCreateRequestDatabase().name("shop")
          .ownerName("neondb_owner"))).await().getDatabase();
      assertThat(shop.getOwnerName()).isEqualTo("neondb_owner");
      assertThat(main.databases().list()).extracting(Database::getName).contains("shop", "neondb");
      assertThat(main.databases().ensure("shop", "someone-else").getOwnerName()).isEqualTo("neondb_owner");
      assertThat(main.databases().ensure("audit", "neondb_owner").getName()).isEqualTo("audit");
      assertThat(emulator.databases(projectId, main.id())).extracting(Database::getName).contains("audit");

      Database renamed = main.databases().update("shop", r -> r.database(new DatabaseUpdateRequestDatabase()
          .name("store"))).await().getDatabase();
      assertThat(renamed.getName()).isEqualTo("store");
      assertThat(main.databases().getAsync("store").join().getOwnerName()).isEqualTo("neondb_owner");
      assertThatThrownBy(() -> main.databases().get("shop")).isInstanceOf(NotFoundException.class);

      assertThat(main.databases().delete("store")).hasValueSatisfying(p -> p.await());
      assertThat(main.databases().deleteIfExists("store")).isFalse();
      assertThat(main.databases().list()).extracting(Database::getName).doesNotContain("store");
      assertThat(emulator.violations()).isEmpty();
    }
  }
}
