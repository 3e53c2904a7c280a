package dev.neonjava.testkit;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a {@code multipart/form-data} body (RFC 7578) into its parts by name. The boundary is
 * taken from the body's first line, so the request's headers are not needed. A malformed body is a
 * 400, as from Neon.
 */
final class Multipart {
  private Multipart() {
  }

  /** Returns the parts by name (the last of a repeated name wins), their content as sent. */
  static Map<String, byte[]> parse(byte[] body) {
    if (body == null || body.length == 0) {
      throw ApiError.badRequest("the request has no multipart/form-data body");
    }
    // ISO-8859-1 maps every byte to one char: indexes in the text are indexes in the bytes
    String text = new String(body, StandardCharsets.ISO_8859_1);
    int firstEnd = text.indexOf("\r\n");
    if (!text.startsWith("--") || firstEnd < 0) {
      throw ApiError.badRequest("the request body is not multipart/form-data");
    }
    String delimiter = "\r\n" + text.substring(0, firstEnd);
    Map<String, byte[]> parts = new LinkedHashMap<>();
    int start = firstEnd + 2;
    while (true) {
      int end = text.indexOf(delimiter, start);
      if (end < 0) {
        throw ApiError.badRequest("the multipart/form-data body has no closing boundary");
      }
      int headEnd = text.indexOf("\r\n\r\n", start);
      if (headEnd < 0 || headEnd > end) {
        throw ApiError.badRequest("a multipart part has no header block");
      }
      parts.put(name(text.substring(start, headEnd)), Arrays.copyOfRange(body, headEnd + 4, end));
      int after = end + delimiter.length();
      if (text.startsWith("--", after)) {
        return parts;
      }
      start = after + 2;
    }
  }

  private static String name(String headers) {
    for (String line : headers.split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-disposition:")) {
        int at = line.indexOf("name=\"");
        if (at >= 0) {
          int close = line.indexOf('"', at + 6);
          if (close > at) {
            return line.substring(at + 6, close);
          }
        }
      }
    }
    throw ApiError.badRequest("a multipart part has no Content-Disposition name");
  }
}
