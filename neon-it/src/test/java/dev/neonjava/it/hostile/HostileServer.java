package dev.neonjava.it.hostile;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * An HTTP/1.1 server of raw sockets on 127.0.0.1 (ephemeral port) that answers as a test scripts
 * it, byte by byte: it can stall after the headers, drip-feed a body, lie about its length, break
 * chunked encoding or never answer, which WireMock cannot (its delays come before the headers).
 * Each connection has its own daemon thread; {@link #close()} closes every socket it opened.
 */
final class HostileServer implements AutoCloseable {
  /** How the server answers one request; it may write anything and may keep the socket open. */
  interface Behavior {
    /**
     * @param request what arrived
     * @param out the connection's output
     * @return whether the connection may serve another request (keep-alive)
     * @throws IOException when the client went away
     * @throws InterruptedException when the server closes
     */
    boolean answer(Request request, OutputStream out) throws IOException, InterruptedException;
  }

  /** One request as received. */
  static final class Request {
    final String method;
    final String path;
    final Map<String, String> headers;
    final long arrivedNanos = System.nanoTime();

    Request(String method, String path, Map<String, String> headers) {
      this.method = method;
      this.path = path;
      this.headers = headers;
    }

    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  private final ServerSocket server;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private final List<Thread> workers = new CopyOnWriteArrayList<>();
  private final List<Request> received = new CopyOnWriteArrayList<>();
  private volatile Function<Request, Behavior> router;
  private volatile boolean closed;
  private final java.util.concurrent.ConcurrentLinkedDeque<String> events = new java.util.concurrent.ConcurrentLinkedDeque<>();

  private void event(String what) {
    events.add(System.nanoTime() / 1_000_000 % 100_000 + " " + what);
    while (events.size() > 80) {
      events.pollFirst();
    }
  }

  /** @return the last events (connections accepted, requests read, connections ended), for failure messages */
  String recentEvents() {
    return String.join("\n", events);
  }

  HostileServer(Function<Request, Behavior> router) throws IOException {
    this.router = router;
    this.server = new ServerSocket(0, 200, InetAddress.getByName("127.0.0.1"));
    Thread acceptor = new Thread(this::acceptLoop, "hostile-accept-" + server.getLocalPort());
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** @return {@code http://127.0.0.1:port} */
  String baseUrl() {
    return "http://127.0.0.1:" + server.getLocalPort();
  }

  int port() {
    return server.getLocalPort();
  }

  void route(Function<Request, Behavior> router) {
    this.router = router;
  }

  List<Request> received() {
    return Collections.unmodifiableList(new ArrayList<>(received));
  }

  void clearReceived() {
    received.clear();
  }

  /** Closes the connections of earlier cases, so a stalled one does not linger into the next. */
  void dropConnections() {
    for (Socket s : sockets) {
      closeQuietly(s);
    }
    sockets.clear();
    for (Thread worker : workers) {
      worker.interrupt(); // ends the stalls
    }
    workers.clear();
  }

  private void acceptLoop() {
    while (!closed) {
      try {
        Socket socket = server.accept();
        event("accept " + socket.getPort());
        sockets.add(socket);
        Thread worker = new Thread(() -> serve(socket), "hostile-conn-" + socket.getPort());
        worker.setDaemon(true);
        workers.add(worker);
        worker.start();
      } catch (IOException | RuntimeException | Error e) {
        event("accept loop ends: " + e);
        return; // closed
      }
    }
  }

  private void serve(Socket socket) {
    try (socket) {
      InputStream in = new BufferedInputStream(socket.getInputStream());
      OutputStream out = socket.getOutputStream();
      while (!closed) {
        Request request = read(in);
        if (request == null) {
          return;
        }
        received.add(request);
        event("read " + socket.getPort() + " " + request);
        if (!router.apply(request).answer(request, out)) {
          event("close " + socket.getPort());
          return;
        }
        event("answered " + socket.getPort());
      }
    } catch (IOException | InterruptedException | RuntimeException e) {
      event("ends " + socket.getPort() + " " + e); // the client went away or the server closed
    }
  }

  private static Request read(InputStream in) throws IOException {
    String line = readLine(in);
    if (line == null || line.isEmpty()) {
      return null;
    }
    String[] parts = line.split(" ");
    Map<String, String> headers = new LinkedHashMap<>();
    for (String h = readLine(in); h != null && !h.isEmpty(); h = readLine(in)) {
      int colon = h.indexOf(':');
      if (colon > 0) {
        headers.put(h.substring(0, colon).trim().toLowerCase(Locale.ROOT), h.substring(colon + 1).trim());
      }
    }
    int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
    in.readNBytes(length);
    return new Request(parts[0], parts.length > 1 ? parts[1] : "", headers);
  }

  private static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b != -1; b = in.read()) {
      if (b == '\n') {
        String text = line.toString(StandardCharsets.ISO_8859_1);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
      }
      line.write(b);
    }
    return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() {
    closed = true;
    closeQuietly(server);
    dropConnections();
  }

  private static void closeQuietly(AutoCloseable c) {
    try {
      c.close();
    } catch (Exception ignored) {
      // closing anyway
    }
  }

  // ---- behaviours -------------------------------------------------------------------------

  static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /** A complete response with a body and Content-Length; keeps the connection. */
  static Behavior respond(int status, String body, String... extraHeaders) {
    return (request, out) -> {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      StringBuilder head = new StringBuilder("HTTP/1.1 " + status + " X\r\n");
      if (status != 204 && status != 304) {
        head.append("Content-Type: application/json\r\nContent-Length: ").append(bytes.length).append("\r\n");
      }
      for (String h : extraHeaders) {
        head.append(h).append("\r\n");
      }
      write(out, head.append("\r\n").toString());
      if (status != 204 && status != 304) {
        out.write(bytes);
        out.flush();
      }
      return true;
    };
  }

  /** Reads the request and never answers; the socket stays open until the client or server closes it. */
  static Behavior neverAnswer() {
    return (request, out) -> {
      Thread.sleep(Long.MAX_VALUE);
      return false;
    };
  }

  /** Headers promising 200 bytes, the start of the body, then silence. */
  static Behavior headersThenStall() {
    return (request, out) -> {
      write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{\"project\":{");
      Thread.sleep(Long.MAX_VALUE);
      return false;
    };
  }

  /** Headers, then the body at one byte a second. */
  static Behavior dripFeed() {
    return (request, out) -> {
      String body = "{\"project\":{\"id\":\"p-1\",\"name\":\"" + "x".repeat(100) + "\"}}";
      write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n");
      for (char c : body.toCharArray()) {
        write(out, String.valueOf(c));
        Thread.sleep(1000);
      }
      return false;
    };
  }

  /** Content-Length 200, 20 bytes, then the connection closes. */
  static Behavior truncatedContentLength() {
    return (request, out) -> {
      write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{\"project\":{\"id\":\"p-");
      return false;
    };
  }

  /** A chunk-size line that is not hexadecimal. */
  static Behavior badChunkedEncoding() {
    return (request, out) -> {
      write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n");
      Thread.sleep(500);
      return false;
    };
  }

  /** A chunked body cut in the middle of a chunk: the connection closes. */
  static Behavior closeMidBody() {
    return (request, out) -> {
      write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n40\r\n{\"project\":{\"id\"");
      return false;
    };
  }
}
