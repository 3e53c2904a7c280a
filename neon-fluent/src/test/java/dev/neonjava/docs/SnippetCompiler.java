package dev.neonjava.docs;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Compiles Java snippets of the documentation as a user would paste them, against this module's test
 * class path (neon-fluent, neon-generated, Gson) and for Java 11. A snippet is either a compilation
 * unit (imports and a top-level type) or imports followed by statements, which are compiled as the
 * body of a method that may throw anything.
 */
final class SnippetCompiler {
  private static final Pattern TOP_LEVEL_TYPE =
      Pattern.compile("(?m)^(?:public\\s+|final\\s+|abstract\\s+)*(?:class|interface|enum)\\s+(\\w+)");
  private static final Pattern IMPORT = Pattern.compile("^import\\s+(static\\s+)?[\\w.*]+;\\s*$");

  private final Path output;

  SnippetCompiler(Path output) {
    this.output = output;
  }

  /**
   * Compiles one snippet.
   * @param snippet the block
   * @param index a number unique among the snippets compiled by this compiler
   * @return the compiler's errors, each with the Markdown line it points at; empty when it compiles
   * @throws IOException when the output directory cannot be made
   */
  List<String> compile(Snippet snippet, int index) throws IOException {
    String className;
    String source;
    Matcher type = TOP_LEVEL_TYPE.matcher(snippet.text);
    if (type.find()) {
      className = type.group(1);
      source = snippet.text;
    } else {
      List<String> lines = List.of(snippet.text.split("\n", -1));
      int body = 0;
      while (body < lines.size() && (IMPORT.matcher(lines.get(body)).matches() || lines.get(body).isBlank())) {
        body++;
      }
      className = "Snippet" + index;
      // every line stays on its Markdown line: the wrapper opens on the first statement's line
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < body; i++) {
        b.append(lines.get(i)).append('\n');
      }
      b.append("@SuppressWarnings(\"unused\") class ").append(className)
          .append(" { void run() throws Exception { ");
      for (int i = body; i < lines.size(); i++) {
        b.append(lines.get(i)).append('\n');
      }
      b.append("}}\n");
      source = b.toString();
    }
    Path classes = Files.createDirectories(output.resolve("snippet-" + index));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> options = new ArrayList<>(List.of("--release", "11", "-proc:none", "-Xlint:none",
        "-classpath", System.getProperty("java.class.path"), "-d", classes.toString()));
    boolean ok = javac.getTask(null, null, diagnostics, options, null, List.of(new Source(className, source)))
        .call();
    if (ok) {
      return List.of();
    }
    int shift = snippet.line - 1;
    return diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> snippet.file.normalize() + ":" + (d.getLineNumber() + shift) + ": "
            + d.getMessage(Locale.ENGLISH))
        .collect(Collectors.toList());
  }

  private static final class Source extends SimpleJavaFileObject {
    private final String code;

    Source(String className, String code) {
      super(URI.create("string:///" + className + ".java"), Kind.SOURCE);
      this.code = code;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return code;
    }
  }
}
