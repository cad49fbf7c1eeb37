package dev.kiln.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiln.runtime.generated.Responder;
import dev.kiln.runtime.generated.Route;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mounted Kiln application's operations in the mounting server's OpenAPI document: merged under
 * the prefix or left out, from the same compilation's document or from its own, with the served
 * operations checked against the result. Over real HTTP, documents compared as exact text.
 */
class MountedDocumentsTest {
  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).build();
  private static final Responder OK = exchange -> exchange.respondEmpty(204);
  /** The start of the documents below, up to the parent's GET /hello operation. */
  private static final String HELLO = String.join("\n",
      "{",
      "  \"openapi\": \"3.1.0\",",
      "  \"info\": {",
      "    \"title\": \"t\",",
      "    \"version\": \"1\"",
      "  },",
      "  \"paths\": {",
      "    \"/hello\": {",
      "      \"get\": {",
      "        \"operationId\": \"hello\",",
      "        \"responses\": {}",
      "      }");
  /** One compilation's document: the parent's GET /hello and the v2 app's GET /items. */
  private static final String ONE_COMPILATION = String.join("\n", HELLO,
      "    },",
      "    \"/items\": {",
      "      \"post\": {",
      "        \"operationId\": \"addItem\",",
      "        \"responses\": {",
      "          \"201\": {",
      "            \"description\": \"Created\"",
      "          }",
      "        }",
      "      },",
      "      \"get\": {",
      "        \"operationId\": \"listItems\",",
      "        \"parameters\": [],",
      "        \"responses\": {",
      "          \"200\": {",
      "            \"description\": \"\\u00e9 OK\",",
      "            \"x-limit\": 1.50",
      "          }",
      "        }",
      "      }",
      "    }",
      "  }",
      "}",
      "");

  @TempDir
  Path dir;

  private static KilnServer.Builder server() {
    return KilnServer.builder().port(0).shutdownTimeout(Duration.ZERO);
  }

  private static KilnServer.Builder v2App() {
    return KilnServer.builder()
        .route(Route.of("GET", "/items", OK, "listItems"))
        .route(Route.of("POST", "/items", OK, "addItem"));
  }

  @Test
  void documentedMountMovesItsOperationsUnderThePrefix() throws Exception {
    try (KilnServer server = oneCompilation().mount("/v2", v2App(),
        MountedOperations.DOCUMENTED).start()) {
      assertThat(get(server, "/openapi.json")).isEqualTo(String.join("\n", HELLO,
          "    },",
          "    \"/v2/items\": {",
          "      \"get\": {",
          "        \"operationId\": \"listItems\",",
          "        \"parameters\": [],",
          "        \"responses\": {",
          "          \"200\": {",
          "            \"description\": \"\u00e9 OK\",",
          "            \"x-limit\": 1.50",
          "          }",
          "        }",
          "      },",
          "      \"post\": {",
          "        \"operationId\": \"addItem\",",
          "        \"responses\": {",
          "          \"201\": {",
          "            \"description\": \"Created\"",
          "          }",
          "        }",
          "      }",
          "    }",
          "  }",
          "}",
          ""));
      assertThat(status(server, "/v2/items")).isEqualTo(204);
      assertThat(status(server, "/items")).isEqualTo(404);
    }
  }

  @Test
  void undocumentedMountIsLeftOutAndNotChecked() throws Exception {
    try (KilnServer server = oneCompilation().mount("/v2", v2App(),
        MountedOperations.UNDOCUMENTED).start()) {
      assertThat(get(server, "/openapi.json")).isEqualTo(String.join("\n", HELLO,
          "    }",
          "  }",
          "}",
          ""));
      assertThat(status(server, "/v2/items")).isEqualTo(204);
    }
  }

  @Test
  void anAppCompiledApartBringsItsOperationsComponentsAndTags() throws Exception {
    Docs parent = docs(classPath("parent", "{\"openapi\":\"3.1.0\",\"tags\":[{\"name\":\"a\"}],"
        + "\"paths\":{\"/hello\":{\"get\":{\"operationId\":\"hello\"}}},"
        + "\"components\":{\"schemas\":{\"Shared\":{\"type\":\"string\"}}}}",
        "GET /hello\n"));
    Docs own = docs(classPath("v2", "{\"openapi\":\"3.1.0\",\"tags\":[{\"name\":\"a\"},"
        + "{\"name\":\"b\"}],\"paths\":{\"/\":{\"get\":{\"operationId\":\"root\","
        + "\"responses\":{\"200\":{\"$ref\":\"#/components/responses/Ok\"}}}}},"
        + "\"components\":{\"schemas\":{\"Shared\":{\"type\":\"string\"},"
        + "\"Item\":{\"type\":\"object\"}},\"responses\":{\"Ok\":{\"description\":\"ok\"}}}}",
        "GET /\n"));
    KilnServer.Builder v2 = KilnServer.builder().route(Route.of("GET", "/", OK, "root"))
        .docs(own);
    try (KilnServer server = server().route(Route.of("GET", "/hello", OK, "hello"))
        .docs(parent).mount("/v2", v2, MountedOperations.DOCUMENTED).start()) {
      assertThat(get(server, "/openapi.json")).isEqualTo(String.join("\n",
          "{",
          "  \"openapi\": \"3.1.0\",",
          "  \"tags\": [",
          "    {",
          "      \"name\": \"a\"",
          "    },",
          "    {",
          "      \"name\": \"b\"",
          "    }",
          "  ],",
          "  \"paths\": {",
          "    \"/hello\": {",
          "      \"get\": {",
          "        \"operationId\": \"hello\"",
          "      }",
          "    },",
          "    \"/v2\": {",
          "      \"get\": {",
          "        \"operationId\": \"root\",",
          "        \"responses\": {",
          "          \"200\": {",
          "            \"$ref\": \"#/components/responses/Ok\"",
          "          }",
          "        }",
          "      }",
          "    }",
          "  },",
          "  \"components\": {",
          "    \"schemas\": {",
          "      \"Shared\": {",
          "        \"type\": \"string\"",
          "      },",
          "      \"Item\": {",
          "        \"type\": \"object\"",
          "      }",
          "    },",
          "    \"responses\": {",
          "      \"Ok\": {",
          "        \"description\": \"ok\"",
          "      }",
          "    }",
          "  }",
          "}",
          ""));
      assertThat(get(server, "/v2/openapi.json")).startsWith("{\"openapi\":\"3.1.0\",\"tags\"");
    }
  }

  @Test
  void aClashingComponentStopsTheStart() throws Exception {
    Docs parent = docs(classPath("parent", "{\"paths\":{},\"components\":{\"schemas\":"
        + "{\"Item\":{\"type\":\"string\"}}}}", ""));
    Docs own = docs(classPath("v2", "{\"paths\":{\"/\":{\"get\":{\"operationId\":\"root\"}}},"
        + "\"components\":{\"schemas\":{\"Item\":{\"type\":\"object\"}}}}", "GET /\n"));
    KilnServer.Builder builder = server().docs(parent).mount("/v2",
        KilnServer.builder().route(Route.of("GET", "/", OK, "root")).docs(own),
        MountedOperations.DOCUMENTED);

    assertThatThrownBy(builder::start).isInstanceOf(IllegalStateException.class)
        .hasMessage("The application mounted at /v2 has a different components/schemas/Item"
            + " than this server's OpenAPI document. Rename one of them.");
  }

  @Test
  void theSameAppMountedTwiceDocumentedStopsTheStart() throws Exception {
    KilnServer.Builder builder = oneCompilation()
        .mount("/v1", v2App(), MountedOperations.DOCUMENTED)
        .mount("/v2", v2App(), MountedOperations.DOCUMENTED);

    assertThatThrownBy(builder::start).isInstanceOf(IllegalStateException.class)
        .hasMessage("The OpenAPI document would list the operationId listItems twice: GET /items"
            + " of the application mounted at /v2 has it too. Give one of them another"
            + " operationId, or mount it with MountedOperations.UNDOCUMENTED.");
  }

  @Test
  void aMountedOperationItsDocumentLacksStopsTheStart() throws Exception {
    KilnServer.Builder v2 = v2App().route(Route.of("DELETE", "/items", OK, "clearItems"));
    KilnServer.Builder builder = oneCompilation().mount("/v2", v2, MountedOperations.DOCUMENTED);

    assertThatThrownBy(builder::start).isInstanceOf(IllegalStateException.class)
        .hasMessage("The application mounted at /v2 serves DELETE /items (clearItems), which its"
            + " OpenAPI document does not list. Give its builder the docs of its own document.");
  }

  @Test
  void theServedCheckStillSeesTheParentsOwnOperations() throws Exception {
    Docs docs = docs(classPath("parent", ONE_COMPILATION,
        "GET /hello\nGET /items\nPOST /items\n"));
    KilnServer.Builder builder = server().docs(docs)
        .mount("/v2", v2App(), MountedOperations.DOCUMENTED);

    assertThatThrownBy(builder::start).isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("The OpenAPI document META-INF/kiln/openapi.json does not list"
            + " exactly the operations this server serves. Documented but not served (they"
            + " would respond 404): GET /hello.");
  }

  /** A server of GET /hello serving {@link #ONE_COMPILATION}. */
  private KilnServer.Builder oneCompilation() throws IOException {
    return server().route(Route.of("GET", "/hello", OK, "hello")).docs(docs(classPath("parent",
        ONE_COMPILATION, "GET /hello\nGET /items\nPOST /items\n")));
  }

  private Path classPath(String name, String document, String operations) throws IOException {
    Path root = dir.resolve(name);
    Path file = root.resolve("META-INF/kiln/openapi.json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, document, StandardCharsets.UTF_8);
    Files.writeString(root.resolve("META-INF/kiln/openapi-operations.txt"), operations);
    return root;
  }

  private static Docs docs(Path classPath) throws IOException {
    return Docs.defaults().swaggerUi(false).redoc(false)
        .classLoader(new URLClassLoader(new URL[] {classPath.toUri().toURL()}, null));
  }

  private static String get(KilnServer server, String path) throws Exception {
    return send(server, path).body();
  }

  private static int status(KilnServer server, String path) throws Exception {
    return send(server, path).statusCode();
  }

  private static HttpResponse<String> send(KilnServer server, String path) throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
