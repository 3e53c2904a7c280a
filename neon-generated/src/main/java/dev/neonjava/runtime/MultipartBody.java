package dev.neonjava.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A {@code multipart/form-data} body (RFC 7578): text parts and file parts, streamed in chunks when
 * sent, so that a large file is never held in memory whole.
 */
public final class MultipartBody {
  private static final int CHUNK = 64 * 1024;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String boundary;
  private final List<Part> parts;

  private MultipartBody(String boundary, List<Part> parts) {
    this.boundary = boundary;
    this.parts = parts;
  }

  /**
   * @param fields the form fields in order; null values are left out, {@link BinaryContent} values
   *     become file parts, collections repeat the field, anything else is sent as text
   * @return the body
   */
  public static MultipartBody of(Map<String, Object> fields) {
    List<Part> parts = new ArrayList<>();
    fields.forEach((name, value) -> add(parts, name, value));
    byte[] random = new byte[12];
    RANDOM.nextBytes(random);
    StringBuilder boundary = new StringBuilder("neon-java-");
    for (byte b : random) {
      boundary.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
    }
    return new MultipartBody(boundary.toString(), Collections.unmodifiableList(parts));
  }

  private static void add(List<Part> parts, String name, Object value) {
    if (value == null) {
      return;
    }
    if (value instanceof Iterable) {
      for (Object element : (Iterable<?>) value) {
        add(parts, name, element);
      }
    } else if (value instanceof BinaryContent) {
      parts.add(new Part(name, null, (BinaryContent) value));
    } else if (value instanceof byte[]) {
      parts.add(new Part(name, null, BinaryContent.of((byte[]) value)));
    } else {
      parts.add(new Part(name, ApiRequest.text(name, value), null));
    }
  }

  /** @return the Content-Type header value, with the boundary */
  public String contentType() {
    return "multipart/form-data; boundary=" + boundary;
  }

  /** @return the names of the parts, in order */
  public List<String> partNames() {
    List<String> names = new ArrayList<>();
    parts.forEach(p -> names.add(p.name));
    return names;
  }

  /**
   * @return a publisher that streams the parts; each subscription reads the content afresh. Its
   *     length is declared (a {@code Content-Length}, not chunked) when every file part's length is
   *     known: bytes and files, not streams
   */
  public HttpRequest.BodyPublisher publisher() {
    HttpRequest.BodyPublisher chunks = HttpRequest.BodyPublishers.ofByteArrays(() -> new Chunks());
    long length = contentLength();
    return length < 0 ? chunks : HttpRequest.BodyPublishers.fromPublisher(chunks, length);
  }

  /** @return the body's length in bytes, or -1 when a file part's length is not known before reading */
  public long contentLength() {
    long total = ("--" + boundary + "--\r\n").length();
    for (Part part : parts) {
      long content = part.content != null ? part.content.length() : part.text.getBytes(StandardCharsets.UTF_8).length;
      if (content < 0) {
        return -1;
      }
      total += part.head(boundary).length + content + 2;
    }
    return total;
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "%0D").replace("\n", "%0A") + "\"";
  }

  private static final class Part {
    final String name;
    final String text;
    final BinaryContent content;

    Part(String name, String text, BinaryContent content) {
      this.name = name;
      this.text = text;
      this.content = content;
    }

    byte[] head(String boundary) {
      StringBuilder h = new StringBuilder("--").append(boundary).append("\r\n")
          .append("Content-Disposition: form-data; name=").append(quoted(name));
      if (content != null) {
        h.append("; filename=").append(quoted(content.fileName())).append("\r\n")
            .append("Content-Type: ").append(content.contentType());
      } else {
        h.append("\r\nContent-Type: text/plain; charset=UTF-8");
      }
      return h.append("\r\n\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }
  }

  /** Produces the body chunk by chunk: part head, content (read in blocks), CRLF; then the end. */
  private final class Chunks implements Iterator<byte[]> {
    private int index;
    private InputStream current;
    private boolean ended;
    private byte[] next;

    @Override
    public boolean hasNext() {
      if (next == null) {
        next = produce();
      }
      return next != null;
    }

    @Override
    public byte[] next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      byte[] chunk = next;
      next = null;
      return chunk;
    }

    private byte[] produce() {
      try {
        if (current != null) {
          byte[] buffer = new byte[CHUNK];
          int n = current.read(buffer);
          if (n >= 0) {
            return n == buffer.length ? buffer : Arrays.copyOf(buffer, n);
          }
          current.close();
          current = null;
          index++;
          return "\r\n".getBytes(StandardCharsets.US_ASCII);
        }
        if (index < parts.size()) {
          Part part = parts.get(index);
          byte[] head = part.head(boundary);
          if (part.content != null) {
            current = part.content.open();
            return head;
          }
          index++;
          byte[] text = part.text.getBytes(StandardCharsets.UTF_8);
          byte[] out = Arrays.copyOf(head, head.length + text.length + 2);
          System.arraycopy(text, 0, out, head.length, text.length);
          out[out.length - 2] = '\r';
          out[out.length - 1] = '\n';
          return out;
        }
        if (!ended) {
          ended = true;
          return ("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        }
        return null;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the content of a multipart part", e);
      }
    }
  }
}
