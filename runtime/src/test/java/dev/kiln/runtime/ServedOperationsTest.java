package dev.kiln.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiln.runtime.generated.Responder;
import dev.kiln.runtime.generated.Route;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server serving the OpenAPI document starts only if the generated routes it registers are
 * exactly the document's operations: the document never lists an operation that responds 404.
 */
class ServedOperationsTest {
  private static final Responder OK = exchange -> exchange.respondEmpty(204);

  @TempDir
  Path classPath;
  private Docs docs;

  @BeforeEach
  void document() throws IOException {
    Path file = classPath.resolve("META-INF/kiln/openapi.json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"t\",\"version\":\"1\"},"
        + "\"paths\":{\"/items\":{\"summary\":\"s\",\"parameters\":[],\"get\":{\"responses\":{}},"
        + "\"post\":{\"responses\":{}}},\"/items/{id}\":{\"get\":{\"operationId\":\"get\"}}},"
        + "\"components\":{\"schemas\":{\"Item\":{\"properties\":{\"get\":{}}}}}}",
        StandardCharsets.UTF_8);
    Files.writeString(classPath.resolve("META-INF/kiln/openapi-operations.txt"),
        "GET /items\nGET /items/{id}\nPOST /items\n", StandardCharsets.UTF_8);
    docs = Docs.defaults().swaggerUi(false).redoc(false)
        .classLoader(new URLClassLoader(new URL[] {classPath.toUri().toURL()}, null));
  }

  private static KilnServer.Builder server() {
    return KilnServer.builder().port(0).shutdownTimeout(Duration.ZERO);
  }

  @Test
  void startsWhenTheDocumentedOperationsAreServed() throws IOException {
    try (KilnServer server = server()
        .route(Route.of("GET", "/items", OK, "get_items"))
        .route(Route.of("POST", "/items", OK, "post_items"))
        .route(Route.of("GET", "/items/{id}", OK, "get_items_id"))
        .route(Route.of("GET", "/health", OK)) // hand-written: not an operation
        .docs(docs)
        .start()) {
      assertThat(server.port()).isPositive();
    }
  }

  @Test
  void aCompiledButUnregisteredControllerStopsTheStart() {
    KilnServer.Builder builder = server()
        .route(Route.of("GET", "/items", OK, "get_items"))
        .docs(docs);

    assertThatThrownBy(builder::start).isInstanceOf(IllegalStateException.class)
        .hasMessage("The OpenAPI document META-INF/kiln/openapi.json does not list exactly the"
            + " operations this server serves. Documented but not served (they would respond"
            + " 404): GET /items/{id}, POST /items. Register their controllers' routes"
            + " (new <Controller>_Routes(controller)), or compile those controllers in another"
            + " module.");
  }

  @Test
  void aGeneratedRouteMissingFromTheDocumentStopsTheStart() {
    KilnServer.Builder builder = server()
        .route(Route.of("GET", "/items", OK, "get_items"))
        .route(Route.of("POST", "/items", OK, "post_items"))
        .route(Route.of("GET", "/items/{id}", OK, "get_items_id"))
        .route(Route.of("DELETE", "/items/{id}", OK, "delete_items_id"))
        .docs(docs);

    assertThatThrownBy(builder::start).isInstanceOf(IllegalStateException.class)
        .hasMessage("The OpenAPI document META-INF/kiln/openapi.json does not list exactly the"
            + " operations this server serves. Served but not documented: DELETE /items/{id}."
            + " Is the document on the class path the one compiled with these controllers?");
  }

  @Test
  void aDocumentWithoutItsOperationListIsNotChecked() throws IOException {
    Files.delete(classPath.resolve("META-INF/kiln/openapi-operations.txt"));

    try (KilnServer server = server().route(Route.of("GET", "/other", OK, "get_other")).docs(docs)
        .start()) {
      assertThat(server.port()).isPositive();
    }
  }

  @Test
  void aServerNotServingTheDocumentIsNotChecked() throws IOException {
    try (KilnServer server = server().route(Route.of("GET", "/other", OK, "get_other")).start()) {
      assertThat(server.port()).isPositive();
    }
  }
}
