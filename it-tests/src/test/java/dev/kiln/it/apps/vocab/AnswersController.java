package dev.kiln.it.apps.vocab;

import dev.kiln.annotations.ApiResponse;
import dev.kiln.annotations.Delete;
import dev.kiln.annotations.Get;
import dev.kiln.annotations.Path;
import dev.kiln.annotations.Post;
import dev.kiln.annotations.Produces;
import dev.kiln.annotations.ResponseHeader;
import dev.kiln.runtime.Response;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/** Test-only routes answering every return kind. */
@Path("/answers")
public final class AnswersController {
  /** The text of the exception a failed stage carries; it must never reach a client. */
  public static final String SECRET = "async-secret-do-not-leak";
  /** How many bytes {@link #stream} answers. */
  public static final int STREAM_SIZE = 100_000;

  @Get("/text")
  public String text() {
    return "héllo";
  }

  @Get("/csv")
  @Produces("text/csv")
  public String csv() {
    return "a,b\n1,2\n";
  }

  @Get("/json-string")
  @Produces("application/json")
  public String jsonString() {
    return "{\"raw\":true}";
  }

  @Get("/bytes")
  public byte[] bytes() {
    return new byte[] {0, 1, 2, (byte) 255};
  }

  @Get("/png")
  @Produces("image/png")
  public byte[] png() {
    return new byte[] {(byte) 0x89, 'P', 'N', 'G'};
  }

  @Get("/stream")
  public InputStream stream() {
    byte[] bytes = new byte[STREAM_SIZE];
    for (int k = 0; k < bytes.length; k++) {
      bytes[k] = (byte) ('a' + k % 26);
    }
    return new ByteArrayInputStream(bytes);
  }

  @Post("/void")
  public void nothing() {}

  @Get("/optional/{id}")
  public Optional<Item> optional(int id) {
    return id == 1 ? Optional.of(new Item("one", 1)) : Optional.empty();
  }

  @Get("/optional-text/{id}")
  public Optional<String> optionalText(int id) {
    return id == 1 ? Optional.of("one") : Optional.empty();
  }

  @Get("/list")
  public List<Item> list() {
    return List.of(new Item("a", 1), new Item("b", 2));
  }

  @Get("/set")
  public Set<Level> set() {
    return EnumSet.of(Level.LOW, Level.MEDIUM);
  }

  @Get("/map")
  public Map<String, List<Item>> map() {
    Map<String, List<Item>> map = new LinkedHashMap<>();
    map.put("even", List.of(new Item("b", 2)));
    map.put("none", List.of());
    return map;
  }

  @Get("/array")
  public Item[] array() {
    return new Item[] {new Item("x", 9)};
  }

  @Get("/money")
  public Money money() {
    return new Money(new BigDecimal("12.50"), "EUR");
  }

  @Get("/page")
  public Page<Item> page() {
    return new Page<>(List.of(new Item("p", 3)), 1);
  }

  /** Answers after {@code ms} milliseconds, from another thread. */
  @Get("/async")
  public CompletionStage<Item> async(int ms) {
    return CompletableFuture.supplyAsync(() -> new Item("async", ms),
        CompletableFuture.delayedExecutor(ms, TimeUnit.MILLISECONDS));
  }

  @Get("/async-fail")
  public CompletionStage<Item> asyncFail() {
    return CompletableFuture.supplyAsync(() -> {
      throw new IllegalStateException(SECRET);
    });
  }

  @Post("/async-void")
  public CompletionStage<Void> asyncVoid() {
    return CompletableFuture.runAsync(() -> {});
  }

  /** Answers {@code status}; 200 and 202 are declared, others fail the assertion. */
  @Get("/response")
  @ApiResponse(status = 202, description = "Accepted for later",
      headers = @ResponseHeader(name = "X-Rate-Limit", type = int.class))
  public Response<Item> response(int status) {
    return Response.status(status).header("X-Rate-Limit", "10").body(new Item("r", status));
  }

  /** A response without a body. */
  @Delete("/response")
  @ApiResponse(status = 410, description = "Gone", empty = true)
  public Response<Void> responseEmpty(int status) {
    return Response.status(status).header("X-Done", "yes").build();
  }
}
