package dev.kiln.example.petstore;

import dev.kiln.annotations.ApiResponse;
import dev.kiln.annotations.Consumes;
import dev.kiln.annotations.Delete;
import dev.kiln.annotations.Get;
import dev.kiln.annotations.Path;
import dev.kiln.annotations.Post;
import dev.kiln.annotations.Produces;
import dev.kiln.annotations.Put;
import dev.kiln.annotations.ResponseHeader;
import dev.kiln.annotations.Status;
import dev.kiln.runtime.ErrorCodes;
import dev.kiln.runtime.Problem;
import dev.kiln.runtime.ProblemException;
import dev.kiln.runtime.RequestError;
import dev.kiln.runtime.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Operations about user: the Petstore's {@code /user} operations. */
@dev.kiln.annotations.Tag("user")
@Path("/user")
public final class UserController {
  /** How many calls per hour a logged-in user may make, sent as {@code X-Rate-Limit}. */
  static final int RATE_LIMIT = 5000;
  /** How long a login session lasts. */
  static final Duration SESSION = Duration.ofHours(1);

  private final ConcurrentHashMap<String, User> byName = new ConcurrentHashMap<>();
  private final AtomicLong sessions = new AtomicLong();
  private final Clock clock;

  /** The users of the store, none yet; sessions expire by {@code clock}. */
  public UserController(Clock clock) {
    this.clock = clock;
  }

  /**
   * Create user.
   *
   * <p>This can only be done by the logged in user.
   *
   * @implNote A user with the same {@code username} is replaced; one without a username is
   *     answered 422.
   */
  @Post
  @Consumes({"application/json", "application/x-www-form-urlencoded"})
  @ApiResponse(status = 200, description = "successful operation")
  @ApiResponse(status = 0, description = "Unexpected error", empty = true)
  public User createUser(User user) {
    byName.put(username(user, "/username"), user);
    return user;
  }

  /**
   * Creates list of users with given input array.
   *
   * <p>Creates list of users with given input array.
   *
   * @implNote Answers the last user. An empty array is answered 422 by hand: Kiln takes no
   *     constraints on a body parameter.
   */
  @Post("/createWithList")
  @ApiResponse(status = 200, description = "Successful operation")
  @ApiResponse(status = 0, description = "Unexpected error", empty = true)
  public User createUsersWithListInput(List<User> users) {
    if (users.isEmpty()) {
      throw invalid(RequestError.body("", "not_empty", "must not be empty", false));
    }
    for (int i = 0; i < users.size(); i++) {
      username(users.get(i), "/" + i + "/username");
    }
    for (User user : users) {
      byName.put(user.username().orElseThrow(), user);
    }
    return users.get(users.size() - 1);
  }

  /**
   * Logs user into the system.
   *
   * <p>Log into the system.
   */
  @Get("/login")
  @Produces("application/json")
  @ApiResponse(status = 200, description = "successful operation", headers = {
      @ResponseHeader(name = "X-Rate-Limit", description = "calls per hour allowed by the user",
          type = int.class, required = true),
      @ResponseHeader(name = "X-Expires-After", description = "date in UTC when token expires",
          type = OffsetDateTime.class, required = true)})
  @ApiResponse(status = 400, description = "Invalid username/password supplied", empty = true)
  @ApiResponse(status = 0, description = "Unexpected error", empty = true)
  public Response<String> loginUser(Optional<String> username, Optional<String> password) {
    User user = username.map(byName::get).orElse(null);
    if (user == null || password.isEmpty() || !user.password().equals(password)) {
      throw new ProblemException(Problem.of(400, "Invalid username/password supplied."));
    }
    OffsetDateTime expires =
        OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)
            .truncatedTo(ChronoUnit.SECONDS).plus(SESSION);
    // a JSON string: the session text needs no escaping
    String session = "\"logged in user session:" + sessions.incrementAndGet() + "\"";
    return Response.status(200)
        .header("X-Rate-Limit", Integer.toString(RATE_LIMIT))
        .header("X-Expires-After", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(expires))
        .body(session);
  }

  /**
   * Logs out current logged in user session.
   *
   * <p>Log user out of the system.
   */
  @Get("/logout")
  @Status(200)
  @ApiResponse(status = 200, description = "successful operation", empty = true)
  @ApiResponse(status = 0, description = "Unexpected error", empty = true)
  public void logoutUser() {
    // sessions are not tracked: there is nothing to end
  }

  /**
   * Get user by user name.
   *
   * <p>Get user detail based on username.
   */
  @Get("/{username}")
  @ApiResponse(status = 200, description = "successful operation")
  @ApiResponse(status = 400, description = "Invalid username supplied", empty = true)
  @ApiResponse(status = 404, description = "User not found", empty = true)
  @ApiResponse(status = 0, description = "Unexpected error", empty = true)
  public User getUserByName(String username) {
    return find(username);
  }

  /**
   * Update user resource.
   *
   * <p>This can only be done by the logged in user.
   *
   * @implNote The body's {@code username}, if any, must be the one in the path (else 400).
   */
  @Put("/{username}")
  @Consumes({"application/json", "application/x-www-form-urlencoded"})
  @Status(200)
  @ApiResponse(status = 200, description = "successful operation", empty = true)
  @ApiResponse(status = 400, description = "bad request", empty = true)
  @ApiResponse(status = 404, description = "user not found", empty = true)
  @ApiResponse(status = 0, description = "Unexpected error", empty = true)
  public void updateUser(String username, User user) {
    if (user.username().isPresent() && !user.username().get().equals(username)) {
      throw new ProblemException(Problem.of(400,
          "The body names the user " + user.username().get() + ", not " + username + "."));
    }
    User updated = new User(user.id(), Optional.of(username), user.firstName(),
        user.lastName(), user.email(), user.password(), user.phone(), user.userStatus());
    if (byName.replace(username, updated) == null) {
      throw notFound(username);
    }
  }

  /**
   * Delete user resource.
   *
   * <p>This can only be done by the logged in user.
   */
  @Delete("/{username}")
  @Status(200)
  @ApiResponse(status = 200, description = "User deleted", empty = true)
  @ApiResponse(status = 400, description = "Invalid username supplied", empty = true)
  @ApiResponse(status = 404, description = "User not found", empty = true)
  @ApiResponse(status = 0, description = "Unexpected error", empty = true)
  public void deleteUser(String username) {
    if (byName.remove(username) == null) {
      throw notFound(username);
    }
  }

  private User find(String username) {
    User user = byName.get(username);
    if (user == null) {
      throw notFound(username);
    }
    return user;
  }

  /** The user's name; a 422 problem naming {@code pointer} if it has none. */
  private static String username(User user, String pointer) {
    return user.username().orElseThrow(() ->
        invalid(RequestError.body(pointer, ErrorCodes.MISSING, "is required", false)));
  }

  /** A 422 problem with the one request {@code error}, as Kiln's own checks answer it. */
  private static ProblemException invalid(RequestError error) {
    return new ProblemException(
        Problem.of(422, "The request has 1 error.").withErrors(List.of(error)));
  }

  private static ProblemException notFound(String username) {
    return new ProblemException(Problem.of(404, "No user " + username + "."));
  }
}
