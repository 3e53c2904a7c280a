package dev.neonjava.it.hostile;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Reads every log record of the JVM at level ALL (neon-java's and the JDK's HTTP client's, whose
 * debug output is very chatty): each is formatted and checked for the key as it is published, and
 * only the ones that show it are kept, so the handler stays cheap on the client's own threads.
 */
final class LogCapture extends Handler {
  /** The key the suites use; it must never show. */
  static final String KEY = "napi_h0stile_k3y_never_printed_9f8e7d6c";

  private final java.util.concurrent.atomic.AtomicLong published = new java.util.concurrent.atomic.AtomicLong();
  private final java.util.Queue<String> leaks = new java.util.concurrent.ConcurrentLinkedQueue<>();
  private final Level rootLevelBefore;
  private final SimpleFormatter formatter = new SimpleFormatter();

  private LogCapture() {
    rootLevelBefore = Logger.getLogger("").getLevel();
    setLevel(Level.ALL);
  }

  static LogCapture install() {
    LogCapture capture = new LogCapture();
    Logger root = Logger.getLogger("");
    root.setLevel(Level.ALL);
    root.addHandler(capture);
    for (String name : new String[] {"dev.neonjava", "jdk.httpclient.HttpClient", "jdk.internal.httpclient.debug"}) {
      Logger.getLogger(name).setLevel(Level.ALL);
    }
    return capture;
  }

  void uninstall() {
    Logger root = Logger.getLogger("");
    root.removeHandler(this);
    root.setLevel(rootLevelBefore);
  }

  /** @return how many records were published */
  long published() {
    return published.get();
  }

  /** @return the records that showed the key */
  List<String> leaks() {
    return new ArrayList<>(leaks);
  }

  @Override
  public void publish(LogRecord record) {
    published.incrementAndGet();
    String line = formatter.format(record);
    if (line.contains(KEY)) {
      leaks.add(line);
    }
  }

  @Override
  public void flush() {
  }

  @Override
  public void close() {
  }

  /**
   * @param failure an exception, or null
   * @return its toString, message and stack trace, causes included
   */
  static List<String> texts(Throwable failure) {
    List<String> texts = new ArrayList<>();
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      texts.add(String.valueOf(t));
      texts.add(String.valueOf(t.getMessage()));
    }
    if (failure != null) {
      StringWriter trace = new StringWriter();
      failure.printStackTrace(new PrintWriter(trace));
      texts.add(trace.toString());
    }
    return texts;
  }
}
