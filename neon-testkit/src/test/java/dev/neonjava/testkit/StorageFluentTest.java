package dev.neonjava.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.neonjava.Neon;
import dev.neonjava.generated.model.Bucket;
import dev.neonjava.generated.model.BucketAccessLevel;
import dev.neonjava.generated.model.BucketCreateRequest;
import dev.neonjava.generated.model.BucketObject;
import dev.neonjava.generated.model.BucketObjectsListResponse;
import dev.neonjava.generated.model.PresignRequest;
import dev.neonjava.generated.model.Project;
import dev.neonjava.paging.Paginator;
import dev.neonjava.resources.BucketObjects;
import dev.neonjava.resources.Buckets;
import dev.neonjava.resources.PresignedUrl;
import dev.neonjava.runtime.BinaryResponse;
import dev.neonjava.runtime.ConflictException;
import dev.neonjava.runtime.NotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Buckets and their objects through the fluent client, on the emulator: bytes round-trip, paging, clean-up forms. */
class StorageFluentTest {
  private static final byte[] BINARY = allByteValues();

  @Test
  void bucketsAreCreatedEnsuredListedAndDeleted() {
    try (NeonEmulator emulator = NeonEmulator.start()) {
      Neon neon = emulator.newNeon();
      Project project = emulator.seedProject("storage");
      String branchId = emulator.branches(project.getId()).get(0).getId();
      Buckets buckets = neon.project(project.getId()).branch(branchId).buckets();
      assertThat(buckets.list()).isEmpty();

      Bucket created = buckets.create(b -> b.name("assets").accessLevel(BucketCreateRequest.AccessLevelEnum.PUBLIC_READ));
      Bucket ensured = buckets.ensure(b -> b.name("assets"));
      Bucket fresh = buckets.ensure(b -> b.name("uploads"));

      assertThat(created.getAccessLevel()).isEqualTo(BucketAccessLevel.PUBLIC_READ);
      assertThat(ensured.getAccessLevel()).as("an existing bucket keeps its access level")
          .isEqualTo(BucketAccessLevel.PUBLIC_READ);
      assertThat(fresh.getAccessLevel()).isEqualTo(BucketAccessLevel.PRIVATE);
      assertThatThrownBy(() -> buckets.create(b -> b.name("assets"))).isInstanceOf(ConflictException.class);
      assertThat(buckets.listAsync().join()).extracting(Bucket::getName).containsExactly("assets", "uploads");

      assertThat(buckets.deleteIfExists("uploads")).isTrue();
      assertThat(buckets.deleteIfExists("uploads")).isFalse();
      assertThatThrownBy(() -> buckets.delete("uploads")).isInstanceOf(NotFoundException.class);
      assertThat(buckets.list()).extracting(Bucket::getName).containsExactly("assets");
      assertThatThrownBy(() -> buckets.bucket("a/b")).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("bucket_name");
      assertThatThrownBy(() -> buckets.ensure(b -> { })).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("name");
      assertThat(emulator.violations()).isEmpty();
    }
  }

  @Test
  void objectsRoundTripTheirBytesAndPageByPrefix(@TempDir Path dir) throws IOException {
    try (NeonEmulator emulator = NeonEmulator.start()) {
      Neon neon = emulator.newNeon();
      Project project = emulator.seedProject("objects");
      String branchId = emulator.branches(project.getId()).get(0).getId();
      neon.project(project.getId()).branch(branchId).buckets().create(b -> b.name("data"));
      BucketObjects bucket = neon.project(project.getId()).branch(branchId).buckets().bucket("data");
      emulator.putBucketObject(project.getId(), branchId, "data", "reports/2024/q1.bin", BINARY);
      emulator.putBucketObject(project.getId(), branchId, "data", "reports/summary.txt", bytes("summary"));
      emulator.putBucketObject(project.getId(), branchId, "data", "a.txt", bytes("a"));
      emulator.putBucketObject(project.getId(), branchId, "data", "b.txt", bytes("b"));

      try (BinaryResponse object = bucket.download("reports/2024/q1.bin")) {
        assertThat(object.body().readAllBytes()).isEqualTo(BINARY);
        assertThat(object.contentType()).isEqualTo("application/octet-stream");
      }
      try (BinaryResponse object = bucket.downloadAsync("a.txt").join()) {
        assertThat(new String(object.body().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("a");
      }
      Path file = dir.resolve("q1.bin");
      assertThat(bucket.downloadTo("reports/2024/q1.bin", file)).isEqualTo(BINARY.length);
      assertThat(Files.readAllBytes(file)).isEqualTo(BINARY);

      assertThat(bucket.list().toList()).extracting(BucketObject::getKey)
          .containsExactly("a.txt", "b.txt", "reports/2024/q1.bin", "reports/summary.txt");
      assertThat(bucket.list(p -> p.limit(1)).toList()).as("pages of one, followed by cursor").hasSize(4);
      Paginator<BucketObjectsListResponse, BucketObject> grouped = bucket.list(p -> p.prefix("reports/").delimiter("/"));
      assertThat(grouped.toList()).extracting(BucketObject::getKey).containsExactly("reports/summary.txt");
      List<String> folders = new ArrayList<>();
      grouped.pages().forEach(page -> folders.addAll(page.getFolders()));
      assertThat(folders).containsExactly("reports/2024/");
      assertThat(bucket.list(p -> p.prefix("reports/")).toList()).extracting(BucketObject::getSize)
          .containsExactly((long) BINARY.length, 7L);

      java.time.Instant before = emulator.now();
      PresignedUrl url = bucket.presign("a.txt", p -> p.operation(PresignRequest.OperationEnum.DOWNLOAD)
          .expiresInSeconds(60L));
      assertThat(url.method()).isEqualTo("GET");
      assertThat(url.url().reveal()).contains("a.txt");
      assertThat(url.toString()).doesNotContain(url.url().reveal());
      assertThat(url.expiresAt().toInstant()).isBetween(before.plusSeconds(59), emulator.now().plusSeconds(60));

      assertThat(bucket.deleteByPrefix("reports/")).isEqualTo(2);
      assertThat(bucket.deleteByPrefixAsync("reports/").join()).isZero();
      bucket.delete("a.txt");
      assertThatThrownBy(() -> bucket.download("a.txt")).isInstanceOf(NotFoundException.class);
      assertThat(bucket.deleteIfExists("a.txt")).isFalse();
      assertThat(bucket.deleteIfExists("b.txt")).isTrue();
      assertThat(bucket.list().toList()).isEmpty();
      assertThatThrownBy(() -> bucket.download(" ")).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("object_key");
      assertThat(bucket.downloadAsync("..")).isCompletedExceptionally();
      assertThat(emulator.violations()).isEmpty();
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] allByteValues() {
    byte[] all = new byte[256 * 4];
    for (int i = 0; i < all.length; i++) {
      all[i] = (byte) i;
    }
    return all;
  }
}
