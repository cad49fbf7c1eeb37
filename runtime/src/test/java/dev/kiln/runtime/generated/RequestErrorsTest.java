package dev.kiln.runtime.generated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiln.runtime.ErrorCodes;
import dev.kiln.runtime.ParamIn;
import dev.kiln.runtime.Problem;
import dev.kiln.runtime.ProblemException;
import dev.kiln.runtime.RequestError;
import org.junit.jupiter.api.Test;

class RequestErrorsTest {
  private static final RequestError SEMANTIC =
      RequestError.param(ParamIn.QUERY, "n", ErrorCodes.MISSING, "is required", false);
  private static final RequestError SYNTAX =
      RequestError.param(ParamIn.PATH, "id", ErrorCodes.INVALID_FORMAT, "must be an integer", true);

  private final RequestErrors errors = new RequestErrors();

  @Test
  void emptyDoesNotThrow() {
    assertThat(errors.isEmpty()).isTrue();
    assertThat(errors.count()).isZero();
    errors.throwIfAny();
  }

  @Test
  void onlySemanticErrorsAre422() {
    errors.add(SEMANTIC);
    assertThat(errors.status()).isEqualTo(422);
  }

  @Test
  void anySyntaxErrorMakesIt400WhateverTheOrder() {
    errors.add(SEMANTIC);
    errors.add(SYNTAX);
    errors.add(SEMANTIC);
    assertThat(errors.status()).isEqualTo(400);
  }

  @Test
  void throwIfAnyCarriesEveryErrorInOrder() {
    errors.add(SEMANTIC);
    errors.add(SYNTAX);
    assertThatThrownBy(errors::throwIfAny).isInstanceOfSatisfying(ProblemException.class, e -> {
      Problem problem = e.problem();
      assertThat(problem.status()).isEqualTo(400);
      assertThat(problem.title()).isEqualTo("Bad Request");
      assertThat(problem.type()).isEqualTo("https://kiln.dev/problems/invalid-request");
      assertThat(problem.detail()).isEqualTo("The request has 2 errors.");
      assertThat(problem.errors()).containsExactly(SEMANTIC, SYNTAX);
    });
  }

  @Test
  void throwIfAnyWithOneError() {
    errors.add(SEMANTIC);
    assertThatThrownBy(errors::throwIfAny).isInstanceOfSatisfying(ProblemException.class, e -> {
      assertThat(e.problem().status()).isEqualTo(422);
      assertThat(e.problem().title()).isEqualTo("Unprocessable Content");
      assertThat(e.problem().detail()).isEqualTo("The request has 1 error.");
    });
  }

  @Test
  void listIsASnapshot() {
    errors.add(SEMANTIC);
    var snapshot = errors.list();
    errors.add(SYNTAX);
    assertThat(snapshot).containsExactly(SEMANTIC);
    assertThat(errors.list()).containsExactly(SEMANTIC, SYNTAX);
  }
}
