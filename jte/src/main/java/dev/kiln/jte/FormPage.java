package dev.kiln.jte;

import dev.kiln.runtime.Problem;
import dev.kiln.runtime.ProblemException;
import dev.kiln.runtime.generated.Authentication;
import dev.kiln.runtime.generated.Responder;
import dev.kiln.runtime.generated.Route;
import dev.kiln.runtime.generated.RouteGroup;
import dev.kiln.runtime.generated.RouteExchange;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Shows an HTML form again, with its errors, when the route it posts to answers 400 or 422: the
 * route's own binding and validation (the same as for the JSON API) find the errors, and instead
 * of the {@code application/problem+json} answer the browser gets {@code 422} with the page
 * {@link Renderer} writes from the {@link FormErrors} and the submitted values.
 *
 * <p>An {@code application/x-www-form-urlencoded} body is kept (at most {@link #MAX_FORM_BYTES})
 * to show its values again. A {@code multipart/form-data} body (a form with a file input) is not
 * kept: it goes to the route as it came, under the server's multipart limits, and the page shows
 * the text fields the route's multipart reading parsed ({@link RouteExchange#multipartFields()});
 * file inputs cannot be filled in again, so the person chooses the file once more.
 *
 * <pre>{@code
 * .routes(FormPage.redisplay(new PetPages_Routes(pages), "POST", "/ui/pets",
 *     errors -> Pages.render(JtepetFormGenerated::render, PetFormPage.of(errors))))
 * }</pre>
 */
public final class FormPage {
  /**
   * The largest {@code application/x-www-form-urlencoded} body {@link #redisplay} keeps for
   * showing it again: 1 MiB (a multipart body is not kept, so this does not limit it).
   */
  public static final int MAX_FORM_BYTES = 1024 * 1024;

  private FormPage() {}

  /** Writes the form page for the errors of one submission. */
  @FunctionalInterface
  public interface Renderer {
    /** The whole HTML page. */
    String render(FormErrors errors);
  }

  /**
   * The routes of {@code group}, with the one at {@code method} and {@code template} answering
   * its 400 and 422 problems with {@code renderer}'s page (status 422, {@link Pages#HTML}).
   *
   * @throws IllegalArgumentException if {@code group} has no such route
   */
  public static RouteGroup redisplay(RouteGroup group, String method, String template,
      Renderer renderer) {
    Objects.requireNonNull(renderer, "renderer");
    List<Route> routes = new ArrayList<>();
    boolean found = false;
    for (Route route : group.routes()) {
      if (route.method().equals(method) && route.template().equals(template)) {
        routes.add(Route.of(method, template, wrap(route.responder(), renderer),
            route.operationId()));
        found = true;
      } else {
        routes.add(route);
      }
    }
    if (!found) {
      throw new IllegalArgumentException("no route " + method + " " + template);
    }
    return new RouteGroup() {
      @Override
      public List<Route> routes() {
        return routes;
      }

      // the security the server checks at start stays the group's
      @Override
      public List<Authentication> security() {
        return group.security();
      }
    };
  }

  private static Responder wrap(Responder responder, Renderer renderer) {
    return exchange -> {
      if (isMultipart(exchange.header("Content-Type"))) {
        // streamed to the route as it is (files may be large); the text fields are shown again
        // as the route's multipart reading parsed them
        respondOrRedisplay(exchange, responder, renderer, null);
        return;
      }
      // the body is read once here, at most MAX_FORM_BYTES, and handed on unchanged to the
      // route, which reads it through the server's own limit
      byte[] body = readForm(exchange.http().getRequestBody());
      exchange.http().setStreams(new ByteArrayInputStream(body), null);
      respondOrRedisplay(exchange, responder, renderer,
          new String(body, StandardCharsets.ISO_8859_1));
    };
  }

  /**
   * Lets {@code responder} answer, or answers its 400 or 422 problem with the form page showing
   * the values of {@code form} (an {@code application/x-www-form-urlencoded} body), or when it is
   * {@code null} the text fields of the multipart body the route read.
   */
  private static void respondOrRedisplay(RouteExchange exchange, Responder responder,
      Renderer renderer, String form) throws Exception {
    try {
      responder.respond(exchange);
    } catch (ProblemException e) {
      Problem problem = e.problem();
      if ((problem.status() != 400 && problem.status() != 422) || exchange.responded()) {
        throw e;
      }
      FormErrors errors = form != null ? FormErrors.of(problem, form)
          : FormErrors.of(problem, exchange.multipartFields());
      exchange.respond(422, Pages.HTML, renderer.render(errors).getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Whether {@code contentType} is {@code multipart/form-data} (parameters ignored). */
  static boolean isMultipart(String contentType) {
    if (contentType == null) {
      return false;
    }
    int semicolon = contentType.indexOf(';');
    String type = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
    return type.strip().equalsIgnoreCase("multipart/form-data");
  }

  /** The whole form body, refused with 413 beyond {@link #MAX_FORM_BYTES}. */
  private static byte[] readForm(InputStream in) throws IOException {
    byte[] body = in.readNBytes(MAX_FORM_BYTES + 1);
    if (body.length > MAX_FORM_BYTES) {
      throw new ProblemException(Problem.of(413, "The form is larger than " + MAX_FORM_BYTES
          + " bytes."), Map.of("Connection", "close"));
    }
    return body;
  }
}
