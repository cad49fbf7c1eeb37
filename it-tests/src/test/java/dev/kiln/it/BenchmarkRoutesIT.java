package dev.kiln.it;

import static dev.kiln.it.support.Problems.body;
import static dev.kiln.it.support.Problems.invalid;
import static dev.kiln.it.support.Problems.param;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.it.support.Apps;
import dev.kiln.it.support.Providers.EachProvider;
import dev.kiln.it.support.Http;
import dev.kiln.test.KilnTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;

/** The benchmark contract's routes: {@code GET /hello}, {@code GET /items/{id}}, {@code POST /items}. */
@EachProvider
class BenchmarkRoutesIT {
  @Parameter
  String provider;

  @RegisterExtension
  static final KilnTest APP = Apps.exampleApp();

  @Test
  void helloAnswersPlainText() {
    Http.Response response = Http.of(APP).get("/hello");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.contentType()).isEqualTo("text/plain; charset=utf-8");
    assertThat(response.header("Content-Length")).isEqualTo("13");
    assertThat(response.body()).isEqualTo("Hello, World!");
  }

  @Test
  void itemEchoesPathVariableAndQuery() {
    Http.of(APP).get("/items/42?q=foo").assertOk(200, "{'id':42,'q':'foo'}");
  }

  @Test
  void itemQueryIsDecoded() {
    Http.of(APP).get("/items/-7?q=a+b%20%C3%A9").assertOk(200, "{'id':-7,'q':'a b \u00e9'}");
  }

  @Test
  void itemWithoutQueryAnswersNull() {
    Http.of(APP).get("/items/1").assertOk(200, "{'id':1,'q':null}");
  }

  @Test
  void createItemEchoesWith201() {
    Http.of(APP).postJson("/items", "{\"name\":\"widget\",\"price\":9.5,\"tags\":[\"a\",\"b\"]}")
        .assertOk(201, "{'name':'widget','price':9.5,'tags':['a','b']}");
  }

  @Test
  void createItemWithoutTagsReadsEmptyList() {
    Http.of(APP).postJson("/items", "{\"name\":\"widget\",\"price\":1}")
        .assertOk(201, "{'name':'widget','price':1.0,'tags':[]}");
  }

  @Test
  void invalidItemIs422WithBothErrors() {
    Http.of(APP).postJson("/items", "{\"name\":\" \",\"price\":0,\"tags\":[]}")
        .assertProblem(422, invalid(422, "/items",
            body("/name", "not_blank", "must not be blank"),
            body("/price", "positive", "must be greater than 0")));
  }

  @Test
  void unparsableItemIdIs400() {
    Http.of(APP).get("/items/abc?q=foo").assertProblem(400, invalid(400, "/items/abc",
        param("path", "id", "invalid_format", "must be an integer")));
  }

  @Test
  void infinitePriceIsOutOfRange() {
    Http.of(APP).postJson("/items", "{\"name\":\"x\",\"price\":1e400}")
        .assertProblem(422, invalid(422, "/items",
            body("/price", "out_of_range", "must be a finite double-precision number")));
  }
}
