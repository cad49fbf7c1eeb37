package dev.kiln.it.petstore;

import static dev.kiln.it.support.Problems.body;
import static dev.kiln.it.support.Problems.invalid;
import static dev.kiln.it.support.Problems.param;
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

/** The Petstore's {@code /pet} operations over HTTP, with a fresh store per test. */
@EachProvider
class PetIT {
  @Parameter
  String provider;

  static final String DOGGIE = "{\"name\":\"doggie\",\"category\":{\"id\":1,\"name\":\"Dogs\"},"
      + "\"photoUrls\":[\"https://example.com/doggie.jpg\"],"
      + "\"tags\":[{\"id\":1,\"name\":\"tag1\"}],\"status\":\"available\"}";
  static final String DOGGIE_1 = "{'id':1,'name':'doggie','category':{'id':1,'name':'Dogs'},"
      + "'photoUrls':['https://example.com/doggie.jpg'],'tags':[{'id':1,'name':'tag1'}],"
      + "'status':'available'}";

  /** A fresh app for each test: its in-memory stores start empty. */
  @RegisterExtension
  final KilnTest app = Apps.exampleApp();

  private Http http;

  @BeforeEach
  void connect() {
    // every /pet operation requires petstore_auth: the demo token has every scope
    http = Http.of(app).with(Http.PETSTORE_TOKEN);
  }

  @Test
  void addPetAnswers200WithTheStoredPetAndItsNewId() {
    http.postJson("/pet", DOGGIE).assertOk(200, DOGGIE_1);
    http.postJson("/pet", "{\"name\":\"kitty\"}").assertOk(200,
        "{'id':2,'name':'kitty','category':null,'photoUrls':[],'tags':[],'status':null}");
  }

  @Test
  void addPetKeepsAGivenId() {
    http.postJson("/pet", "{\"id\":10,\"name\":\"rex\",\"status\":\"sold\"}").assertOk(200,
        "{'id':10,'name':'rex','category':null,'photoUrls':[],'tags':[],'status':'sold'}");
    http.get("/pet/10").assertOk(200,
        "{'id':10,'name':'rex','category':null,'photoUrls':[],'tags':[],'status':'sold'}");
  }

  @Test
  void addPetAsAFormIsUnsupported() {
    http.send("POST", "/pet", "application/x-www-form-urlencoded", "name=doggie")
        .assertProblem(415, "{'type':'https://kiln.dev/problems/unsupported-media-type',"
            + "'title':'Unsupported Media Type','status':415,"
            + "'detail':'The request body is application/x-www-form-urlencoded; this operation "
            + "reads application/json.','instance':'/pet'}");
  }

  @Test
  void addPetWithoutANameIs422() {
    http.postJson("/pet", "{\"photoUrls\":[]}").assertProblem(422,
        invalid(422, "/pet", body("/name", "missing", "is required")));
  }

  @Test
  void addPetWithABlankNameIs422() {
    http.postJson("/pet", "{\"name\":\" \"}").assertProblem(422,
        invalid(422, "/pet", body("/name", "not_blank", "must not be blank")));
  }

  @Test
  void addPetWithAnUnknownStatusIs422() {
    http.postJson("/pet", "{\"name\":\"doggie\",\"status\":\"lost\"}").assertProblem(422,
        invalid(422, "/pet",
            body("/status", "enum", "must be one of: available, pending, sold")));
  }

  @Test
  void addPetWithMalformedJsonIs400() {
    Http.Response answer = http.postJson("/pet", "{\"name\":");
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("errors").get(0).get("code").asString())
        .isEqualTo("malformed_json");
  }

  @Test
  void updatePetReplacesThePet() {
    http.postJson("/pet", DOGGIE);
    String sold = "{\"id\":1,\"name\":\"doggie\",\"photoUrls\":[],\"status\":\"sold\"}";
    String sold1 = "{'id':1,'name':'doggie','category':null,'photoUrls':[],'tags':[],"
        + "'status':'sold'}";
    http.putJson("/pet", sold).assertOk(200, sold1);
    http.get("/pet/1").assertOk(200, sold1);
  }

  @Test
  void updatePetWithoutAnIdIs400() {
    http.putJson("/pet", "{\"name\":\"doggie\"}").assertProblem(400,
        problem("invalid-request", "Bad Request", 400, "The pet to update has no id.", "/pet"));
  }

  @Test
  void updatePetOfAnAbsentPetIs404() {
    http.putJson("/pet", "{\"id\":7,\"name\":\"doggie\"}").assertProblem(404,
        problem("not-found", "Not Found", 404, "No pet 7.", "/pet"));
  }

  @Test
  void findPetsByStatusDefaultsToAvailable() {
    http.postJson("/pet", DOGGIE);
    http.postJson("/pet", "{\"name\":\"rex\",\"status\":\"sold\"}");
    http.postJson("/pet", "{\"name\":\"nobody\"}");
    http.get("/pet/findByStatus").assertOk(200, "[" + DOGGIE_1 + "]");
    http.get("/pet/findByStatus?status=sold").assertOk(200,
        "[{'id':2,'name':'rex','category':null,'photoUrls':[],'tags':[],'status':'sold'}]");
    http.get("/pet/findByStatus?status=pending").assertOk(200, "[]");
  }

  @Test
  void findPetsByStatusWithAnUnknownStatusIs422() {
    http.get("/pet/findByStatus?status=lost").assertProblem(422, invalid(422,
        "/pet/findByStatus",
        param("query", "status", "enum", "must be one of: available, pending, sold")));
  }

  @Test
  void findPetsByTagsAnswersPetsWithAnyOfTheTags() {
    http.postJson("/pet", DOGGIE);
    http.postJson("/pet", "{\"name\":\"rex\",\"tags\":[{\"name\":\"tag2\"}]}");
    http.postJson("/pet", "{\"name\":\"nobody\",\"tags\":[{\"id\":3}]}");
    String rex = "{'id':2,'name':'rex','category':null,'photoUrls':[],"
        + "'tags':[{'id':null,'name':'tag2'}],'status':null}";
    http.get("/pet/findByTags?tags=tag1").assertOk(200, "[" + DOGGIE_1 + "]");
    http.get("/pet/findByTags?tags=tag1&tags=tag2").assertOk(200,
        "[" + DOGGIE_1 + "," + rex + "]");
    http.get("/pet/findByTags?tags=tag3").assertOk(200, "[]");
  }

  @Test
  void findPetsByTagsWithoutTagsIs400() {
    http.get("/pet/findByTags").assertProblem(400, problem("invalid-request", "Bad Request",
        400, "Give at least one tags parameter.", "/pet/findByTags"));
  }

  @Test
  void getPetByIdAnswersThePet() {
    http.postJson("/pet", DOGGIE);
    http.get("/pet/1").assertOk(200, DOGGIE_1);
  }

  @Test
  void getPetByIdOfAnAbsentPetIs404() {
    http.get("/pet/9").assertProblem(404,
        problem("not-found", "Not Found", 404, "No pet 9.", "/pet/9"));
  }

  @Test
  void getPetByIdWithAnInvalidIdIs400() {
    http.get("/pet/abc").assertProblem(400, invalid(400, "/pet/abc",
        param("path", "petId", "invalid_format", "must be an integer")));
  }

  @Test
  void updatePetWithFormChangesNameAndStatusFromTheQuery() {
    http.postJson("/pet", DOGGIE);
    http.post("/pet/1?name=doggo&status=pending").assertOk(200,
        DOGGIE_1.replace("'doggie'", "'doggo'").replace("'available'", "'pending'"));
    http.post("/pet/1?status=sold").assertOk(200,
        DOGGIE_1.replace("'doggie'", "'doggo'").replace("'available'", "'sold'"));
    http.post("/pet/1").assertOk(200,
        DOGGIE_1.replace("'doggie'", "'doggo'").replace("'available'", "'sold'"));
  }

  @Test
  void updatePetWithFormWithAnUnknownStatusIs422AndChangesNothing() {
    http.postJson("/pet", DOGGIE);
    http.post("/pet/1?name=doggo&status=lost").assertProblem(422, invalid(422, "/pet/1",
        param("query", "status", "enum", "must be one of: available, pending, sold")));
    http.get("/pet/1").assertOk(200, DOGGIE_1);
  }

  @Test
  void updatePetWithFormOfAnAbsentPetIs404() {
    http.post("/pet/5?name=x").assertProblem(404,
        problem("not-found", "Not Found", 404, "No pet 5.", "/pet/5"));
  }

  @Test
  void deletePetAnswers200WithNoContent() {
    http.postJson("/pet", DOGGIE);
    Http.Response answer = http.send("DELETE", "/pet/1", null, null);
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).isEmpty();
    assertThat(answer.contentType()).isNull();
    http.get("/pet/1").assertProblem(404,
        problem("not-found", "Not Found", 404, "No pet 1.", "/pet/1"));
    http.delete("/pet/1").assertProblem(404,
        problem("not-found", "Not Found", 404, "No pet 1.", "/pet/1"));
  }

  @Test
  void deletePetAcceptsAnApiKeyHeader() {
    http.postJson("/pet", DOGGIE);
    String answer = http.raw("DELETE /pet/1 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        + "api_key: special-key\r\nAuthorization: Bearer special-key\r\n"
        + "Connection: close\r\n\r\n");
    assertThat(answer).startsWith("HTTP/1.1 200 ");
    assertThat(http.get("/pet/1").status()).isEqualTo(404);
  }

  @Test
  void uploadFileStoresTheImage() {
    http.postJson("/pet", DOGGIE);
    http.send("POST", "/pet/1/uploadImage?additionalMetadata=cover",
        "application/octet-stream", "GIF89a").assertOk(200, "{'code':200,'type':'image',"
            + "'message':'Stored image 1 of pet 1 (6 bytes); additionalMetadata: cover.'}");
    http.send("POST", "/pet/1/uploadImage", "application/octet-stream", "PNG")
        .assertOk(200, "{'code':200,'type':'image',"
            + "'message':'Stored image 2 of pet 1 (3 bytes).'}");
  }

  @Test
  void uploadFileWithoutContentIs400() {
    http.postJson("/pet", DOGGIE);
    http.send("POST", "/pet/1/uploadImage", "application/octet-stream", "")
        .assertProblem(400, problem("invalid-request", "Bad Request", 400,
            "No file uploaded.", "/pet/1/uploadImage"));
  }

  @Test
  void uploadFileForAnAbsentPetIs404() {
    http.send("POST", "/pet/4/uploadImage", "application/octet-stream", "GIF89a")
        .assertProblem(404,
            problem("not-found", "Not Found", 404, "No pet 4.", "/pet/4/uploadImage"));
  }

  @Test
  void uploadFileAsJsonIs415() {
    http.postJson("/pet", DOGGIE);
    assertThat(http.postJson("/pet/1/uploadImage", "{}").status()).isEqualTo(415);
  }

  @Test
  void addPetWithAnExistingIdIs409AndChangesNothing() {
    String rex = "{'id':10,'name':'rex','category':null,'photoUrls':[],'tags':[],'status':'sold'}";
    http.postJson("/pet", "{\"id\":10,\"name\":\"rex\",\"status\":\"sold\"}")
        .assertOk(200, rex);
    http.postJson("/pet", "{\"id\":10,\"name\":\"impostor\"}").assertProblem(409,
        problem("http-409", "Conflict", 409, "There is already a pet 10.",
            "/pet"));
    http.get("/pet/10").assertOk(200, rex);
  }
}
