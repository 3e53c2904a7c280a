package dev.neonjava.bench.server;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A minimal HTTP/1.1 server on 127.0.0.1 (ephemeral port) that answers from pre-built bytes: one
 * thread per keep-alive connection, no framework, so the server's own cost stays small and the same
 * for every contender. Routes (below {@code /api/v2}):
 * <ul>
 *   <li>{@code GET /projects/{id}}: one project (about 1.6 KB);</li>
 *   <li>{@code GET /projects?limit=400&cursor=..}: pages of 400 projects (about 400 KB) over 100,000
 *       projects, each page with the next cursor; after the last full page, an empty page;</li>
 *   <li>{@code GET /projects/{id}/operations/{uuid}}: an operation, {@code running} until the time set
 *       when it was created through {@code POST /__bench/operations?finish_after_ms=T}, then
 *       {@code finished}; polls are counted and timed ({@code GET /__bench/operations/{uuid}});
 *       unknown ids are finished.</li>
 * </ul>
 * {@code POST /__bench/ratelimit?on=true} turns on (and resets) a {@link RateLimitEnforcer} of
 * 70 per 6 s per account and 4 per 100 ms per route; {@code GET /__bench/ratelimit} reads its counts.
 */
public final class BenchServer implements AutoCloseable {
  /** Projects in the paged list. */
  public static final int TOTAL_PROJECTS = 100_000;
  private static final int MAX_CONNECTIONS = 256;
  private static final byte[] PAGE_PREFIX = "{\"projects\":[".getBytes(StandardCharsets.US_ASCII);

  private final ServerSocket serverSocket;
  private final Thread acceptor;
  private final Semaphore connections = new Semaphore(MAX_CONNECTIONS);
  private final List<Socket> open = java.util.Collections.synchronizedList(new ArrayList<>());
  private final byte[] project;
  private final byte[] items;
  private final byte[] emptyPage;
  private final Map<UUID, Op> operations = new ConcurrentHashMap<>();
  private volatile RateLimitEnforcer limiter;
  private volatile boolean closed;

  private BenchServer() throws IOException {
    project = response(200, Payloads.projectResponse(), "");
    items = Payloads.pageItems();
    emptyPage = response(200, "{\"projects\":[],\"pagination\":{\"cursor\":\"end\"}}".getBytes(StandardCharsets.US_ASCII), "");
    serverSocket = new ServerSocket();
    serverSocket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
    acceptor = new Thread(this::acceptLoop, "bench-server-acceptor");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /**
   * @return a started server
   * @throws IOException when it cannot bind
   */
  public static BenchServer start() throws IOException {
    return new BenchServer();
  }

  /** @return e.g. {@code http://127.0.0.1:41234/api/v2} */
  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + serverSocket.getLocalPort() + "/api/v2");
  }

  /** @return the size of one page's body in bytes */
  public int pageBytes() {
    return PAGE_PREFIX.length + items.length + pageSuffix(1).length;
  }

  /**
   * Runs the server in its own JVM: prints {@code BENCH_SERVER_URL <uri>}, then serves until standard
   * input closes (the parent ended) or 60 minutes pass.
   * @param args none
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    try (BenchServer server = start()) {
      System.out.println("BENCH_SERVER_URL " + server.baseUri());
      System.out.flush();
      Thread watchdog = new Thread(() -> {
        try {
          while (System.in.read() >= 0) {
            // wait for EOF
          }
        } catch (IOException ignored) {
          // parent gone
        }
        System.exit(0);
      }, "stdin-watch");
      watchdog.setDaemon(true);
      watchdog.start();
      Thread.sleep(TimeUnit.MINUTES.toMillis(60));
    }
  }

  @Override
  public void close() {
    closed = true;
    try {
      serverSocket.close();
    } catch (IOException ignored) {
      // closing
    }
    synchronized (open) {
      for (Socket s : open) {
        try {
          s.close();
        } catch (IOException ignored) {
          // closing
        }
      }
    }
  }

  private void acceptLoop() {
    while (!closed) {
      Socket socket;
      try {
        connections.acquire();
        socket = serverSocket.accept();
      } catch (IOException | InterruptedException e) {
        connections.release();
        return;
      }
      Thread t = new Thread(() -> serve(socket), "bench-conn");
      t.setDaemon(true);
      t.start();
    }
  }

  private void serve(Socket socket) {
    open.add(socket);
    try (socket) {
      socket.setTcpNoDelay(true);
      InputStream in = new BufferedInputStream(socket.getInputStream(), 8192);
      OutputStream out = socket.getOutputStream();
      byte[] line = new byte[8192];
      while (!closed) {
        Request request = Request.read(in, line);
        if (request == null) {
          return;
        }
        handle(request, out);
        if (request.close) {
          return;
        }
      }
    } catch (IOException ignored) {
      // the client went away
    } finally {
      open.remove(socket);
      connections.release();
    }
  }

  private void handle(Request r, OutputStream out) throws IOException {
    String path = r.path;
    if (path.startsWith("/__bench/")) {
      control(r, out);
      return;
    }
    if (!path.startsWith("/api/v2/")) {
      out.write(response(404, error("not found"), ""));
      return;
    }
    String[] seg = path.substring("/api/v2/".length()).split("/", -1);
    String route;
    if (r.method.equals("GET") && seg.length == 1 && seg[0].equals("projects")) {
      route = "GET /projects";
    } else if (r.method.equals("GET") && seg.length == 2 && seg[0].equals("projects")) {
      route = "GET /projects/{project_id}";
    } else if (r.method.equals("GET") && seg.length == 4 && seg[0].equals("projects") && seg[2].equals("operations")) {
      route = "GET /projects/{project_id}/operations/{operation_id}";
    } else {
      out.write(response(404, error("no route for " + r.method + " " + path), ""));
      return;
    }
    RateLimitEnforcer limit = limiter;
    if (limit != null) {
      long retryAfter = limit.admit(route, System.nanoTime());
      if (retryAfter > 0) {
        out.write(response(429, error("too many requests"), "Retry-After: " + retryAfter + "\r\n"));
        return;
      }
    }
    switch (route) {
      case "GET /projects":
        page(r, out);
        break;
      case "GET /projects/{project_id}":
        out.write(project);
        break;
      default:
        out.write(response(200, operation(UUID.fromString(seg[3])), ""));
        break;
    }
  }

  private void page(Request r, OutputStream out) throws IOException {
    String cursor = r.query("cursor");
    int index = cursor == null ? 0 : Integer.parseInt(cursor.substring("pc-".length()));
    if ((long) index * Payloads.PAGE_SIZE >= TOTAL_PROJECTS) {
      out.write(emptyPage);
      return;
    }
    byte[] suffix = pageSuffix(index + 1);
    int length = PAGE_PREFIX.length + items.length + suffix.length;
    byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + length
        + "\r\nx-request-id: bench\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] start = new byte[head.length + PAGE_PREFIX.length];
    System.arraycopy(head, 0, start, 0, head.length);
    System.arraycopy(PAGE_PREFIX, 0, start, head.length, PAGE_PREFIX.length);
    out.write(start);
    out.write(items);
    out.write(suffix);
  }

  private static byte[] pageSuffix(int next) {
    return String.format(java.util.Locale.ROOT, "],\"pagination\":{\"cursor\":\"pc-%06d\"}}", next)
        .getBytes(StandardCharsets.US_ASCII);
  }

  private byte[] operation(UUID id) {
    Op op = operations.get(id);
    if (op == null) {
      return Payloads.operationResponse(id, true);
    }
    long now = System.nanoTime();
    op.polls.add(now - op.created);
    return Payloads.operationResponse(id, now >= op.finishAt);
  }

  private void control(Request r, OutputStream out) throws IOException {
    String body;
    if (r.path.equals("/__bench/operations") && r.method.equals("POST")) {
      long after = Long.parseLong(r.query("finish_after_ms"));
      UUID id = UUID.randomUUID();
      long now = System.nanoTime();
      operations.put(id, new Op(now, now + after * 1_000_000));
      body = new String(Payloads.operationResponse(id, false), StandardCharsets.UTF_8);
    } else if (r.path.startsWith("/__bench/operations/")) {
      Op op = operations.get(UUID.fromString(r.path.substring("/__bench/operations/".length())));
      StringBuilder sb = new StringBuilder("{\"finish_after_micros\":").append((op.finishAt - op.created) / 1000)
          .append(",\"poll_micros\":[");
      synchronized (op.polls) {
        for (int i = 0; i < op.polls.size(); i++) {
          sb.append(i == 0 ? "" : ",").append(op.polls.get(i) / 1000);
        }
      }
      body = sb.append("]}").toString();
    } else if (r.path.equals("/__bench/ratelimit") && r.method.equals("POST")) {
      limiter = "true".equals(r.query("on"))
          ? new RateLimitEnforcer(70, TimeUnit.SECONDS.toNanos(6), 4, TimeUnit.MILLISECONDS.toNanos(100)) : null;
      body = "{}";
    } else if (r.path.equals("/__bench/ratelimit")) {
      RateLimitEnforcer l = limiter;
      body = l == null ? "{}" : l.stats();
    } else {
      out.write(response(404, error("no control route " + r.path), ""));
      return;
    }
    out.write(response(200, body.getBytes(StandardCharsets.UTF_8), ""));
  }

  private static byte[] error(String message) {
    return ("{\"code\":\"\",\"message\":\"" + message.replace("\"", "'") + "\"}").getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] response(int status, byte[] body, String extraHeaders) {
    String reason = status == 200 ? "OK" : status == 404 ? "Not Found" : status == 429 ? "Too Many Requests" : "Error";
    byte[] head = ("HTTP/1.1 " + status + " " + reason + "\r\nContent-Type: application/json\r\nContent-Length: "
        + body.length + "\r\nx-request-id: bench\r\n" + extraHeaders + "\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[head.length + body.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(body, 0, all, head.length, body.length);
    return all;
  }

  private static final class Op {
    final long created;
    final long finishAt;
    final List<Long> polls = java.util.Collections.synchronizedList(new ArrayList<>());

    Op(long created, long finishAt) {
      this.created = created;
      this.finishAt = finishAt;
    }
  }

  /** One parsed request head (the body, if any, is read and dropped). */
  private static final class Request {
    final String method;
    final String path;
    final String rawQuery;
    final boolean close;

    private Request(String method, String path, String rawQuery, boolean close) {
      this.method = method;
      this.path = path;
      this.rawQuery = rawQuery;
      this.close = close;
    }

    String query(String name) {
      if (rawQuery == null) {
        return null;
      }
      for (String pair : rawQuery.split("&")) {
        int eq = pair.indexOf('=');
        String key = eq < 0 ? pair : pair.substring(0, eq);
        if (key.equals(name)) {
          return eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        }
      }
      return null;
    }

    /** @return the next request, or null at end of stream */
    static Request read(InputStream in, byte[] buf) throws IOException {
      String requestLine = line(in, buf);
      if (requestLine == null) {
        return null;
      }
      if (requestLine.isEmpty()) {
        requestLine = line(in, buf); // tolerate a stray CRLF between requests
        if (requestLine == null) {
          return null;
        }
      }
      int s1 = requestLine.indexOf(' ');
      int s2 = requestLine.indexOf(' ', s1 + 1);
      if (s1 < 0 || s2 < 0) {
        throw new IOException("bad request line");
      }
      String method = requestLine.substring(0, s1);
      String target = requestLine.substring(s1 + 1, s2);
      boolean close = requestLine.endsWith("HTTP/1.0");
      long contentLength = 0;
      while (true) {
        String header = line(in, buf);
        if (header == null) {
          return null;
        }
        if (header.isEmpty()) {
          break;
        }
        int colon = header.indexOf(':');
        if (colon <= 0) {
          continue;
        }
        String name = header.substring(0, colon).trim();
        String value = header.substring(colon + 1).trim();
        if (name.equalsIgnoreCase("content-length")) {
          contentLength = Long.parseLong(value);
        } else if (name.equalsIgnoreCase("connection") && value.equalsIgnoreCase("close")) {
          close = true;
        } else if (name.equalsIgnoreCase("transfer-encoding")) {
          throw new IOException("chunked request bodies are not supported");
        }
      }
      for (long skipped = 0; skipped < contentLength; ) {
        long n = in.skip(contentLength - skipped);
        if (n <= 0) {
          if (in.read() < 0) {
            return null;
          }
          n = 1;
        }
        skipped += n;
      }
      int q = target.indexOf('?');
      return new Request(method, q < 0 ? target : target.substring(0, q), q < 0 ? null : target.substring(q + 1), close);
    }

    private static String line(InputStream in, byte[] buf) throws IOException {
      int n = 0;
      while (true) {
        int b = in.read();
        if (b < 0) {
          return n == 0 ? null : new String(buf, 0, n, StandardCharsets.ISO_8859_1);
        }
        if (b == '\n') {
          if (n > 0 && buf[n - 1] == '\r') {
            n--;
          }
          return new String(buf, 0, n, StandardCharsets.ISO_8859_1);
        }
        if (n == buf.length) {
          throw new IOException("header line too long");
        }
        buf[n++] = (byte) b;
      }
    }
  }
}
