package dev.kiln.processor.behaviour;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.kiln.processor.testing.Compilations.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.testing.compile.Compilation;
import dev.kiln.processor.testing.Compilations;
import dev.kiln.processor.testing.GeneratedClassLoader;
import dev.kiln.runtime.Docs;
import dev.kiln.runtime.KilnServer;
import dev.kiln.runtime.generated.RouteGroup;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The document a server serves lists exactly its operations: a controller compiled into the
 * document but not registered stops the server's start, naming its operations.
 */
class ServedDocumentTest {
  @TempDir
  Path classPath;
  private ClassLoader loader;
  private Docs docs;

  @BeforeEach
  void compile() throws IOException {
    Compilation compilation = Compilations.compile(
        source("PetsController",
            "public class PetsController {",
            "  @Get(\"/pets/{id}\")",
            "  public String pet(long id) {",
            "    return \"pet \" + id;",
            "  }",
            "}"),
        source("AdminController",
            "public class AdminController {",
            "  @Delete(\"/pets/{id}\")",
            "  public void remove(long id) {",
            "  }",
            "",
            "  @Post(\"/reindex\")",
            "  public void reindex() {",
            "  }",
            "}"));
    assertThat(compilation).succeeded();
    loader = new GeneratedClassLoader(compilation);
    Files.createDirectories(classPath.resolve("META-INF/kiln"));
    for (String resource : new String[] {Docs.DOCUMENT, Docs.OPERATIONS}) {
      try (InputStream in = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, resource)
          .orElseThrow().openInputStream()) {
        Files.copy(in, classPath.resolve(resource));
      }
    }
    docs = Docs.defaults().swaggerUi(false).redoc(false)
        .classLoader(new URLClassLoader(new URL[] {classPath.toUri().toURL()}, null));
  }

  private RouteGroup routes(String controller) throws ReflectiveOperationException {
    Object instance = loader.loadClass("test." + controller).getConstructor().newInstance();
    return (RouteGroup) loader.loadClass("test." + controller + "_Routes")
        .getConstructor(instance.getClass()).newInstance(instance);
  }

  @Test
  void aCompiledButUnregisteredControllerIsCaughtAtStart() throws Exception {
    KilnServer.Builder builder = KilnServer.builder().port(0).shutdownTimeout(Duration.ZERO)
        .routes(routes("PetsController"))
        .docs(docs);

    assertThatThrownBy(builder::start).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Documented but not served (they would respond 404): "
            + "DELETE /pets/{id}, POST /reindex. Register their controllers' routes");
  }

  @Test
  void everyCompiledControllerRegisteredStarts() throws Exception {
    try (KilnServer server = KilnServer.builder().port(0).shutdownTimeout(Duration.ZERO)
        .routes(routes("PetsController"), routes("AdminController"))
        .docs(docs)
        .start()) {
      assertThat(server.port()).isPositive();
    }
  }
}
