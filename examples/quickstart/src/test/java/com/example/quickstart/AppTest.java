package com.example.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.runtime.KilnServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Calls the two endpoints over HTTP on a server started on a free port. */
class AppTest {
  private final HttpClient client = HttpClient.newHttpClient();
  private KilnServer server;

  @BeforeEach
  void start() throws IOException {
    server = App.start(0);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void getGreetsThePathVariable() throws Exception {
    HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/greetings/Ada")).build());

    assertEquals(200, answer.statusCode());
    assertEquals("application/json", answer.headers().firstValue("Content-Type").orElseThrow());
    assertEquals("{\"message\":\"Hello, Ada!\"}", answer.body());
  }

  @Test
  void postCreatesAGreeting() throws Exception {
    HttpResponse<String> answer = send(post("{\"name\":\"Grace\"}"));

    assertEquals(201, answer.statusCode());
    assertEquals("application/json", answer.headers().firstValue("Content-Type").orElseThrow());
    assertEquals("{\"message\":\"Hello, Grace!\"}", answer.body());
  }

  @Test
  void postWithABlankNameIs422() throws Exception {
    HttpResponse<String> answer = send(post("{\"name\":\" \"}"));

    assertEquals(422, answer.statusCode());
    assertEquals("application/problem+json",
        answer.headers().firstValue("Content-Type").orElseThrow());
    assertEquals("{\"type\":\"https://kiln.dev/problems/invalid-request\","
        + "\"title\":\"Unprocessable Content\",\"status\":422,"
        + "\"detail\":\"The request has 1 error.\",\"instance\":\"/greetings\","
        + "\"errors\":[{\"in\":\"body\",\"pointer\":\"/name\","
        + "\"message\":\"must not be blank\",\"code\":\"not_blank\"}]}", answer.body());
  }

  private HttpRequest post(String json) {
    return HttpRequest.newBuilder(uri("/greetings"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json))
        .build();
  }

  private URI uri(String path) {
    return URI.create("http://" + server.host() + ":" + server.port() + path);
  }

  private HttpResponse<String> send(HttpRequest request) throws Exception {
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
