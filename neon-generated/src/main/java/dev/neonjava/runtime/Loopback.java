package dev.neonjava.runtime;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/** Tells whether a host names this machine's loopback interface, without a DNS lookup. */
final class Loopback {
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  private Loopback() {
  }

  /**
   * @param host a URI's host: a name, an IPv4 literal or a bracketed IPv6 literal
   * @return whether it is {@code localhost} or a loopback address literal
   */
  static boolean isLoopback(String host) {
    if (host == null) {
      return false;
    }
    String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    if (h.equalsIgnoreCase("localhost")) {
      return true;
    }
    if (!IPV4.matcher(h).matches() && !h.contains(":")) {
      return false; // a name: no lookup, not loopback
    }
    try {
      return InetAddress.getByName(h).isLoopbackAddress(); // a literal: parsed, never resolved
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
