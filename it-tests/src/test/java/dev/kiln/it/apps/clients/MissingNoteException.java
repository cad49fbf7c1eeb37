package dev.kiln.it.apps.clients;

import dev.kiln.runtime.Exchange;
import dev.kiln.runtime.Problem;
import java.io.IOException;

/**
 * Thrown by {@link EchoController#note} for an absent note; {@link #answer} sends the declared
 * 404 body (a {@link Missing}), or, to test a broken server, a {@link Note} under the same status.
 */
public final class MissingNoteException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int id;

  MissingNoteException(int id) {
    super("No note " + id);
    this.id = id;
  }

  /** The exception handler: answers 404 with the JSON body {@code note} declares. */
  public static Problem answer(MissingNoteException e, Exchange exchange) throws IOException {
    if (e.id == 2) {
      exchange.respondJson(404, new Note("not a Missing", 0, java.util.List.of()),
          Note_JsonWriter::write);
    } else {
      exchange.respondJson(404, new Missing(e.id, "never written"), Missing_JsonWriter::write);
    }
    return null;
  }
}
