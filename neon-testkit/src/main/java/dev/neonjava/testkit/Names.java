package dev.neonjava.testkit;

import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/** Neon-looking ids and secrets from a seeded random: the same seed gives the same ids. */
final class Names {
  private static final String[] ADJECTIVES = {"autumn", "billowing", "broad", "cold", "damp", "dark", "dawn",
      "delicate", "divine", "dry", "empty", "falling", "floral", "fragrant", "frosty", "gentle", "green", "hidden",
      "holy", "icy", "jolly", "late", "lingering", "little", "lively", "long", "misty", "morning", "muddy",
      "nameless", "old", "patient", "polished", "proud", "purple", "quiet", "rapid", "red", "restless", "rough",
      "round", "royal", "shiny", "shy", "silent", "small", "snowy", "soft", "solitary", "sparkling", "spring",
      "still", "summer", "sweet", "twilight", "wandering", "weathered", "white", "wild", "winter", "wispy",
      "withered", "young"};
  private static final String[] NOUNS = {"art", "band", "bar", "base", "bird", "block", "boat", "bonus", "bread",
      "breeze", "brook", "bush", "butterfly", "cake", "cell", "cherry", "cloud", "credit", "darkness", "dawn",
      "dew", "disk", "dream", "dust", "feather", "field", "fire", "firefly", "flower", "fog", "forest", "frog",
      "frost", "glade", "glitter", "grass", "hall", "hat", "haze", "heart", "hill", "king", "lab", "lake", "leaf",
      "limit", "math", "meadow", "mode", "moon", "morning", "mountain", "mouse", "mud", "night", "paper", "pine",
      "poetry", "pond", "queen", "rain", "recipe", "resonance", "rice", "river", "salad", "scene", "sea",
      "shadow", "shape", "silence", "sky", "smoke", "snow", "snowflake", "sound", "star", "sun", "sunset",
      "surf", "term", "thunder", "tooth", "tree", "truth", "union", "unit", "violet", "voice", "water",
      "waterfall", "wave", "wildflower", "wind", "wood"};
  private static final String ALNUM = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  private final Random random;
  private final Set<String> used = new HashSet<>();

  Names(long seed) {
    this.random = new Random(seed);
  }

  String projectId(Set<String> taken) {
    return unique("", taken);
  }

  String branchId(Set<String> taken) {
    return unique("br-", taken);
  }

  String endpointId(Set<String> taken) {
    return unique("ep-", taken);
  }

  /**
   * Returns a fresh id in Neon's {@code <prefix>adjective-noun-12345678} shape.
   * @return a fresh id in Neon's {@code <prefix>adjective-noun-12345678} shape
   */
  String id(String prefix, Set<String> taken) {
    return unique(prefix, taken);
  }

  private String unique(String prefix, Set<String> taken) {
    while (true) {
      String id = prefix + ADJECTIVES[random.nextInt(ADJECTIVES.length)] + "-" + NOUNS[random.nextInt(NOUNS.length)]
          + "-" + String.format(Locale.ROOT, "%08d", random.nextInt(100_000_000));
      if (!taken.contains(id) && used.add(id)) {
        return id;
      }
    }
  }

  UUID uuid() {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40);
    bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80);
    long msb = 0;
    long lsb = 0;
    for (int i = 0; i < 8; i++) {
      msb = (msb << 8) | (bytes[i] & 0xff);
      lsb = (lsb << 8) | (bytes[8 + i] & 0xff);
    }
    return new UUID(msb, lsb);
  }

  String password() {
    return "npg_" + random(12);
  }

  String apiKey() {
    return "napi_" + random(64).toLowerCase(Locale.ROOT);
  }

  String lsn() {
    return "0/" + Integer.toHexString(0x1000000 + random.nextInt(0x0ffffff)).toUpperCase(Locale.ROOT);
  }

  private String random(int n) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append(ALNUM.charAt(random.nextInt(ALNUM.length())));
    }
    return b.toString();
  }
}
