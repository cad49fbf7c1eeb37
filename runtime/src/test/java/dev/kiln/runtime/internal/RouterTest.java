package dev.kiln.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiln.runtime.ProblemException;
import dev.kiln.runtime.generated.Route;
import dev.kiln.runtime.generated.Responder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RouterTest {
  private final List<Route> routes = new ArrayList<>();

  /** A responder that is recognizable by identity. */
  private Responder route(String method, String template) {
    Responder handler = exchange -> { };
    routes.add(Route.of(method, template, handler));
    return handler;
  }

  private static final class Result {
    final Router.Match match;
    final List<String> values;

    Result(Router.Match match, List<String> values) {
      this.match = match;
      this.values = values;
    }
  }

  /** Matches the raw path {@code path} as the Dispatcher does. */
  private Result match(String path) {
    Router router = new Router(routes);
    Router.Match match = router.match(path);
    if (match == null) {
      return new Result(null, null);
    }
    return new Result(match, List.of(match.values()));
  }

  private void assertBadRequest(String path) {
    assertThatThrownBy(() -> match(path))
        .isInstanceOfSatisfying(ProblemException.class,
            e -> assertThat(e.problem().status()).isEqualTo(400));
  }

  @Test
  void root() {
    Responder root = route("GET", "/");
    route("GET", "/a");
    assertThat(match("/").match.responder("GET")).isSameAs(root);
    assertThat(match("/").values).isEmpty();
  }

  @Test
  void literalBeatsVariableWhateverTheOrder() {
    Responder byId = route("GET", "/items/{id}");
    Responder fresh = route("GET", "/items/new");
    assertThat(match("/items/new").match.responder("GET")).isSameAs(fresh);
    assertThat(match("/items/new").values).isEmpty();
    assertThat(match("/items/42").match.responder("GET")).isSameAs(byId);
    assertThat(match("/items/42").values).containsExactly("42");
  }

  @Test
  void backtracksFromADeadLiteralBranchToTheVariable() {
    Responder literal = route("GET", "/a/b/d");
    Responder variable = route("GET", "/a/{x}/c");
    Result c = match("/a/b/c");
    assertThat(c.match.responder("GET")).isSameAs(variable);
    assertThat(c.values).containsExactly("b");
    assertThat(match("/a/b/d").match.responder("GET")).isSameAs(literal);
    assertThat(match("/a/z/c").values).containsExactly("z");
    assertThat(match("/a/z/d").match).isNull();
  }

  @Test
  void backtracksWhenTheLiteralNodeHasNoHandlers() {
    route("GET", "/a/b/c");
    Responder variable = route("GET", "/a/{x}");
    // /a/b is only an inner node of /a/b/c
    assertThat(match("/a/b").match.responder("GET")).isSameAs(variable);
    assertThat(match("/a/b").values).containsExactly("b");
  }

  @Test
  void bindsSeveralVariablesInOrder() {
    route("GET", "/users/{user}/posts/{post}");
    Result result = match("/users/ada/posts/7");
    assertThat(result.match.values().length).isEqualTo(2);
    assertThat(result.values).containsExactly("ada", "7");
  }

  @Test
  void variablesGetDecodedValues() {
    route("GET", "/files/{name}");
    assertThat(match("/files/a%2Fb%20c").values).containsExactly("a/b c");
  }

  @Test
  void encodedSegmentsAreDecodedBeforeMatchingLiterals() {
    Responder byId = route("GET", "/items/{id}");
    Responder fresh = route("GET", "/items/new");
    assertThat(match("/it%65ms/%6Eew").match.responder("GET")).isSameAs(fresh);
    Result cafe = match("/items/caf%C3%A9");
    assertThat(cafe.match.responder("GET")).isSameAs(byId);
    assertThat(cafe.values).containsExactly("café");
    assertThat(match("/items/a+b").values).containsExactly("a+b");
    assertThat(match("/items/a+b%21").values).as("+ is not a space in a path")
        .containsExactly("a+b!");
    assertThat(match("/items%2Fnew").match).isNull();
  }

  @Test
  void mixedPlainAndEncodedSegmentsMatchAndBacktrack() {
    Responder literal = route("GET", "/a/b/d");
    Responder variable = route("GET", "/a/{x}/c");
    Result backtracked = match("/a/%62/c");
    assertThat(backtracked.match.responder("GET")).isSameAs(variable);
    assertThat(backtracked.values).containsExactly("b");
    assertThat(match("/%61/b/%64").match.responder("GET")).isSameAs(literal);
    assertThat(match("/a/caf%C3%A9/c").values).containsExactly("café");
  }

  @Test
  void aPathNotStartingWithSlashMatchesNothing() {
    route("GET", "/");
    route("GET", "/{x}");
    assertThat(match("").match).isNull();
    assertThat(match("x").match).isNull();
    assertThat(match("*").match).isNull();
  }

  @Test
  void malformedEncodingIsABadRequestWhereverItIs() {
    route("GET", "/a/{x}");
    assertBadRequest("/a/%ZZ");
    assertBadRequest("/%4/b");
    assertBadRequest("/a/%");
    assertBadRequest("/a/%C3%28");
    assertBadRequest("/a%4/1"); // an escape does not span a segment boundary
    assertBadRequest("/nope/%ZZ"); // also after a segment no template has
    assertBadRequest("/a/caf\u00e9"); // raw non-ASCII is not a URI
  }

  @Test
  void variablesDoNotMatchEmptySegments() {
    route("GET", "/items/{id}");
    route("GET", "/a/{x}/c");
    assertThat(match("/items/").match).isNull();
    assertThat(match("/a//c").match).isNull();
  }

  @Test
  void noPrefixOrTrailingSlashMatching() {
    route("GET", "/hello");
    assertThat(match("/hello").match).isNotNull();
    assertThat(match("/hellox").match).isNull();
    assertThat(match("/hello/x").match).isNull();
    assertThat(match("/hello/").match).isNull();
    assertThat(match("/").match).isNull();
    assertThat(match("/hell").match).isNull();
  }

  @Test
  void literalsAreCaseSensitive() {
    route("GET", "/hello");
    assertThat(match("/Hello").match).isNull();
  }

  @Test
  void handlerByMethod() {
    Responder get = route("GET", "/items");
    Responder post = route("POST", "/items");
    Router.Match match = match("/items").match;
    assertThat(match.responder("GET")).isSameAs(get);
    assertThat(match.responder("POST")).isSameAs(post);
    assertThat(match.responder("DELETE")).isNull();
  }

  @Test
  void allowAddsHeadAfterGetAndAlwaysOptions() {
    route("GET", "/a");
    route("POST", "/a");
    route("POST", "/b");
    route("PUT", "/c");
    route("GET", "/c");
    route("DELETE", "/c");
    assertThat(match("/a").match.allow()).isEqualTo("GET, HEAD, POST, OPTIONS");
    assertThat(match("/b").match.allow()).isEqualTo("POST, OPTIONS");
    assertThat(match("/c").match.allow()).isEqualTo("PUT, GET, HEAD, DELETE, OPTIONS");
  }

  @Test
  void allowDoesNotRepeatExplicitHeadOrOptions() {
    route("GET", "/a");
    route("HEAD", "/a");
    route("OPTIONS", "/a");
    assertThat(match("/a").match.allow()).isEqualTo("GET, HEAD, OPTIONS");
  }

  @Test
  void allowIsPerTemplate() {
    route("GET", "/items/{id}");
    route("DELETE", "/items/{id}");
    route("POST", "/items/new");
    assertThat(match("/items/1").match.allow()).isEqualTo("GET, HEAD, DELETE, OPTIONS");
    assertThat(match("/items/new").match.allow()).isEqualTo("POST, OPTIONS");
  }

  @Test
  void duplicateRouteThrows() {
    route("GET", "/items/{id}");
    route("GET", "/items/{id}");
    assertThatThrownBy(() -> new Router(routes))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Two routes for GET /items/{id}");
  }

  @Test
  void sameShapeWithDifferentVariableNamesIsADuplicate() {
    route("GET", "/items/{id}");
    route("GET", "/items/{key}");
    assertThatThrownBy(() -> new Router(routes))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Two routes for GET /items/{key}");
  }

  @Test
  void sameTemplateWithAnotherMethodIsNoDuplicate() {
    route("GET", "/items/{id}");
    route("PUT", "/items/{id}");
    assertThat(new Router(routes)).isNotNull();
  }
}
