package dev.kiln.it.apps.clients;

import dev.kiln.runtime.Problem;
import dev.kiln.runtime.ProblemException;
import dev.kiln.runtime.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/** Serves {@link EchoApi}'s routes (their annotations are on the interface). */
public final class EchoController implements EchoApi {
  @Override
  public Echo params(String label, UUID id, int count, List<String> tags, Optional<Shade> shade,
      List<Shade> shades, String trace, List<String> hops, Optional<String> session,
      Optional<LocalDateTime> at, Paging paging) {
    return new Echo(label, id, count, tags, shade.orElse(null), shades, trace, hops,
        session.orElse(null), at.orElse(null), paging.region(), paging.page());
  }

  @Override
  public Note json(Note note) {
    return note;
  }

  @Override
  public Note form(Note note) {
    return note;
  }

  @Override
  public byte[] bytes(byte[] body) {
    return body;
  }

  @Override
  public String stream(InputStream body) {
    try {
      return new String(body.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Optional<Note> maybe(int id) {
    return id == 1 ? Optional.of(new Note("one", 1, List.of())) : Optional.empty();
  }

  @Override
  public CompletableFuture<Note> async(int id) {
    return CompletableFuture.supplyAsync(() -> new Note("async " + id, id, List.of()));
  }

  @Override
  public Response<Note> response() {
    return Response.status(200).header("X-Count", "3").body(new Note("counted", 3, List.of()));
  }

  @Override
  public Note limited() {
    throw new ProblemException(Problem.of(429, "Too many calls."), Map.of("Retry-After", "7"));
  }

  @Override
  public Note note(int id) {
    if (id == 1) {
      return new Note("one", 1, List.of());
    }
    if (id == 0) {
      throw new ProblemException(Problem.of(404, "No note 0."));
    }
    throw new MissingNoteException(id);
  }

  @Override
  public void delete(int id) {
  }
}
