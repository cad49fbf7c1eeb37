package dev.kiln.runtime.internal;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lets the JDK's server stop accepting connections as soon as a stop begins without losing a
 * request. Once its listener is closed ({@link Drain#closeListener}), the JDK's server closes
 * every connection as soon as no exchange is in flight; but it counts a request only once its
 * head is parsed, so requests still being read, or queued for a thread, would lose their
 * connection unanswered. So before the listener closes, the server sends itself one request (on
 * loopback, plain HTTP, with a random token) that the dispatcher holds until every other task of
 * the server has ended, or the stop's deadline: the JDK's count stays above 0 until then.
 */
final class DrainGuard {
  /** The request header carrying the token. */
  static final String HEADER = "X-Kiln-Drain-Guard";

  /** Unguessable enough (a wrong guess only makes a request wait for the stop): no SecureRandom. */
  private final String token = Long.toHexString(ThreadLocalRandom.current().nextLong())
      + Long.toHexString(ThreadLocalRandom.current().nextLong());
  private final CountDownLatch received = new CountDownLatch(1);
  private final AtomicInteger serverTasks;
  private final long deadline;
  private Socket socket;

  /**
   * @param serverTasks the JDK server's tasks submitted and not finished, this request's included
   * @param deadline when the stop gives up ({@link System#nanoTime()})
   */
  DrainGuard(AtomicInteger serverTasks, long deadline) {
    this.serverTasks = serverTasks;
    this.deadline = deadline;
  }

  /**
   * Sends the guard request to {@code address} and waits up to a second for the dispatcher to
   * hold it.
   *
   * @return whether it is held (if not, the listener must stay open: requests would be lost)
   */
  boolean send(InetSocketAddress address) {
    try {
      InetAddress target = address.getAddress().isAnyLocalAddress()
          ? InetAddress.getLoopbackAddress() : address.getAddress();
      socket = new Socket();
      socket.connect(new InetSocketAddress(target, address.getPort()), 1_000);
      OutputStream out = socket.getOutputStream();
      out.write(("GET / HTTP/1.1\r\nHost: kiln\r\n" + HEADER + ": " + token
          + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      return received.await(1, TimeUnit.SECONDS);
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * If {@code http} is the guard request: holds it until it is the server's last task (or the
   * deadline), then answers 204 and returns true.
   */
  boolean holds(HttpExchange http) throws IOException {
    if (!token.equals(http.getRequestHeaders().getFirst(HEADER))) {
      return false;
    }
    received.countDown();
    try {
      while (serverTasks.get() > 1 && System.nanoTime() < deadline) {
        Thread.sleep(2);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    http.sendResponseHeaders(204, -1);
    return true;
  }

  /** Closes the guard's connection. */
  void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException e) {
        // closing is all that is left
      }
    }
  }
}
