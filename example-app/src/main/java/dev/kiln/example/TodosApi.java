package dev.kiln.example;

import dev.kiln.annotations.Client;
import dev.kiln.annotations.DefaultValue;
import dev.kiln.annotations.Delete;
import dev.kiln.annotations.Get;
import dev.kiln.annotations.Path;
import dev.kiln.annotations.Post;
import dev.kiln.annotations.Put;
import dev.kiln.annotations.Status;
import java.util.List;
import java.util.Optional;

/**
 * The to-do list's operations, in one interface: {@link TodosController} serves them and the
 * processor generates {@code TodosApi_Client}, which calls them over HTTP. The processor checks
 * that the controller serves exactly these routes.
 */
@Client
@Path("/todos")
public interface TodosApi {
  /**
   * Lists the to-dos in id order, at most {@code limit} of them, only those whose done flag equals
   * {@code done} when it is given.
   */
  @Get
  List<Todo> list(Optional<Boolean> done, @DefaultValue("100") int limit);

  /** The to-do {@code id}; 404 if there is none. */
  @Get("/{id}")
  Todo get(long id);

  /** Stores a new, not yet done to-do and answers it with 201 Created. */
  @Post
  @Status(201)
  Todo create(NewTodo todo);

  /** Replaces the client's fields of the to-do {@code id} (keeping done); 404 if there is none. */
  @Put("/{id}")
  Todo update(long id, NewTodo todo);

  /** Deletes the to-do {@code id}, answering 204; 404 if there is none. */
  @Delete("/{id}")
  void delete(long id);

  /** Marks the to-do {@code id} done, answering 200 with no content; 404 if there is none. */
  @Post("/{id}/done")
  @Status(200)
  void markDone(long id);
}
