package dev.neonjava.spec.drift;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/** Just enough of the (ustar/pax) tar format to read one entry out of an npm {@code .tgz}. */
final class Tarball {
  private static final int BLOCK = 512;

  private Tarball() {}

  /** The bytes of the regular-file entry named {@code name}, or {@code null} if absent. */
  static byte[] readEntry(InputStream gzipped, String name) throws IOException {
    InputStream in = new GZIPInputStream(gzipped);
    byte[] header = new byte[BLOCK];
    String paxPath = null;
    while (true) {
      if (!readFully(in, header)) {
        return null;
      }
      if (isZero(header)) {
        return null;
      }
      String entryName = text(header, 0, 100);
      String prefix = text(header, 345, 155);
      if (!prefix.isEmpty() && "ustar".equals(text(header, 257, 5))) {
        entryName = prefix + "/" + entryName;
      }
      long size = octal(header, 124, 12);
      char type = (char) header[156];
      byte[] data = readBytes(in, size);
      skip(in, (BLOCK - (size % BLOCK)) % BLOCK);
      if (type == 'x') {
        paxPath = paxPath(data);
        continue;
      }
      if (paxPath != null) {
        entryName = paxPath;
        paxPath = null;
      }
      if ((type == '0' || type == '\0') && entryName.equals(name)) {
        return data;
      }
    }
  }

  private static String paxPath(byte[] data) {
    String s = new String(data, StandardCharsets.UTF_8);
    for (String rec : s.split("\n")) {
      int sp = rec.indexOf(' ');
      if (sp > 0 && rec.startsWith("path=", sp + 1)) {
        return rec.substring(sp + 6);
      }
    }
    return null;
  }

  private static boolean isZero(byte[] b) {
    for (byte x : b) {
      if (x != 0) {
        return false;
      }
    }
    return true;
  }

  private static String text(byte[] b, int off, int len) {
    int end = off;
    while (end < off + len && b[end] != 0) {
      end++;
    }
    return new String(b, off, end - off, StandardCharsets.UTF_8);
  }

  private static long octal(byte[] b, int off, int len) throws IOException {
    String s = text(b, off, len).trim();
    if (s.isEmpty()) {
      return 0;
    }
    try {
      return Long.parseLong(s, 8);
    } catch (NumberFormatException e) {
      throw new IOException("corrupt tar header (size '" + s + "')", e);
    }
  }

  private static boolean readFully(InputStream in, byte[] buf) throws IOException {
    int off = 0;
    while (off < buf.length) {
      int n = in.read(buf, off, buf.length - off);
      if (n < 0) {
        if (off == 0) {
          return false;
        }
        throw new EOFException("truncated tar archive");
      }
      off += n;
    }
    return true;
  }

  private static byte[] readBytes(InputStream in, long size) throws IOException {
    if (size > 256L * 1024 * 1024) {
      throw new IOException("tar entry too large: " + size);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream((int) size);
    byte[] buf = new byte[8192];
    long left = size;
    while (left > 0) {
      int n = in.read(buf, 0, (int) Math.min(buf.length, left));
      if (n < 0) {
        throw new EOFException("truncated tar archive");
      }
      out.write(buf, 0, n);
      left -= n;
    }
    return out.toByteArray();
  }

  private static void skip(InputStream in, long n) throws IOException {
    long left = n;
    while (left > 0) {
      long s = in.skip(left);
      if (s <= 0) {
        if (in.read() < 0) {
          throw new EOFException("truncated tar archive");
        }
        s = 1;
      }
      left -= s;
    }
  }
}
