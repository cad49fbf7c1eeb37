package dev.kiln.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ready-made failures a provider throws: 401 with its challenge, 403. */
class ProblemExceptionTest {

  @Test
  void unauthorizedCarriesItsChallenge() {
    ProblemException e = ProblemException.unauthorized("Bearer realm=\"notes\"", "Log in.");

    assertThat(e.problem().status()).isEqualTo(401);
    assertThat(e.problem().title()).isEqualTo("Unauthorized");
    assertThat(e.problem().detail()).isEqualTo("Log in.");
    assertThat(e.headers()).isEqualTo(Map.of("WWW-Authenticate", "Bearer realm=\"notes\""));
    assertThatThrownBy(() -> ProblemException.unauthorized(null, "x"))
        .isInstanceOf(NullPointerException.class).hasMessage("challenge");
  }

  @Test
  void forbiddenIs403WithoutHeaders() {
    ProblemException e = ProblemException.forbidden("Administrators only.");

    assertThat(e.problem().status()).isEqualTo(403);
    assertThat(e.problem().title()).isEqualTo("Forbidden");
    assertThat(e.headers()).isEmpty();
  }
}
