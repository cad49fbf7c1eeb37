package dev.kiln.example.notes;

import dev.kiln.annotations.ApiResponse;
import dev.kiln.annotations.BeanParam;
import dev.kiln.annotations.Consumes;
import dev.kiln.annotations.Delete;
import dev.kiln.annotations.Get;
import dev.kiln.annotations.Header;
import dev.kiln.annotations.Patch;
import dev.kiln.annotations.Path;
import dev.kiln.annotations.Post;
import dev.kiln.annotations.Put;
import dev.kiln.annotations.ResponseHeader;
import dev.kiln.runtime.Problem;
import dev.kiln.runtime.ProblemException;
import dev.kiln.runtime.Response;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An in-memory notes resource showing the whole parameter and response vocabulary: headers,
 * cookies, optional and repeated query parameters, a bean parameter, JSON and form bodies, a
 * raw upload and download, an asynchronous handler, {@code Optional} and {@code Response}
 * answers.
 */
@Path("/notes")
public final class NotesController {
  /** What an echoed {@code X-Request-Id} may hold: 1 to 200 visible ASCII characters. */
  static final String VISIBLE_ASCII = "[\\x21-\\x7E]{1,200}";
  private final Map<Long, Note> notes = new ConcurrentSkipListMap<>();
  private final Map<Long, byte[]> attachments = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong();
  private final Clock clock;

  /** A resource whose creation times come from {@code clock}. */
  public NotesController(Clock clock) {
    this.clock = clock;
  }

  /**
   * Lists notes in id order, one page at a time, optionally only those with every one of the
   * repeated {@code tag}s and whose title contains {@code q}. Echoes {@code X-Request-Id}, 1 to
   * 200 visible ASCII characters (no control characters or spaces: anything else is a 422).
   */
  @Get
  @ApiResponse(status = 200, description = "A page of notes",
      headers = @ResponseHeader(name = "X-Request-Id", description = "The request's id, echoed"))
  public Response<Page<Note>> listNotes(@BeanParam Paging paging, Set<String> tag, Optional<String> q,
      @Header("X-Request-Id") Optional<@Pattern(regexp = VISIBLE_ASCII) String> requestId) {
    List<Note> matching = new ArrayList<>();
    for (Note note : notes.values()) {
      if (note.tags().containsAll(tag) && q.map(note.title()::contains).orElse(true)) {
        matching.add(note);
      }
    }
    // in long: page * size overflows int (?page=2147483647 was a 500)
    int from = (int) Math.min(matching.size(), (long) paging.page() * paging.size());
    int to = Math.min(matching.size(), from + paging.size());
    Page<Note> page = new Page<>(matching.subList(from, to), paging.page(), matching.size());
    Response.Builder response = Response.status(200);
    requestId.ifPresent(id -> response.header("X-Request-Id", id));
    return response.body(page);
  }

  /**
   * The notes of the signed-in caller (the user whose id the {@code user} cookie holds), in id
   * order; 401 for an anonymous caller.
   */
  @Get("/mine")
  public List<Note> myNotes(@SignedIn UUID user) {
    List<Note> mine = new ArrayList<>();
    for (Note note : notes.values()) {
      if (user.equals(note.author())) {
        mine.add(note);
      }
    }
    return mine;
  }

  /** The note {@code id}; 404 if there is none. */
  @Get("/{id}")
  public Optional<Note> getNote(long id) {
    return Optional.ofNullable(notes.get(id));
  }

  /**
   * Creates a note from JSON or an HTML form; answers 201 with its {@code Location}. The author
   * is the caller, the user whose id the {@code user} cookie holds, if any.
   */
  @Post
  @Consumes({"application/json", "application/x-www-form-urlencoded"})
  @ApiResponse(status = 201, description = "Created",
      headers = @ResponseHeader(name = "Location", description = "The new note's path"))
  public Response<Note> createNote(NewNote note, Caller caller) {
    long id = ids.incrementAndGet();
    Note created = new Note(id, note.title(), note.color(),
        List.copyOf(new java.util.LinkedHashSet<>(note.tags())), note.due().orElse(null),
        Instant.now(clock), caller.id().orElse(null));
    notes.put(id, created);
    return Response.status(201).header("Location", "/notes/" + id).body(created);
  }

  /** Changes the properties present in {@code patch}; 404 if there is no note {@code id}. */
  @Patch("/{id}")
  public Note updateNote(long id, NotePatch patch) {
    Note note = find(id);
    Note changed = new Note(id, patch.title().orElse(note.title()),
        patch.color().orElse(note.color()), patch.tags().orElse(note.tags()), note.due(),
        note.created(), note.author());
    notes.put(id, changed);
    return changed;
  }

  /** Deletes the note {@code id} and its attachment; 204, or 404 if there is none. */
  @Delete("/{id}")
  public void deleteNote(long id) {
    if (notes.remove(id) == null) {
      throw notFound(id);
    }
    attachments.remove(id);
  }

  /** Stores the raw request body as the note's attachment, whatever its media type. */
  @Put("/{id}/attachment")
  public Attachment uploadAttachment(long id, byte[] content, @Header("Content-Type") String contentType) {
    find(id);
    attachments.put(id, content);
    return new Attachment(id, content.length, contentType);
  }

  /** The note's attachment as {@code application/octet-stream}; 404 if there is none. */
  @Get("/{id}/attachment")
  public Optional<byte[]> downloadAttachment(long id) {
    return Optional.ofNullable(attachments.get(id));
  }

  /** How many notes carry each tag, computed asynchronously. */
  @Get("/tags")
  public CompletionStage<Map<String, Integer>> tagCounts() {
    return CompletableFuture.supplyAsync(() -> {
      Map<String, Integer> counts = new LinkedHashMap<>();
      for (Note note : notes.values()) {
        for (String tag : note.tags()) {
          counts.merge(tag, 1, Integer::sum);
        }
      }
      return counts;
    });
  }

  private Note find(long id) {
    Note note = notes.get(id);
    if (note == null) {
      throw notFound(id);
    }
    return note;
  }

  private static ProblemException notFound(long id) {
    return new ProblemException(Problem.of(404, "No note " + id + "."));
  }
}
