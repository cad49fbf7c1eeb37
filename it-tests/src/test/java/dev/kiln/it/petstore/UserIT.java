package dev.kiln.it.petstore;

import static dev.kiln.it.support.Problems.body;
import static dev.kiln.it.support.Problems.invalid;
import static dev.kiln.it.support.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.it.support.Apps;
import dev.kiln.it.support.Providers.EachProviderAndInProcess;
import dev.kiln.it.support.Http;
import dev.kiln.test.KilnTest;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;

/** The Petstore's {@code /user} operations over HTTP, with a fresh store per test. */
@EachProviderAndInProcess
class UserIT {
  @Parameter
  String provider;

  private static final String THE_USER = "{\"id\":10,\"username\":\"theUser\","
      + "\"firstName\":\"John\",\"lastName\":\"James\",\"email\":\"john@email.com\","
      + "\"password\":\"12345\",\"phone\":\"12345\",\"userStatus\":1}";
  private static final String THE_USER_Q = "{'id':10,'username':'theUser','firstName':'John',"
      + "'lastName':'James','email':'john@email.com','password':'12345','phone':'12345',"
      + "'userStatus':1}";

  /** A fresh app for each test: its in-memory stores start empty. */
  @RegisterExtension
  final KilnTest app = Apps.exampleAppEachWay();

  private Http http;

  @BeforeEach
  void connect() {
    http = Http.of(app);
  }

  @Test
  void createUserAnswers200WithTheUser() {
    http.postJson("/user", THE_USER).assertOk(200, THE_USER_Q);
    http.get("/user/theUser").assertOk(200, THE_USER_Q);
  }

  @Test
  void createUserReadsAForm() {
    http.send("POST", "/user", "application/x-www-form-urlencoded",
        "username=jane&email=jane%40example.com&userStatus=2").assertOk(200,
            "{'id':null,'username':'jane','firstName':null,'lastName':null,"
                + "'email':'jane@example.com','password':null,'phone':null,'userStatus':2}");
  }

  @Test
  void createUserWithoutAUsernameIs422() {
    http.postJson("/user", "{\"firstName\":\"John\"}").assertProblem(422,
        invalid(422, "/user", body("/username", "missing", "is required")));
  }

  @Test
  void createUserWithAnInvalidUserStatusIs422() {
    http.postJson("/user", "{\"username\":\"x\",\"userStatus\":\"one\"}").assertProblem(422,
        invalid(422, "/user", body("/userStatus", "type", "must be an integer")));
  }

  @Test
  void createUsersWithListInputStoresEachAndAnswersTheLast() {
    http.postJson("/user/createWithList", "[" + THE_USER + ",{\"username\":\"jane\"}]")
        .assertOk(200, "{'id':null,'username':'jane','firstName':null,'lastName':null,"
            + "'email':null,'password':null,'phone':null,'userStatus':null}");
    http.get("/user/theUser").assertOk(200, THE_USER_Q);
    assertThat(http.get("/user/jane").status()).isEqualTo(200);
  }

  @Test
  void createUsersWithListInputWithoutAUsernameIs422AndStoresNone() {
    http.postJson("/user/createWithList", "[" + THE_USER + ",{\"id\":3}]").assertProblem(422,
        invalid(422, "/user/createWithList", body("/1/username", "missing", "is required")));
    assertThat(http.get("/user/theUser").status()).isEqualTo(404);
  }

  @Test
  void createUsersWithAnEmptyListIs422() {
    http.postJson("/user/createWithList", "[]").assertProblem(422,
        invalid(422, "/user/createWithList", body("", "not_empty", "must not be empty")));
  }

  @Test
  void loginUserAnswersASessionWithRateLimitAndExpiry() {
    http.postJson("/user", THE_USER);
    OffsetDateTime before = OffsetDateTime.now();
    Http.Response answer = http.get("/user/login?username=theUser&password=12345");
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.contentType()).isEqualTo("application/json");
    assertThat(answer.json().isString()).isTrue();
    assertThat(answer.json().asString()).isEqualTo("logged in user session:1");
    assertThat(answer.header("X-Rate-Limit")).isEqualTo("5000");
    OffsetDateTime expires = OffsetDateTime.parse(answer.header("X-Expires-After"));
    assertThat(answer.header("X-Expires-After")).endsWith("Z").hasSize(20);
    assertThat(expires).isAfter(before.plusMinutes(59)).isBefore(before.plusMinutes(61));
    assertThat(http.get("/user/login?username=theUser&password=12345").json().asString())
        .isEqualTo("logged in user session:2");
  }

  @Test
  void loginUserWithAWrongPasswordIs400() {
    http.postJson("/user", THE_USER);
    String invalid = problem("invalid-request", "Bad Request", 400,
        "Invalid username/password supplied.", "/user/login");
    http.get("/user/login?username=theUser&password=54321").assertProblem(400, invalid);
    http.get("/user/login?username=nobody&password=12345").assertProblem(400, invalid);
    http.get("/user/login?username=theUser").assertProblem(400, invalid);
    http.get("/user/login").assertProblem(400, invalid);
  }

  @Test
  void logoutUserAnswers200WithNoContent() {
    Http.Response answer = http.get("/user/logout");
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).isEmpty();
  }

  @Test
  void getUserByNameOfAnAbsentUserIs404() {
    http.get("/user/nobody").assertProblem(404,
        problem("not-found", "Not Found", 404, "No user nobody.", "/user/nobody"));
  }

  @Test
  void updateUserReplacesTheUserAndAnswers200WithNoContent() {
    http.postJson("/user", THE_USER);
    Http.Response answer = http.putJson("/user/theUser", "{\"firstName\":\"Johnny\"}");
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).isEmpty();
    http.get("/user/theUser").assertOk(200, "{'id':null,'username':'theUser',"
        + "'firstName':'Johnny','lastName':null,'email':null,'password':null,'phone':null,"
        + "'userStatus':null}");
  }

  @Test
  void updateUserReadsAForm() {
    http.postJson("/user", THE_USER);
    assertThat(http.send("PUT", "/user/theUser", "application/x-www-form-urlencoded",
        "username=theUser&phone=999").status()).isEqualTo(200);
    http.get("/user/theUser").assertOk(200, "{'id':null,'username':'theUser',"
        + "'firstName':null,'lastName':null,'email':null,'password':null,'phone':'999',"
        + "'userStatus':null}");
  }

  @Test
  void updateUserWithAnotherUsernameIs400() {
    http.postJson("/user", THE_USER);
    http.putJson("/user/theUser", "{\"username\":\"other\"}").assertProblem(400,
        problem("invalid-request", "Bad Request", 400,
            "The body names the user other, not theUser.", "/user/theUser"));
  }

  @Test
  void updateUserOfAnAbsentUserIs404() {
    http.putJson("/user/nobody", "{}").assertProblem(404,
        problem("not-found", "Not Found", 404, "No user nobody.", "/user/nobody"));
  }

  @Test
  void deleteUserAnswers200WithNoContent() {
    http.postJson("/user", THE_USER);
    Http.Response answer = http.delete("/user/theUser");
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).isEmpty();
    http.get("/user/theUser").assertProblem(404,
        problem("not-found", "Not Found", 404, "No user theUser.", "/user/theUser"));
    http.delete("/user/theUser").assertProblem(404,
        problem("not-found", "Not Found", 404, "No user theUser.", "/user/theUser"));
  }

  @Test
  void createUserWithAnExistingUsernameIs409AndChangesNothing() {
    http.postJson("/user", THE_USER).assertOk(200, THE_USER_Q);
    http.postJson("/user", "{\"username\":\"theUser\",\"password\":\"stolen\"}")
        .assertProblem(409, problem("http-409", "Conflict", 409,
            "There is already a user theUser.", "/user"));
    http.get("/user/theUser").assertOk(200, THE_USER_Q);
  }

  @Test
  void createUserWithAnEmptyUsernameIs422() {
    http.postJson("/user", "{\"username\":\"\"}").assertProblem(422,
        invalid(422, "/user", body("/username", "not_empty", "must not be empty")));
    assertThat(http.get("/user/").status()).isEqualTo(404);
  }

  @Test
  void createWithListNamingAnExistingOrRepeatedUserIs409AndCreatesNone() {
    http.postJson("/user", THE_USER).assertOk(200, THE_USER_Q);
    http.postJson("/user/createWithList",
        "[{\"username\":\"ann\"},{\"username\":\"theUser\"}]").assertProblem(409, problem("http-409", "Conflict", 409,
            "There is already a user theUser.", "/user/createWithList"));
    assertThat(http.postJson("/user/createWithList",
        "[{\"username\":\"bob\"},{\"username\":\"bob\"}]").status()).isEqualTo(409);
    assertThat(http.get("/user/ann").status()).isEqualTo(404);
    assertThat(http.get("/user/bob").status()).isEqualTo(404);
    http.get("/user/theUser").assertOk(200, THE_USER_Q);
  }
}
