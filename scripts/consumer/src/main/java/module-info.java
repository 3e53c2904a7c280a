/** A user's application as a named module: neon-java's jars are automatic modules. */
module consumer {
  requires dev.neonjava.fluent;
  requires dev.neonjava.generated;
  requires com.google.gson; // Main calls Gson itself
  // automatic modules cannot declare what they need: the JDK's HTTP client must be required here
  requires java.net.http;
}
