package dev.kiln.it.apps.clients;

import dev.kiln.annotations.ApiResponse;
import dev.kiln.annotations.BeanParam;
import dev.kiln.annotations.Client;
import dev.kiln.annotations.Consumes;
import dev.kiln.annotations.Cookie;
import dev.kiln.annotations.Delete;
import dev.kiln.annotations.Get;
import dev.kiln.annotations.Header;
import dev.kiln.annotations.Path;
import dev.kiln.annotations.Post;
import dev.kiln.annotations.QueryParam;
import dev.kiln.annotations.ResponseHeader;
import dev.kiln.runtime.Response;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/** Every parameter kind and answer kind, served by {@link EchoController} and called by its client. */
@Client
@Path("/echo")
public interface EchoApi {
  /** Echoes path, query (repeated too), header (repeated too), cookie and bean parameters. */
  @Get("/params/{label}/{id}")
  Echo params(String label, UUID id, int count, @QueryParam("tag") List<String> tags,
      Optional<Shade> shade, @QueryParam("tone") List<Shade> shades,
      @Header("X-Trace") String trace, @Header("X-Hop") List<String> hops,
      @Cookie("session") Optional<String> session, Optional<LocalDateTime> at,
      @BeanParam Paging paging);

  /** Echoes a JSON body. */
  @Post("/json")
  Note json(Note note);

  /** Echoes an HTML form body. */
  @Post("/form")
  @Consumes("application/x-www-form-urlencoded")
  Note form(Note note);

  /** Echoes raw bytes. */
  @Post("/bytes")
  byte[] bytes(byte[] body);

  /** The text of a streamed body. */
  @Post("/stream")
  String stream(InputStream body);

  /** The note {@code id}: present for 1 only. */
  @Get("/maybe/{id}")
  Optional<Note> maybe(int id);

  /** The note {@code id}, asynchronously, on both sides. */
  @Get("/async/{id}")
  CompletableFuture<Note> async(int id);

  /** A 200 with a header. */
  @Get("/response")
  Response<Note> response();

  /** Always 429, declared. */
  @Get("/limited")
  @ApiResponse(status = 429, description = "Slow down.",
      headers = @ResponseHeader(name = "Retry-After", type = int.class))
  Note limited();

  /**
   * The note {@code id}: 1 exists; 0 is Kiln's own 404 problem; others are a 404 with a {@link
   * Missing} body (declared), 2 a 404 with a body that is not one.
   */
  @Get("/notes/{id}")
  @ApiResponse(status = 404, description = "No such note.", body = Missing.class)
  Note note(int id);

  /** Deletes nothing, answers 204. */
  @Delete("/notes/{id}")
  void delete(int id);
}
