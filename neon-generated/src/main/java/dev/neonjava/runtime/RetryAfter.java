package dev.neonjava.runtime;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads the {@code Retry-After} header: delay-seconds or an HTTP date. */
public final class RetryAfter {
  private RetryAfter() {
  }

  /**
   * @param headers response headers
   * @return the requested delay, if the header is present and valid
   */
  public static Optional<Duration> parse(HttpHeaders headers) {
    return parse(headers, Clock.systemUTC());
  }

  /**
   * @param headers response headers
   * @param clock the clock an HTTP date is measured against
   * @return the requested delay (never negative), if the header is present and valid
   */
  public static Optional<Duration> parse(HttpHeaders headers, Clock clock) {
    Optional<String> value = headers.firstValue("retry-after").map(String::trim);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    String text = value.get();
    if (text.matches("\\d{19,}")) { // more seconds than a long holds: as long as can be (capped by the policy)
      return Optional.of(Duration.ofSeconds(Long.MAX_VALUE));
    }
    try {
      long seconds = Long.parseLong(text);
      return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration delay = Duration.between(clock.instant(), at.toInstant());
        return Optional.of(delay.isNegative() ? Duration.ZERO : delay);
      } catch (DateTimeParseException notDate) {
        return Optional.empty();
      }
    }
  }
}
