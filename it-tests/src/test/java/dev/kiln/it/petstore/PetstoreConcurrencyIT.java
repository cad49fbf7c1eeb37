package dev.kiln.it.petstore;

import static dev.kiln.it.support.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.it.support.Apps;
import dev.kiln.it.support.Http;
import dev.kiln.test.KilnTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Concurrent clients of the database-backed Petstore: no acknowledged write is lost, a create
 * never replaces (409) and a failed request stores nothing. On in-memory H2, or on PostgreSQL
 * when {@code KILN_TEST_DB_URL} is set ({@code scripts/postgres-test.sh}).
 */
class PetstoreConcurrencyIT {
  private static final int CLIENTS = 8;
  private static final Pattern STORED = Pattern.compile("Stored image (\\d+) of pet 1 ");

  /** A fresh app and database for each test. */
  @RegisterExtension
  final KilnTest app = Apps.exampleApp();

  private Http http;
  private ExecutorService clients;

  @BeforeEach
  void connect() {
    http = Http.of(app).with(Http.PETSTORE_TOKEN);
    clients = Executors.newFixedThreadPool(CLIENTS);
  }

  @AfterEach
  void stopClients() throws InterruptedException {
    clients.shutdownNow();
    assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void concurrentImageUploadsToOnePetAreEachCountedOnce() throws Exception {
    http.postJson("/pet", PetIT.DOGGIE).assertOk(200, PetIT.DOGGIE_1);
    int perClient = 10;
    List<Integer> counts = new ArrayList<>();
    for (List<Http.Response> answers : all(() -> {
      List<Http.Response> mine = new ArrayList<>();
      for (int i = 0; i < perClient; i++) {
        mine.add(http.send("POST", "/pet/1/uploadImage", "application/octet-stream", "GIF89a"));
      }
      return mine;
    })) {
      for (Http.Response answer : answers) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        Matcher stored = STORED.matcher(answer.json().get("message").asString());
        assertThat(stored.find()).as(answer.body()).isTrue();
        counts.add(Integer.parseInt(stored.group(1)));
      }
    }
    List<Integer> expected = new ArrayList<>();
    for (int i = 1; i <= CLIENTS * perClient; i++) {
      expected.add(i);
    }
    assertThat(counts).as("every upload counted once").containsExactlyInAnyOrderElementsOf(expected);
    http.send("POST", "/pet/1/uploadImage", "application/octet-stream", "PNG").assertOk(200,
        "{'code':200,'type':'image','message':'Stored image " + (CLIENTS * perClient + 1)
            + " of pet 1 (3 bytes).'}");
  }

  @Test
  void concurrentFormUpdatesOfNameAndStatusLoseNeither() throws Exception {
    http.postJson("/pet", PetIT.DOGGIE).assertOk(200, PetIT.DOGGIE_1);
    int rounds = 25;
    String[] statuses = {"pending", "sold", "available"};
    CountDownLatch go = new CountDownLatch(1);
    Future<?> names = clients.submit(() -> {
      go.await();
      for (int i = 0; i < rounds; i++) {
        assertThat(http.post("/pet/1?name=name" + i).status()).isEqualTo(200);
      }
      return null;
    });
    Future<?> states = clients.submit(() -> {
      go.await();
      for (int i = 0; i < rounds; i++) {
        assertThat(http.post("/pet/1?status=" + statuses[i % 3]).status()).isEqualTo(200);
      }
      return null;
    });
    Future<?> uploads = clients.submit(() -> {
      go.await();
      for (int i = 0; i < rounds; i++) {
        assertThat(http.send("POST", "/pet/1/uploadImage", "application/octet-stream", "x")
            .status()).isEqualTo(200);
      }
      return null;
    });
    go.countDown();
    names.get(60, TimeUnit.SECONDS);
    states.get(60, TimeUnit.SECONDS);
    uploads.get(60, TimeUnit.SECONDS);
    // each client's last acknowledged change is in the pet: neither overwrote the other's
    http.get("/pet/1").assertOk(200, PetIT.DOGGIE_1.replace("'doggie'", "'name" + (rounds - 1)
        + "'").replace("'available'", "'" + statuses[(rounds - 1) % 3] + "'"));
  }

  @Test
  void concurrentCreatesOfOneIdStoreOnePetAndAnswerTheOthers409() throws Exception {
    List<Http.Response> answers = all(() -> http.postJson("/pet",
        "{\"id\":7,\"name\":\"rex-" + Thread.currentThread().getName() + "\"}"));
    List<Http.Response> created = answers.stream().filter(a -> a.status() == 200).toList();
    assertThat(created).hasSize(1);
    for (Http.Response answer : answers) {
      if (answer.status() != 200) {
        answer.assertProblem(409, problem("http-409", "Conflict", 409,
            "There is already a pet 7.", "/pet"));
      }
    }
    assertThat(http.get("/pet/7").body()).isEqualTo(created.get(0).body());
  }

  @Test
  void concurrentCreatesWithoutIdsGetDistinctIds() throws Exception {
    http.postJson("/pet", "{\"id\":3,\"name\":\"three\"}").assertOk(200,
        "{'id':3,'name':'three','category':null,'photoUrls':[],'tags':[],'status':null}");
    List<Long> ids = new ArrayList<>();
    for (Http.Response answer : all(() -> http.postJson("/pet", "{\"name\":\"new\"}"))) {
      assertThat(answer.status()).as(answer.body()).isEqualTo(200);
      ids.add(answer.json().get("id").asLong());
    }
    // ids 1 to 9 with 3 skipped: the given id is never reused
    assertThat(ids).containsExactlyInAnyOrder(1L, 2L, 4L, 5L, 6L, 7L, 8L, 9L);
  }

  @Test
  void createUserWithATakenNameIs409AndChangesNothing() {
    http.postJson("/user", "{\"username\":\"theUser\",\"firstName\":\"First\"}")
        .assertOk(200, "{'id':null,'username':'theUser','firstName':'First','lastName':null,"
            + "'email':null,'password':null,'phone':null,'userStatus':null}");
    http.postJson("/user", "{\"username\":\"theUser\",\"firstName\":\"Second\"}")
        .assertProblem(409, problem("http-409", "Conflict", 409,
            "There is already a user theUser.", "/user"));
    assertThat(http.get("/user/theUser").json().get("firstName").asString()).isEqualTo("First");
  }

  @Test
  void createWithListStoresAllOrNone() {
    http.postJson("/user", "{\"username\":\"taken\"}");
    http.postJson("/user/createWithList", "[{\"username\":\"fresh\"},{\"username\":\"taken\"}]")
        .assertProblem(409, problem("http-409", "Conflict", 409,
            "There is already a user taken.", "/user/createWithList"));
    http.get("/user/fresh").assertProblem(404,
        problem("not-found", "Not Found", 404, "No user fresh.", "/user/fresh"));
    http.postJson("/user/createWithList", "[{\"username\":\"twin\"},{\"username\":\"twin\"}]")
        .assertProblem(409, problem("http-409", "Conflict", 409,
            "There is already a user twin.", "/user/createWithList"));
    assertThat(http.get("/user/twin").status()).isEqualTo(404);
  }

  @Test
  void placeOrderWithATakenIdIs409AndChangesNothing() {
    http.postJson("/store/order", "{\"id\":4,\"quantity\":1}").assertOk(200, "{'id':4,"
        + "'petId':null,'quantity':1,'shipDate':null,'status':'placed','complete':false}");
    http.postJson("/store/order", "{\"id\":4,\"quantity\":2}").assertProblem(409,
        problem("http-409", "Conflict", 409, "There is already an order 4.", "/store/order"));
    assertThat(http.get("/store/order/4").json().get("quantity").asInt()).isEqualTo(1);
  }

  @Test
  void placeOrderKeepsTheShipDatesOffset() {
    http.postJson("/store/order", "{\"shipDate\":\"2024-01-31T13:45:00.5+01:00\"}")
        .assertOk(200, "{'id':1,'petId':null,'quantity':null,"
            + "'shipDate':'2024-01-31T13:45:00.5+01:00','status':'placed','complete':false}");
    assertThat(http.get("/store/order/1").json().get("shipDate").asString())
        .isEqualTo("2024-01-31T13:45:00.5+01:00");
  }

  /** Runs {@code task} on every client at once; their results. */
  private <T> List<T> all(Callable<T> task) throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    List<Future<T>> futures = new ArrayList<>();
    for (int i = 0; i < CLIENTS; i++) {
      futures.add(clients.submit(() -> {
        go.await();
        return task.call();
      }));
    }
    go.countDown();
    List<T> results = new ArrayList<>();
    for (Future<T> future : futures) {
      results.add(future.get(60, TimeUnit.SECONDS));
    }
    return results;
  }
}
