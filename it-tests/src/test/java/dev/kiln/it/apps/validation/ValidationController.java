package dev.kiln.it.apps.validation;

import dev.kiln.annotations.Cookie;
import dev.kiln.annotations.DefaultValue;
import dev.kiln.annotations.Get;
import dev.kiln.annotations.Header;
import dev.kiln.annotations.Path;
import dev.kiln.annotations.Post;
import dev.kiln.annotations.QueryParam;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;

/** Test-only routes whose bodies and parameters carry jakarta.validation constraints. */
@Path("/v")
public final class ValidationController {

  /** Every constraint on one body; 204 when valid. */
  @Post("/everything")
  public void everything(Everything everything) {}

  /** Nested records and list elements; echoes the person. */
  @Post("/people")
  public Person person(Person person) {
    return person;
  }

  /** A cross-field rule; echoes the stay. */
  @Post("/stays")
  public Stay stay(Stay stay) {
    return stay;
  }

  /** Constrained path, query, header and cookie parameters; answers a summary. */
  @Get("/items/{id}")
  public String item(
      @Positive long id,
      @Min(1) @DefaultValue("1") int page,
      @Min(1) @Max(100) @DefaultValue("20") int size,
      @QueryParam("tag") List<@Size(max = 3) String> tags,
      @Header("X-Request-Id") Optional<@Pattern(regexp = "[0-9a-f]{8}") String> requestId,
      @Cookie("session") Optional<@Size(min = 4) String> session) {
    return id + " " + page + " " + size + " " + tags + " " + requestId.orElse("-") + " "
        + session.orElse("-");
  }
}
