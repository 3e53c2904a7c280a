package dev.neonjava.testkit;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;

/**
 * The names in the shared PostgreSQL of one emulator's databases and roles. Every emulator (and
 * every {@link NeonEmulator#reset()}) gets a prefix of its own, {@code n<k>}; a branch's database or
 * role {@code name} becomes {@code n<k>b<seq>_<name>}, where {@code seq} is the branch's place in
 * the emulator's sequence (unique, never reused). A name longer than PostgreSQL's 63 bytes is cut
 * and ends with a hash of the whole, so names never collide.
 */
final class PhysicalNames {
  private static final AtomicInteger EMULATORS = new AtomicInteger();
  private static final int MAX_BYTES = 63;

  private final String prefix;

  private PhysicalNames(String prefix) {
    this.prefix = prefix;
  }

  /**
   * Returns the names of a new emulator (a new prefix).
   * @return the names of a new emulator (a new prefix)
   */
  static PhysicalNames next() {
    return new PhysicalNames("n" + EMULATORS.incrementAndGet());
  }

  /**
   * Returns the prefix every name of this emulator starts with, e.g. {@code n3b}.
   * @return the prefix every name of this emulator starts with, e.g. {@code n3b}
   */
  String prefix() {
    return prefix + "b";
  }

  /**
   * Returns the physical name of a branch's database or role.
   * @param branchSeq the branch's sequence number
   * @param name the database or role name in the API
   * @return e.g. {@code n3b12_neondb}
   */
  String of(long branchSeq, String name) {
    String head = prefix() + branchSeq + "_";
    String full = head + name;
    if (full.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES) {
      return full;
    }
    CRC32 crc = new CRC32();
    crc.update(name.getBytes(StandardCharsets.UTF_8));
    String tail = "_" + String.format(Locale.ROOT, "%08x", crc.getValue());
    StringBuilder cut = new StringBuilder(head);
    int budget = MAX_BYTES - tail.length();
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      String ch = new String(Character.toChars(cp));
      if (cut.toString().getBytes(StandardCharsets.UTF_8).length + ch.getBytes(StandardCharsets.UTF_8).length > budget) {
        break;
      }
      cut.append(ch);
      i += Character.charCount(cp);
    }
    return cut + tail;
  }

  /**
   * Returns the identifier quoted for SQL.
   * @param name an identifier
   * @return it in double quotes, inner quotes doubled
   */
  static String quote(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }
}
