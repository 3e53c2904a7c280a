package dev.neonjava.conformance;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads a multipart/form-data body as received: part name to content. */
final class Multipart {
  private Multipart() {
  }

  /**
   * @param contentType the Content-Type header
   * @param body the body
   * @return the parts by name, in order
   * @throws IllegalArgumentException when the body is not well-formed multipart
   */
  static Map<String, byte[]> parts(String contentType, byte[] body) {
    if (contentType == null || !contentType.startsWith("multipart/form-data") || !contentType.contains("boundary=")) {
      throw new IllegalArgumentException("not multipart/form-data with a boundary: " + contentType);
    }
    byte[] delimiter = ("--" + contentType.substring(contentType.indexOf("boundary=") + 9)).getBytes(StandardCharsets.US_ASCII);
    Map<String, byte[]> parts = new LinkedHashMap<>();
    int at = indexOf(body, delimiter, 0);
    if (at != 0) {
      throw new IllegalArgumentException("the body does not start with the boundary");
    }
    while (true) {
      int start = at + delimiter.length;
      if (start + 2 <= body.length && body[start] == '-' && body[start + 1] == '-') {
        return parts;
      }
      int headEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), start);
      int next = indexOf(body, delimiter, headEnd);
      if (headEnd < 0 || next < 0) {
        throw new IllegalArgumentException("a part is not terminated");
      }
      String head = new String(body, start, headEnd - start, StandardCharsets.UTF_8);
      int nameAt = head.indexOf("name=\"");
      if (nameAt < 0) {
        throw new IllegalArgumentException("a part has no name: " + head);
      }
      String name = head.substring(nameAt + 6, head.indexOf('"', nameAt + 6));
      parts.put(name, Arrays.copyOfRange(body, headEnd + 4, next - 2));
      at = next;
    }
  }

  private static int indexOf(byte[] data, byte[] needle, int from) {
    outer:
    for (int i = Math.max(from, 0); i <= data.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (data[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
