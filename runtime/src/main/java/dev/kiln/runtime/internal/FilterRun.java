package dev.kiln.runtime.internal;

import com.sun.net.httpserver.HttpExchange;
import dev.kiln.runtime.filter.Filter;
import dev.kiln.runtime.filter.FilterExchange;
import dev.kiln.runtime.filter.MatchedRoute;
import java.util.Objects;
import java.util.Optional;

/**
 * One request passing through the filters, then the route: the
 * {@link FilterExchange} the filters see and their {@link Filter.Chain}. Each filter and the
 * route run inside {@link Dispatcher#answer}, so a problem or failure is answered where it was
 * thrown and the filters around it see the answer.
 */
final class FilterRun implements FilterExchange, Filter.Chain {
  private final Dispatcher dispatcher;
  private final Filter[] filters;
  private final SwitchableHttp http;
  private final JdkExchange exchange;
  private final String rawPath;
  private final Router.Match match;
  private final Dispatcher.Step route;
  private int next;

  /** {@code match}: {@code null} when no route matched; {@code route} answers the request. */
  FilterRun(Dispatcher dispatcher, Filter[] filters, SwitchableHttp http, JdkExchange exchange,
      String rawPath, Router.Match match, Dispatcher.Step route) {
    this.dispatcher = dispatcher;
    this.filters = filters;
    this.http = http;
    this.exchange = exchange;
    this.rawPath = rawPath;
    this.match = match;
    this.route = route;
  }

  @Override
  public void proceed() {
    if (next == filters.length) {
      next++;
      dispatcher.answer(exchange, rawPath, route);
    } else if (next < filters.length) {
      Filter filter = filters[next++];
      dispatcher.answer(exchange, rawPath, () -> filter.filter(this, this));
    }
  }

  @Override
  public String method() {
    return http.getRequestMethod();
  }

  @Override
  public String rawPath() {
    return rawPath;
  }

  @Override
  public String header(String name) {
    return http.getRequestHeaders().getFirst(name);
  }

  @Override
  public Optional<MatchedRoute> route() {
    if (match == null) {
      return Optional.empty();
    }
    String method = method().equals("HEAD") ? "GET" : method();
    return Optional.of(new MatchedRoute(match.template(), match.operationId(method),
        match.methods()));
  }

  @Override
  public HttpExchange http() {
    return http.delegate();
  }

  @Override
  public void replaceHttp(HttpExchange wrapper) {
    http.replace(Objects.requireNonNull(wrapper, "wrapper"));
  }

  @Override
  public boolean responded() {
    return Dispatcher.responded(exchange);
  }
}
