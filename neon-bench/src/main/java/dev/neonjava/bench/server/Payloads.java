package dev.neonjava.bench.server;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

/**
 * The pre-built JSON bodies: one project (GET /projects/{id}), a page of 400 project list items, and
 * operations. Fields and value shapes follow Neon's responses (every member is one the spec declares,
 * so no contender pays for unknown members).
 */
public final class Payloads {
  /** Items per page. */
  public static final int PAGE_SIZE = 400;
  private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT);
  private static final OffsetDateTime EPOCH = OffsetDateTime.of(2025, 3, 4, 9, 15, 27, 0, ZoneOffset.UTC);
  private static final String[] WORDS = {"shiny", "wind", "late", "frost", "morning", "bread", "quiet", "river",
      "bold", "sun", "misty", "cloud", "ancient", "moon", "fragrant", "lake", "wispy", "snow", "cool", "breeze"};

  private Payloads() {
  }

  /** @return {@code {"project": {...}}} for GET /projects/{project_id}, about 1.6 KB */
  public static byte[] projectResponse() {
    int i = 7;
    String p = "{\"project\":{"
        + "\"data_storage_bytes_hour\":1834987520,\"data_transfer_bytes\":2876543,\"written_data_bytes\":98765432,"
        + "\"compute_time_seconds\":5432,\"active_time_seconds\":21728,\"cpu_used_sec\":5432,"
        + commonFields(i)
        + ",\"consumption_period_start\":\"" + ts(i, 0) + "\",\"consumption_period_end\":\"" + ts(i, 30 * 86400) + "\""
        + ",\"owner\":{\"email\":\"owner" + i + "@example.com\",\"name\":\"Owner " + i
        + "\",\"branches_limit\":5000,\"subscription_type\":\"scale\"}"
        + "}}";
    return p.getBytes(StandardCharsets.UTF_8);
  }

  /** @return the 400 items of a page joined by commas, without the surrounding array: about 400 KB */
  public static byte[] pageItems() {
    StringBuilder sb = new StringBuilder(PAGE_SIZE * 1100);
    for (int i = 0; i < PAGE_SIZE; i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append('{').append(commonFields(i))
          .append(",\"active_time\":").append(1000 + i * 37)
          .append(",\"cpu_used_sec\":").append(300 + i * 11)
          .append(",\"org_name\":\"Acme Data ").append(i % 7).append('"')
          .append(",\"effective_project_permission\":\"CAN_MANAGE\"")
          .append('}');
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * @param id the operation id
   * @param finished whether it finished
   * @return {@code {"operation": {...}}}
   */
  public static byte[] operationResponse(UUID id, boolean finished) {
    return ("{\"operation\":{\"id\":\"" + id + "\",\"project_id\":\"late-frost-12345678\","
        + "\"branch_id\":\"br-misty-cloud-a1b2c3d4\",\"endpoint_id\":\"ep-cool-breeze-a1b2c3d4\","
        + "\"action\":\"start_compute\",\"status\":\"" + (finished ? "finished" : "running") + "\","
        + "\"failures_count\":0,\"created_at\":\"" + ts(0, 0) + "\",\"updated_at\":\"" + ts(0, 3) + "\","
        + "\"total_duration_ms\":" + (finished ? 2748 : 0) + "}}").getBytes(StandardCharsets.UTF_8);
  }

  private static String commonFields(int i) {
    String slug = WORDS[i % WORDS.length] + "-" + WORDS[(i * 7 + 3) % WORDS.length] + "-" + String.format(Locale.ROOT,
        "%08d", 10_000_000 + i * 7919 % 89_999_999);
    return "\"id\":\"" + slug + "\",\"platform_id\":\"aws\",\"region_id\":\"aws-us-east-2\","
        + "\"name\":\"customer-app-" + i + "\",\"provisioner\":\"k8s-neonvm\","
        + "\"default_endpoint_settings\":{\"autoscaling_limit_min_cu\":0.25,\"autoscaling_limit_max_cu\":"
        + (1 + i % 4) + ",\"suspend_timeout_seconds\":0},"
        + "\"settings\":{\"allowed_ips\":{\"ips\":[\"192.0.2." + (i % 250) + "\",\"198.51.100.0/24\"],"
        + "\"protected_branches_only\":false},\"enable_logical_replication\":" + (i % 5 == 0) + ","
        + "\"maintenance_window\":{\"weekdays\":[" + (1 + i % 7) + "],\"start_time\":\"0" + (i % 10)
        + ":00\",\"end_time\":\"0" + (i % 10) + ":59\"},\"block_public_connections\":false,"
        + "\"block_vpc_connections\":false,\"hipaa\":false},"
        + "\"pg_version\":" + (15 + i % 3) + ",\"proxy_host\":\"us-east-2.aws.neon.tech\","
        + "\"branch_logical_size_limit\":0,\"branch_logical_size_limit_bytes\":-1,\"store_passwords\":true,"
        + "\"maintenance_starts_at\":\"" + ts(i, 86400 * 9) + "\",\"creation_source\":\"console\","
        + "\"history_retention_seconds\":86400,\"created_at\":\"" + ts(i, 0) + "\",\"updated_at\":\""
        + ts(i, 3600 + i) + "\",\"synthetic_storage_size\":" + (31_457_280L + i * 4096L) + ","
        + "\"quota_reset_at\":\"" + ts(i, 86400 * 27) + "\",\"owner_id\":\"" + new UUID(0x5f1e2a3b4c5d6e7fL, i)
        + "\",\"compute_last_active_at\":\"" + ts(i, 7200) + "\",\"org_id\":\"org-" + WORDS[(i + 5) % WORDS.length]
        + "-" + WORDS[(i + 9) % WORDS.length] + "-" + (12_345_678 + i % 9) + "\"";
  }

  private static String ts(int i, long plusSeconds) {
    return TS.format(EPOCH.plusMinutes(i * 13L).plusSeconds(plusSeconds));
  }
}
