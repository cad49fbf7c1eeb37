package dev.kiln.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface whose {@link Get}, {@link Post}, ... methods describe operations of an HTTP
 * API; the Kiln processor generates {@code <Interface>_Client}, an implementation that calls them
 * over {@code java.net.http.HttpClient} with the same parameter conventions as a server route.
 *
 * <pre>{@code
 * @Client
 * @Path("/todos")
 * public interface TodosApi {
 *   @Get("/{id}")
 *   Todo get(long id);
 *
 *   @Get
 *   CompletableFuture<List<Todo>> list(Optional<Boolean> done);
 * }
 *
 * TodosApi todos = new TodosApi_Client(ClientConfig.of(URI.create("http://localhost:8080")));
 * }</pre>
 *
 * <p>A controller may implement the interface: it then serves the interface's routes (its own
 * methods need no annotations), and the processor checks that any annotation it repeats agrees
 * with the interface. An interface no served controller implements never appears in the
 * application's OpenAPI document. Misuse is a compile error.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Client {}
