package dev.kiln.jte;

import static org.assertj.core.api.Assertions.assertThat;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.resolve.DirectoryCodeResolver;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A template is compiled with the application: jte's generator (what {@code jte-maven-plugin}'s
 * {@code generate} goal runs) writes Java, javac compiles it, and a template using a member its
 * model lacks fails that compilation, naming the member.
 */
class TemplateBuildTest {
  @TempDir
  Path target;

  @Test
  void aTemplateUsingItsModelCompilesAndIsATemplate() throws Exception {
    List<Diagnostic<? extends JavaFileObject>> errors = generateAndCompile("good");
    assertThat(errors).isEmpty();
    String source = generated();
    // the signature Template<M> is written for: render(HtmlTemplateOutput, HtmlInterceptor, M)
    assertThat(source).contains("public static void render(gg.jte.html.HtmlTemplateOutput "
        + "jteOutput, gg.jte.html.HtmlInterceptor jteHtmlInterceptor, "
        + "dev.kiln.jte.Greeting greeting)");
  }

  @Test
  void aTemplateReferringToAMissingModelFieldFailsTheBuild() throws Exception {
    List<Diagnostic<? extends JavaFileObject>> errors = generateAndCompile("bad");
    assertThat(errors).hasSize(1);
    Diagnostic<? extends JavaFileObject> error = errors.get(0);
    assertThat(error.getMessage(Locale.ROOT)).contains("cannot find symbol")
        .contains("nickname()");
    assertThat(error.getSource().getName()).endsWith("JtegreetingGenerated.java");
    // the line javac names is the generated line using the missing member
    assertThat(generated().lines().skip(error.getLineNumber() - 1).findFirst().orElseThrow())
        .contains("nickname()");
  }

  private List<Diagnostic<? extends JavaFileObject>> generateAndCompile(String folder)
      throws IOException, URISyntaxException {
    Path templates = Path.of(getClass().getResource("/templates/" + folder).toURI());
    TemplateEngine engine = TemplateEngine.create(new DirectoryCodeResolver(templates),
        target.resolve("java"), ContentType.Html);
    assertThat(engine.generateAll()).hasSize(1);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Files.createDirectories(target.resolve("classes"));
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null);
        Stream<Path> walk = Files.walk(target.resolve("java"))) {
      List<Path> sources = walk.filter(p -> p.toString().endsWith(".java"))
          .collect(Collectors.toList());
      javac.getTask(null, files, diagnostics, List.of("-proc:none", "-d",
              target.resolve("classes").toString(), "-cp", System.getProperty("java.class.path")),
          null, files.getJavaFileObjectsFromPaths(sources)).call();
    }
    return diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).collect(Collectors.toList());
  }

  private String generated() throws IOException {
    try (Stream<Path> walk = Files.walk(target.resolve("java"))) {
      Path source = walk.filter(p -> p.toString().endsWith("Generated.java")).findFirst()
          .orElseThrow();
      return Files.readString(source);
    }
  }
}
