package dev.kiln.processor.providers;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.kiln.processor.testing.Compilations.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.kiln.processor.KilnProcessor;
import dev.kiln.processor.testing.Compilations;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build compiling a controller without the providers it uses (an IDE compiling one changed
 * file, a module using a jar's providers) finds them by the index an earlier build wrote.
 */
class ProviderIndexTest {
  private static final String INDEX = "META-INF/kiln/providers.txt";

  @Test
  void aLaterBuildOfOneControllerFindsTheProvidersOfTheEarlierOne(@TempDir Path classes)
      throws IOException {
    Compilation first = Compilations.compile(
        source("User", "public record User(String name) {}"),
        source("Admin", "@Qualifier @interface Admin {}"),
        source("Users",
            "public class Users {",
            "  @Provides",
            "  public static User user(@Header(\"X-User\") String name) {",
            "    return new User(name);",
            "  }",
            "",
            "  @Provides @Admin",
            "  public static User admin(User user) {",
            "    return user;",
            "  }",
            "}"));
    assertThat(first).succeeded();
    copyClassOutput(first, classes);
    assertThat(Files.readString(classes.resolve(INDEX))).isEqualTo("test.Users\n");

    JavaFileObject later = source("LaterController",
        "public class LaterController {",
        "  @Get(\"/later\")",
        "  public String later(User user, @Admin User admin) {",
        "    return user.name() + \" \" + admin.name();",
        "  }",
        "}");
    List<File> classPath = new ArrayList<>();
    classPath.add(classes.toFile());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classPath.add(new File(entry));
    }
    Compilation second = javac().withProcessors(new KilnProcessor())
        .withOptions("-Xlint:all,-processing,-options")
        .withClasspath(classPath)
        .compile(later);

    assertThat(second).succeededWithoutWarnings();
    String routes = second.generatedSourceFile("test.LaterController_Routes").orElseThrow()
        .getCharContent(true).toString();
    assertThat(routes)
        .contains("public LaterController_Routes(LaterController controller, "
            + "Users_Providers usersProviders) {")
        .contains("this.usersProviders.admin(user)");
    assertThat(second.generatedSourceFile("test.Users_Providers")).isEmpty(); // the earlier one's
  }

  /** Writes what {@code compilation} put in its class output (classes, resources) below {@code dir}. */
  private static void copyClassOutput(Compilation compilation, Path dir) {
    for (JavaFileObject file : compilation.generatedFiles()) {
      String path = file.toUri().getPath();
      int start = path.indexOf("/CLASS_OUTPUT/");
      if (start < 0) {
        continue;
      }
      Path target = dir.resolve(path.substring(start + "/CLASS_OUTPUT/".length()));
      try (InputStream in = file.openInputStream()) {
        Files.createDirectories(target.getParent());
        Files.write(target, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
