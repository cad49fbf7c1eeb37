package dev.kiln.example.notes;

import dev.kiln.annotations.ApiResponse;
import dev.kiln.annotations.Cookie;
import dev.kiln.annotations.Provides;
import dev.kiln.annotations.ResponseHeader;
import dev.kiln.runtime.ProblemException;
import java.util.Optional;
import java.util.UUID;

/**
 * The providers of the notes: who calls, from the {@code user} cookie. Kiln generates {@code
 * NoteUsers_Providers} from them; a test replaces one by passing a subclass of it to {@code
 * NotesController_Routes}.
 */
public final class NoteUsers {
  /** The challenge of a 401: the notes know their callers by a cookie, in the realm "notes". */
  static final String CHALLENGE = "Cookie realm=\"notes\"";

  private NoteUsers() {}

  /**
   * The caller: the id in the {@code user} cookie (400 if it is not a UUID), or anonymous.
   */
  @Provides
  public static Caller caller(@Cookie("user") Optional<UUID> user) {
    return new Caller(user);
  }

  /** The id of a signed-in caller; 401, challenging for the cookie, for an anonymous one. */
  @Provides
  @SignedIn
  @ApiResponse(status = 401, description = "Anonymous: send the cookie user with your id",
      headers = @ResponseHeader(name = "WWW-Authenticate", required = true,
          description = "The challenge: Cookie realm=\"notes\""))
  public static UUID signedIn(Caller caller) {
    return caller.id().orElseThrow(() -> ProblemException.unauthorized(CHALLENGE,
        "Sign in first: send the cookie user with your id (a UUID)."));
  }
}
