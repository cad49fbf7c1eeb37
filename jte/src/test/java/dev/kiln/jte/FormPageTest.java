package dev.kiln.jte;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.runtime.ParamIn;
import dev.kiln.runtime.Problem;
import dev.kiln.runtime.RequestError;
import dev.kiln.runtime.generated.Authentication;
import dev.kiln.runtime.generated.Requirement;
import dev.kiln.runtime.generated.Route;
import dev.kiln.runtime.generated.RouteGroup;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link FormPage#redisplay} keeps what the server checks of the group at start, and tells a
 * multipart form (shown again from the fields the route parsed) from a url-encoded one.
 */
class FormPageTest {

  @Test
  void theRedisplayedGroupKeepsItsRoutesAndTheirSecurity() {
    Authentication security = Authentication.anyOf(
        Requirement.apiKey("api_key", ParamIn.HEADER, "api_key"));
    Route form = Route.of("POST", "/ui/pets", exchange -> { }, "submitPetForm");
    Route page = Route.of("GET", "/ui/pets", exchange -> { }, "listPets");
    RouteGroup group = new RouteGroup() {
      @Override
      public List<Route> routes() {
        return List.of(form, page);
      }

      @Override
      public List<Authentication> security() {
        return List.of(security);
      }
    };

    RouteGroup redisplayed = FormPage.redisplay(group, "POST", "/ui/pets", errors -> "page");

    assertThat(redisplayed.security()).containsExactly(security);
    assertThat(redisplayed.routes()).hasSize(2);
    assertThat(redisplayed.routes().get(0).operationId()).isEqualTo("submitPetForm");
    assertThat(redisplayed.routes().get(0).responder()).isNotSameAs(form.responder());
    assertThat(redisplayed.routes().get(1)).isSameAs(page);
  }

  @Test
  void onlyAMultipartFormDataBodyIsLeftToTheRoutesMultipartReading() {
    for (String multipart : List.of("multipart/form-data; boundary=XyZ",
        " Multipart/Form-Data ;boundary=XyZ", "multipart/form-data")) {
      assertThat(FormPage.isMultipart(multipart)).as(multipart).isTrue();
    }
    for (String other : Arrays.asList("application/x-www-form-urlencoded",
        "multipart/mixed; boundary=XyZ", "", null)) {
      assertThat(FormPage.isMultipart(other)).as(String.valueOf(other)).isFalse();
    }
  }

  @Test
  void theErrorsOfAMultipartFormShowItsParsedValues() {
    Problem problem = Problem.of(422, "The request has 1 invalid value.").withErrors(List.of(
        RequestError.body("/name", "not_blank", "must not be blank", false)));

    FormErrors errors = FormErrors.of(problem, Map.of("name", List.of(" "),
        "category", List.of("Fish & Chips", "second")));

    assertThat(errors.any()).isTrue();
    assertThat(errors.message("name")).isEqualTo("must not be blank");
    assertThat(errors.has("category")).isFalse();
    assertThat(errors.value("category")).isEqualTo("Fish & Chips");
    assertThat(errors.value("status")).isEmpty();
  }
}
