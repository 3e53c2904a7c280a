package dev.neonjava.testkit;

import dev.neonjava.testkit.Records.BranchRec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Comparator;
import java.util.Optional;

/**
 * Neon's list cursors: opaque to clients; like Neon, a page always carries one (an empty page
 * repeats the request's). Sequence cursors serve lists newest-first; the branch list has a keyset
 * cursor of its sort order.
 */
final class Cursors {
  private Cursors() {
  }

  /**
   * Returns the sequence number after which the page starts, or -1 for the first page.
   * @return the sequence number after which the page starts, or -1 for the first page
   */
  static long decodeSeq(String cursor) {
    if (cursor == null || cursor.isEmpty()) {
      return -1;
    }
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (!text.startsWith("seq:")) {
        throw new IllegalArgumentException(text);
      }
      return Long.parseLong(text.substring(4));
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest("invalid cursor: " + cursor);
    }
  }

  /**
   * Returns the cursor of a page whose last item has that sequence number (-1: empty page).
   * @return the cursor of a page whose last item has that sequence number (-1: empty page)
   */
  static Optional<String> page(long lastSeq, String requestCursor) {
    if (lastSeq >= 0) {
      return Optional.of(Base64.getUrlEncoder().withoutPadding()
          .encodeToString(("seq:" + lastSeq).getBytes(StandardCharsets.UTF_8)));
    }
    return Optional.ofNullable(requestCursor == null || requestCursor.isEmpty() ? null : requestCursor);
  }

  /** Keyset cursor of the branch list: the sort value and sequence of the last branch returned. */
  static final class BranchCursor {
    final BranchRec probe;

    private BranchCursor(BranchRec probe) {
      this.probe = probe;
    }

    static String encode(BranchRec last, String sortBy, String sortOrder) {
      String value;
      switch (sortBy) {
        case "name":
          value = Base64.getUrlEncoder().withoutPadding().encodeToString(last.name.getBytes(StandardCharsets.UTF_8));
          break;
        case "created_at":
          value = String.valueOf(last.createdAt.truncatedTo(ChronoUnit.SECONDS).getEpochSecond());
          break;
        default:
          value = String.valueOf(last.updatedAt.truncatedTo(ChronoUnit.SECONDS).getEpochSecond());
      }
      String text = sortBy + "|" + sortOrder + "|" + value + "|" + last.seq;
      return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static BranchCursor decode(String cursor, String sortBy, String sortOrder) {
      if (cursor == null || cursor.isEmpty()) {
        return null;
      }
      String[] parts;
      try {
        parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", -1);
      } catch (IllegalArgumentException e) {
        throw ApiError.badRequest("invalid cursor: " + cursor);
      }
      if (parts.length != 4) {
        throw ApiError.badRequest("invalid cursor: " + cursor);
      }
      if (!parts[0].equals(sortBy) || !parts[1].equals(sortOrder)) {
        throw ApiError.badRequest("the cursor was issued for sort_by=" + parts[0] + "&sort_order=" + parts[1]
            + ", not sort_by=" + sortBy + "&sort_order=" + sortOrder);
      }
      BranchRec probe = new BranchRec();
      try {
        probe.seq = Long.parseLong(parts[3]);
        switch (sortBy) {
          case "name":
            probe.name = new String(Base64.getUrlDecoder().decode(parts[2]), StandardCharsets.UTF_8);
            break;
          case "created_at":
            probe.createdAt = Instant.ofEpochSecond(Long.parseLong(parts[2]));
            break;
          default:
            probe.updatedAt = Instant.ofEpochSecond(Long.parseLong(parts[2]));
        }
      } catch (IllegalArgumentException e) {
        throw ApiError.badRequest("invalid cursor: " + cursor);
      }
      return new BranchCursor(probe);
    }

    /**
     * Returns whether the probe (last item of the previous page) sorts before {@code b}.
     * @return whether the probe (last item of the previous page) sorts before {@code b}
     */
    boolean isBefore(BranchRec b, Comparator<BranchRec> order) {
      return order.compare(probe, b) < 0;
    }
  }
}
