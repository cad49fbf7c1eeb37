package dev.kiln.it.petstore;

import static dev.kiln.it.support.Problems.body;
import static dev.kiln.it.support.Problems.invalid;
import static dev.kiln.it.support.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.it.support.Apps;
import dev.kiln.it.support.Providers.EachProvider;
import dev.kiln.it.support.Http;
import dev.kiln.test.KilnTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;

/** The Petstore's {@code /store} operations over HTTP, with a fresh store per test. */
@EachProvider
class StoreIT {
  @Parameter
  String provider;

  private static final String ORDER = "{\"petId\":1,\"quantity\":7,"
      + "\"shipDate\":\"2024-05-01T10:15:30Z\",\"status\":\"approved\",\"complete\":true}";
  private static final String ORDER_1 = "{'id':1,'petId':1,'quantity':7,"
      + "'shipDate':'2024-05-01T10:15:30Z','status':'approved','complete':true}";

  /** A fresh app for each test: its in-memory stores start empty. */
  @RegisterExtension
  final KilnTest app = Apps.exampleApp();

  private Http http;

  @BeforeEach
  void connect() {
    // /store/inventory requires api_key; the pets ordered are made through /pet (petstore_auth)
    http = Http.of(app).with(Http.PETSTORE_TOKEN, Http.PETSTORE_API_KEY);
  }

  @Test
  void getInventoryCountsPetsByStatus() {
    http.get("/store/inventory").assertOk(200, "{}");
    http.postJson("/pet", "{\"name\":\"a\",\"status\":\"available\"}");
    http.postJson("/pet", "{\"name\":\"b\",\"status\":\"sold\"}");
    http.postJson("/pet", "{\"name\":\"c\",\"status\":\"available\"}");
    http.postJson("/pet", "{\"name\":\"d\"}");
    http.get("/store/inventory").assertOk(200, "{'available':2,'sold':1}");
  }

  @Test
  void placeOrderAnswers200WithTheStoredOrder() {
    http.postJson("/pet", PetIT.DOGGIE);
    http.postJson("/store/order", ORDER).assertOk(200, ORDER_1);
    http.get("/store/order/1").assertOk(200, ORDER_1);
  }

  @Test
  void placeOrderFillsInIdStatusAndComplete() {
    http.postJson("/store/order", "{\"quantity\":2}").assertOk(200, "{'id':1,'petId':null,"
        + "'quantity':2,'shipDate':null,'status':'placed','complete':false}");
    http.postJson("/store/order", "{\"id\":10}").assertOk(200, "{'id':10,'petId':null,"
        + "'quantity':null,'shipDate':null,'status':'placed','complete':false}");
  }

  @Test
  void placeOrderReadsAForm() {
    http.postJson("/pet", PetIT.DOGGIE);
    http.send("POST", "/store/order", "application/x-www-form-urlencoded",
        "petId=1&quantity=7&shipDate=2024-05-01T10%3A15%3A30Z&status=approved&complete=true")
        .assertOk(200, ORDER_1);
  }

  @Test
  void placeOrderFormErrorsAre422WithPointers() {
    http.send("POST", "/store/order", "application/x-www-form-urlencoded",
        "quantity=0&status=lost").assertProblem(422, invalid(422, "/store/order",
            body("/quantity", "positive", "must be greater than 0"),
            body("/status", "enum", "must be one of: placed, approved, delivered")));
  }

  @Test
  void placeOrderForAnAbsentPetIs400() {
    http.postJson("/store/order", ORDER).assertProblem(400, problem("invalid-request",
        "Bad Request", 400, "There is no pet 1 to order.", "/store/order"));
  }

  @Test
  void placeOrderWithAnInvalidQuantityIs422() {
    http.postJson("/store/order", "{\"quantity\":0}").assertProblem(422, invalid(422,
        "/store/order", body("/quantity", "positive", "must be greater than 0")));
  }

  @Test
  void placeOrderWithAnUnknownStatusIs422() {
    http.postJson("/store/order", "{\"status\":\"lost\"}").assertProblem(422, invalid(422,
        "/store/order",
        body("/status", "enum", "must be one of: placed, approved, delivered")));
  }

  @Test
  void placeOrderWithABadShipDateIs422() {
    Http.Response answer = http.postJson("/store/order", "{\"shipDate\":\"tomorrow\"}");
    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.json().get("errors").get(0).get("pointer").asString())
        .isEqualTo("/shipDate");
  }

  @Test
  void getOrderByIdOfAnAbsentOrderIs404() {
    http.get("/store/order/3").assertProblem(404,
        problem("not-found", "Not Found", 404, "No order 3.", "/store/order/3"));
  }

  @Test
  void getOrderByIdWithAnInvalidIdIs400() {
    assertThat(http.get("/store/order/x").status()).isEqualTo(400);
  }

  @Test
  void deleteOrderAnswers200WithNoContent() {
    http.postJson("/store/order", "{}");
    Http.Response answer = http.delete("/store/order/1");
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).isEmpty();
    http.get("/store/order/1").assertProblem(404,
        problem("not-found", "Not Found", 404, "No order 1.", "/store/order/1"));
    http.delete("/store/order/1").assertProblem(404,
        problem("not-found", "Not Found", 404, "No order 1.", "/store/order/1"));
  }

  @Test
  void placeOrderWithAnExistingIdIs409AndChangesNothing() {
    http.postJson("/store/order", "{\"id\":10,\"quantity\":1}").assertOk(200, "{'id':10,"
        + "'petId':null,'quantity':1,'shipDate':null,'status':'placed','complete':false}");
    http.postJson("/store/order", "{\"id\":10,\"quantity\":9}").assertProblem(409,
        problem("http-409", "Conflict", 409, "There is already an order 10.", "/store/order"));
    http.get("/store/order/10").assertOk(200, "{'id':10,"
        + "'petId':null,'quantity':1,'shipDate':null,'status':'placed','complete':false}");
  }
}
