package dev.kiln.it;

import static dev.kiln.it.support.Problems.invalid;
import static dev.kiln.it.support.Problems.param;
import static dev.kiln.it.support.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.example.notes.Caller;
import dev.kiln.example.notes.NoteUsers_Providers;
import dev.kiln.example.notes.NotesController;
import dev.kiln.example.notes.NotesController_Routes;
import dev.kiln.it.support.Apps;
import dev.kiln.it.support.Http;
import dev.kiln.runtime.KilnServer;
import dev.kiln.test.KilnTest;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The example app's providers over HTTP: the notes know their caller from the {@code user} cookie
 * ({@code NoteUsers}); {@code GET /notes/mine} needs a signed-in one (401 with {@code
 * WWW-Authenticate} otherwise); a test replaces the caller provider without reflection.
 */
class DependenciesIT {
  static final String ALICE = "0f8fad5b-d9cb-469f-a165-70867728950e";
  static final String BOB = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

  /** A fresh example app for each test: its notes start empty. */
  @RegisterExtension
  final KilnTest app = Apps.exampleApp();

  /** The notes alone (once for the class), with a test's caller provider: everyone is bob. */
  @RegisterExtension
  static final KilnTest AS_BOB = KilnTest.of(() -> KilnServer.builder()
      .routes(new NotesController_Routes(new NotesController(Clock.systemUTC()),
          new NoteUsers_Providers() {
            @Override
            public Caller caller(Optional<UUID> user) {
              return new Caller(Optional.of(UUID.fromString(BOB)));
            }
          })));

  @Test
  void theCallerProviderMakesTheAuthorAndMineListsOnlyTheirs() {
    Http http = Http.of(app);
    assertThat(create(http, "Alice's", "user=" + ALICE).json().get("author").asString())
        .isEqualTo(ALICE);
    create(http, "Bob's", "theme=dark; user=" + BOB);
    assertThat(create(http, "Nobody's", "theme=dark").json().get("author").isNull()).isTrue();

    Http.Response mine = http.get("/notes/mine", "Cookie", "user=" + ALICE);
    assertThat(mine.status()).isEqualTo(200);
    assertThat(mine.json().size()).isEqualTo(1);
    assertThat(mine.json().get(0).get("title").asString()).isEqualTo("Alice's");
    assertThat(mine.json().get(0).get("id").asLong()).isEqualTo(1);
  }

  @Test
  void mineAnswers401WithItsChallengeToAnAnonymousCaller() {
    Http.Response response = Http.of(app).get("/notes/mine")
        .assertProblem(401, problem("unauthorized", "Unauthorized", 401,
            "Sign in first: send the cookie user with your id (a UUID).", "/notes/mine"));
    assertThat(response.header("WWW-Authenticate")).isEqualTo("Cookie realm=\"notes\"");
  }

  @Test
  void whatTheProviderReadsIsCheckedBeforeTheHandlerRuns() {
    Http.of(app).get("/notes/mine", "Cookie", "user=not-a-uuid")
        .assertProblem(400, invalid(400, "/notes/mine",
            param("cookie", "user", "invalid_format",
                "must be a UUID (8-4-4-4-12 hexadecimal digits)")));
  }

  @Test
  void aTestReplacesTheCallerProvider() {
    Http http = Http.of(AS_BOB);
    assertThat(create(http, "Mine", "user=" + ALICE).json().get("author").asString())
        .isEqualTo(BOB);
    Http.Response mine = http.get("/notes/mine");
    assertThat(mine.status()).isEqualTo(200);
    assertThat(mine.json().get(0).get("author").asString()).isEqualTo(BOB);
  }

  private static Http.Response create(Http http, String title, String cookie) {
    Http.Response response = http.requestText("POST", "/notes",
        "{\"title\":\"" + title + "\",\"color\":\"yellow\",\"tags\":[]}",
        "Content-Type", "application/json", "Cookie", cookie);
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response;
  }
}
