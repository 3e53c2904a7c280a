package dev.neonjava.runtime;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Binary content sent to the API: an {@code application/octet-stream} body or a file part of a
 * {@code multipart/form-data} body. Read when sent, in chunks, never whole into memory (except
 * content that is already a byte array). Content from bytes or a file can be sent again (on retry);
 * content from an {@link InputStream} only once, unless it comes from a supplier of fresh streams.
 */
public final class BinaryContent {
  private final Supplier<InputStream> open;
  private final String fileName;
  private final String contentType;
  private final LongSupplier length;

  private BinaryContent(Supplier<InputStream> open, String fileName, String contentType, LongSupplier length) {
    this.open = open;
    this.fileName = fileName;
    this.contentType = contentType;
    this.length = length;
  }

  /**
   * @param bytes the content (not copied)
   * @return the content, named {@code file}
   */
  public static BinaryContent of(byte[] bytes) {
    byte[] content = ApiRequest.require(bytes, "bytes");
    return new BinaryContent(() -> new ByteArrayInputStream(content), "file", "application/octet-stream", () -> content.length);
  }

  /**
   * @param file a readable file; read when the request is sent
   * @return the content, named after the file
   * @throws IllegalArgumentException when the file is not a readable regular file
   */
  public static BinaryContent of(Path file) {
    Path path = ApiRequest.require(file, "file");
    if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
      throw new IllegalArgumentException("file is not a readable regular file: " + path);
    }
    Path name = path.getFileName();
    return new BinaryContent(() -> {
      try {
        return Files.newInputStream(path);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + path, e);
      }
    }, name == null ? "file" : name.toString(), "application/octet-stream", () -> size(path));
  }

  /**
   * @param stream the content; read once, when the request is sent, and closed then
   * @return the content, named {@code file}
   */
  public static BinaryContent of(InputStream stream) {
    InputStream in = ApiRequest.require(stream, "stream");
    boolean[] used = {false};
    return new BinaryContent(() -> {
      synchronized (used) {
        if (used[0]) {
          throw new IllegalStateException("an InputStream body can be sent once; use ofStreams(..) to allow retries");
        }
        used[0] = true;
      }
      return in;
    }, "file", "application/octet-stream", () -> -1);
  }

  /**
   * @param streams opens a fresh stream each time the request is sent (retries included)
   * @return the content, named {@code file}
   */
  public static BinaryContent ofStreams(Supplier<InputStream> streams) {
    return new BinaryContent(ApiRequest.require(streams, "streams"), "file", "application/octet-stream", () -> -1);
  }

  /**
   * @param fileName the file name sent with a multipart file part
   * @return a copy with that name
   */
  public BinaryContent named(String fileName) {
    return new BinaryContent(open, ApiRequest.require(fileName, "fileName"), contentType, length);
  }

  /**
   * @param contentType the media type of the content, e.g. {@code application/zip}
   * @return a copy with that type
   */
  public BinaryContent withContentType(String contentType) {
    return new BinaryContent(open, fileName, ApiRequest.require(contentType, "contentType"), length);
  }

  /** @return the file name of a multipart file part */
  public String fileName() {
    return fileName;
  }

  /** @return the media type of the content */
  public String contentType() {
    return contentType;
  }

  /**
   * @return the length in bytes, or -1 when not known before reading (a stream); a file's is its
   *     size now, read again on each call (each send, retries included)
   */
  public long length() {
    return length.getAsLong();
  }

  private static long size(Path path) {
    try {
      return Files.size(path);
    } catch (IOException e) {
      return -1;
    }
  }

  /** @return a stream over the content, to be closed by the caller */
  public InputStream open() {
    return Objects.requireNonNull(open.get(), "the content supplier returned null");
  }

  @Override
  public String toString() {
    return "BinaryContent(" + fileName + ", " + contentType + (length() >= 0 ? ", " + length() + " bytes" : "") + ")";
  }
}
