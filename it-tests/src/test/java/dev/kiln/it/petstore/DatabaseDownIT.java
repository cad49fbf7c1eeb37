package dev.kiln.it.petstore;

import static dev.kiln.it.support.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.example.petstore.db.DatabaseSettings;
import dev.kiln.it.support.Http;
import dev.kiln.it.support.TestApp;
import java.time.Duration;
import java.util.Optional;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The example app while its database is down: the Petstore answers 503 problems and readiness is
 * false, the rest of the app keeps answering, and both recover when the database is back. The
 * database is an H2 server on loopback that the test stops and starts again on the same port.
 */
class DatabaseDownIT {
  private static final String UNAVAILABLE = problem("unavailable", "Service Unavailable", 503,
      "The database is not available; try again later.", "%s");

  private Server database;
  private TestApp app;

  @AfterEach
  void stop() {
    if (app != null) {
      app.stop(Duration.ofSeconds(5));
    }
    if (database != null) {
      database.stop();
    }
  }

  @Test
  void petstoreAnswers503WhileTheDatabaseIsDownAndRecovers() throws Exception {
    database = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
    int port = database.getPort();
    // DB_CLOSE_DELAY=-1: the in-memory database outlives its connections, so the data is still
    // there when the server is back
    app = TestApp.start(new DatabaseSettings("jdbc:h2:tcp://127.0.0.1:" + port
        + "/mem:down-" + port + ";DB_CLOSE_DELAY=-1", "", "", Optional.empty(), 4));
    Http http = Http.of(app).with(Http.PETSTORE_TOKEN);
    http.postJson("/pet", PetIT.DOGGIE).assertOk(200, PetIT.DOGGIE_1);
    assertThat(app.database().isReady()).isTrue();

    database.stop();
    http.get("/pet/1").assertProblem(503, String.format(UNAVAILABLE, "/pet/1"));
    http.postJson("/user", "{\"username\":\"u\"}")
        .assertProblem(503, String.format(UNAVAILABLE, "/user"));
    assertThat(app.database().isReady()).as("readiness while the database is down").isFalse();
    assertThat(app.database().check()).isFalse();
    assertThat(http.get("/hello").status()).as("the rest of the app").isEqualTo(200);

    database = Server.createTcpServer("-tcpPort", Integer.toString(port), "-ifNotExists").start();
    assertThat(app.database().check()).as("readiness once the database is back").isTrue();
    http.get("/pet/1").assertOk(200, PetIT.DOGGIE_1);
    http.postJson("/user", "{\"username\":\"u\"}").assertOk(200, "{'id':null,'username':'u',"
        + "'firstName':null,'lastName':null,'email':null,'password':null,'phone':null,"
        + "'userStatus':null}");
    assertThat(app.database().isReady()).isTrue();
  }
}
