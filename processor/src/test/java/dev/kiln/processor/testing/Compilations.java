package dev.kiln.processor.testing;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import com.google.testing.compile.JavaFileObjects;
import dev.kiln.processor.KilnProcessor;
import javax.tools.JavaFileObject;

/** Compiles test sources with a fresh {@link KilnProcessor}, as a user's build would. */
public final class Compilations {
  private Compilations() {}

  /** Compiles {@code sources} with the Kiln processor. */
  public static Compilation compile(JavaFileObject... sources) {
    return javac()
        .withProcessors(new KilnProcessor())
        .withOptions("-Xlint:all,-processing,-options")
        .compile(sources);
  }

  /**
   * Compiles {@code file} with {@code others} and checks that it fails with exactly one error,
   * containing {@code message}, in {@code file} on the line containing {@code line}.
   */
  public static Compilation assertOneError(JavaFileObject file, String message, String line,
      JavaFileObject... others) {
    JavaFileObject[] sources = java.util.Arrays.copyOf(others, others.length + 1);
    sources[others.length] = file;
    Compilation compilation = compile(sources);
    CompilationSubject.assertThat(compilation).hadErrorCount(1);
    CompilationSubject.assertThat(compilation).hadErrorContaining(message).inFile(file)
        .onLineContaining(line);
    return compilation;
  }

  /**
   * A source file {@code test/<simpleName>.java}; {@code lines} are its text after the package
   * declaration (imports of {@code dev.kiln.annotations.*} and {@code java.util.*} are added).
   */
  public static JavaFileObject source(String simpleName, String... lines) {
    StringBuilder text = new StringBuilder()
        .append("package test;\n\n")
        .append("import dev.kiln.annotations.*;\n")
        .append("import java.util.*;\n\n");
    for (String line : lines) {
      text.append(line).append('\n');
    }
    return JavaFileObjects.forSourceString("test." + simpleName, text.toString());
  }
}
