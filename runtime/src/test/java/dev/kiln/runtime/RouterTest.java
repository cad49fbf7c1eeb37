package dev.kiln.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RouterTest {
  private final List<Route> routes = new ArrayList<>();

  /** A handler that is recognizable by identity. */
  private RouteHandler route(String method, String template) {
    RouteHandler handler = exchange -> { };
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

  private Result match(String path) {
    Router router = new Router(routes);
    String[] segments = PathTemplate.decodeSegments(path);
    String[] values = new String[segments.length];
    Router.Match match = router.match(segments, values);
    return new Result(match,
        match == null ? null : Arrays.asList(values).subList(0, match.valueCount()));
  }

  @Test
  void root() {
    RouteHandler root = route("GET", "/");
    route("GET", "/a");
    assertThat(match("/").match.handler("GET")).isSameAs(root);
    assertThat(match("/").values).isEmpty();
  }

  @Test
  void literalBeatsVariableWhateverTheOrder() {
    RouteHandler byId = route("GET", "/items/{id}");
    RouteHandler fresh = route("GET", "/items/new");
    assertThat(match("/items/new").match.handler("GET")).isSameAs(fresh);
    assertThat(match("/items/new").values).isEmpty();
    assertThat(match("/items/42").match.handler("GET")).isSameAs(byId);
    assertThat(match("/items/42").values).containsExactly("42");
  }

  @Test
  void backtracksFromADeadLiteralBranchToTheVariable() {
    RouteHandler literal = route("GET", "/a/b/d");
    RouteHandler variable = route("GET", "/a/{x}/c");
    Result c = match("/a/b/c");
    assertThat(c.match.handler("GET")).isSameAs(variable);
    assertThat(c.values).containsExactly("b");
    assertThat(match("/a/b/d").match.handler("GET")).isSameAs(literal);
    assertThat(match("/a/z/c").values).containsExactly("z");
    assertThat(match("/a/z/d").match).isNull();
  }

  @Test
  void backtracksWhenTheLiteralNodeHasNoHandlers() {
    route("GET", "/a/b/c");
    RouteHandler variable = route("GET", "/a/{x}");
    // /a/b is only an inner node of /a/b/c
    assertThat(match("/a/b").match.handler("GET")).isSameAs(variable);
    assertThat(match("/a/b").values).containsExactly("b");
  }

  @Test
  void bindsSeveralVariablesInOrder() {
    route("GET", "/users/{user}/posts/{post}");
    Result result = match("/users/ada/posts/7");
    assertThat(result.match.valueCount()).isEqualTo(2);
    assertThat(result.values).containsExactly("ada", "7");
  }

  @Test
  void variablesGetDecodedValues() {
    route("GET", "/files/{name}");
    assertThat(match("/files/a%2Fb%20c").values).containsExactly("a/b c");
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
    RouteHandler get = route("GET", "/items");
    RouteHandler post = route("POST", "/items");
    Router.Match match = match("/items").match;
    assertThat(match.handler("GET")).isSameAs(get);
    assertThat(match.handler("POST")).isSameAs(post);
    assertThat(match.handler("DELETE")).isNull();
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
