package dev.neonjava.runtime;

import java.util.Optional;

/**
 * A 3xx answer. neon-java never follows redirects: following one would send the API key to
 * wherever it points. Neon's API answers 3xx only for a malformed path (an empty segment), so this
 * usually means a wrong base URL or id.
 */
public class RedirectException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** @param details what the API answered */
  public RedirectException(ErrorDetails details) {
    super(details);
  }

  /** @return the {@code Location} the server pointed to, if it sent one */
  public Optional<String> location() {
    return headers().firstValue("location");
  }
}
