package dev.kiln.jte;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.runtime.ParamIn;
import dev.kiln.runtime.generated.Authentication;
import dev.kiln.runtime.generated.Requirement;
import dev.kiln.runtime.generated.Route;
import dev.kiln.runtime.generated.RouteGroup;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link FormPage#redisplay} keeps what the server checks of the group at start. */
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
}
