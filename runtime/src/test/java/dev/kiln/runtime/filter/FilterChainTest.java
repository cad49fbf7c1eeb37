package dev.kiln.runtime.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.runtime.Problem;
import dev.kiln.runtime.ProblemException;
import dev.kiln.runtime.generated.Route;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 17: filters around all routes or a prefix, in order, early answers, after-actions. */
class FilterChainTest {
  private static final List<String> EVENTS = new CopyOnWriteArrayList<>();
  private static FilterServer server;
  /** The provoked 500's stack trace stays out of the build log; held so it is not collected. */
  private static final java.util.logging.Logger KILN_LOG =
      java.util.logging.Logger.getLogger("dev.kiln");

  /** Records "name>" before and "name<status" after the rest of the chain. */
  private static Filter recording(String name) {
    return (exchange, chain) -> {
      EVENTS.add(name + ">");
      chain.proceed();
      EVENTS.add(name + "<" + exchange.http().getResponseCode());
    };
  }

  /** The events once {@code count} were recorded: after-actions run after the answer is sent. */
  private static List<String> events(int count) throws InterruptedException {
    for (int i = 0; i < 500 && EVENTS.size() < count; i++) {
      Thread.sleep(2);
    }
    return EVENTS;
  }

  @BeforeAll
  static void start() throws Exception {
    KILN_LOG.setLevel(java.util.logging.Level.OFF);
    server = FilterServer.start(builder -> builder
        .route(Route.of("GET", "/items/{id}", ex -> {
          EVENTS.add("handler " + ex.pathParam(0));
          ex.respondText(200, "item " + ex.pathParam(0));
        }, "getItem"))
        .route(Route.of("DELETE", "/items/{id}", ex -> ex.respondEmpty(204), "deleteItem"))
        .route(Route.of("GET", "/admin/stats", ex -> ex.respondText(200, "stats")))
        .route(Route.of("GET", "/adminx", ex -> ex.respondText(200, "adminx")))
        .route(Route.of("GET", "/boom", ex -> {
          throw new IllegalStateException("secret detail");
        }))
        .filter(recording("outer"))
        .filter((exchange, chain) -> {
          MatchedRoute route = exchange.route().orElse(null);
          EVENTS.add("route " + (route == null ? "none"
              : route.template() + " " + route.operationId() + " " + route.methods()));
          chain.proceed();
        })
        .filter("/admin", (exchange, chain) -> {
          if (exchange.header("X-Admin") == null) {
            throw new ProblemException(Problem.of(403, "Admins only."));
          }
          chain.proceed();
        })
        .filter("/admin/", recording("admin")));
  }

  @AfterAll
  static void stop() {
    KILN_LOG.setLevel(null);
    server.close();
  }

  @BeforeEach
  void clear() {
    EVENTS.clear();
  }

  @Test
  void filtersRunInDeclaredOrderAroundTheHandlerAndSeeTheRoute() throws Exception {
    HttpResponse<String> answer = server.send(server.request("/items/7"));

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).isEqualTo("item 7");
    assertThat(events(4)).containsExactly("outer>",
        "route /items/{id} getItem [GET, HEAD, DELETE, OPTIONS]", "handler 7", "outer<200");
  }

  @Test
  void theOperationIdIsTheRequestMethodsAndNoneForOptions() throws Exception {
    server.send(server.request("/items/7").DELETE());
    server.send(server.request("/items/7").method("OPTIONS", BodyPublishers.noBody()));

    assertThat(events(6)).containsExactly(
        "outer>", "route /items/{id} deleteItem [GET, HEAD, DELETE, OPTIONS]", "outer<204",
        "outer>", "route /items/{id} null [GET, HEAD, DELETE, OPTIONS]", "outer<204");
  }

  @Test
  void aPrefixFilterAnswersEarlyWithAProblemTheOuterFiltersSee() throws Exception {
    HttpResponse<String> answer = server.send(server.request("/admin/stats"));

    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(answer.body()).contains("\"detail\":\"Admins only.\"");
    assertThat(events(3)).containsExactly("outer>", "route /admin/stats null [GET, HEAD, OPTIONS]",
        "outer<403");
  }

  @Test
  void aPrefixCoversItsPathAndBelowOnly() throws Exception {
    assertThat(server.send(server.request("/admin/stats").header("X-Admin", "1")).body())
        .isEqualTo("stats");
    assertThat(events(5)).containsExactly("outer>", "route /admin/stats null [GET, HEAD, OPTIONS]",
        "admin>", "admin<200", "outer<200");

    EVENTS.clear();
    assertThat(server.send(server.request("/adminx")).statusCode()).isEqualTo(200);
    assertThat(events(3)).containsExactly("outer>", "route /adminx null [GET, HEAD, OPTIONS]",
        "outer<200");
  }

  @Test
  void notFoundAndFailuresAreAnsweredInsideTheFilters() throws Exception {
    assertThat(server.send(server.request("/nothing")).statusCode()).isEqualTo(404);
    assertThat(events(3)).containsExactly("outer>", "route none", "outer<404");

    EVENTS.clear();
    HttpResponse<String> failed = server.send(server.request("/boom"));
    assertThat(failed.statusCode()).isEqualTo(500);
    assertThat(failed.body()).contains("The server failed").doesNotContain("secret");
    assertThat(events(3)).containsExactly("outer>", "route /boom null [GET, HEAD, OPTIONS]",
        "outer<500");
  }

  @Test
  void exceptSkipsAFilterUnderItsPrefixes() throws Exception {
    Filter refuse = (exchange, chain) -> {
      throw new ProblemException(Problem.of(403, "No."));
    };
    try (FilterServer skipping = FilterServer.start(builder -> builder
        .route(Route.of("GET", "/open/x", ex -> ex.respondText(200, "open")))
        .route(Route.of("GET", "/closed", ex -> ex.respondText(200, "closed")))
        .filter(refuse.except("/open")))) {
      assertThat(skipping.send(skipping.request("/open/x")).statusCode()).isEqualTo(200);
      assertThat(skipping.send(skipping.request("/closed")).statusCode()).isEqualTo(403);
    }
  }

  @Test
  void aFilterCanAnswerItselfWithoutTheHandler() throws Exception {
    try (FilterServer answering = FilterServer.start(builder -> builder
        .route(Route.of("GET", "/x", ex -> ex.respondText(200, "handler")))
        .filter((exchange, chain) -> {
          exchange.http().getResponseHeaders().set("X-By", "filter");
          exchange.http().sendResponseHeaders(204, -1);
          assertThat(exchange.responded()).isTrue();
        }))) {
      HttpResponse<String> answer = answering.send(answering.request("/x"));
      assertThat(answer.statusCode()).isEqualTo(204);
      assertThat(answer.headers().map()).containsEntry("x-by", List.of("filter"));
    }
  }

  @Test
  void prefixesAreChecked() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() ->
        dev.kiln.runtime.KilnServer.builder().filter("api", (e, c) -> c.proceed()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("starts with /");
    assertThat(Map.of()).isEmpty();
  }
}
