package dev.kiln.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

class PreinitializerTest {
  private final List<Runnable> submitted = new ArrayList<>();
  private final Executor recording = submitted::add;

  @Test
  void warmsUpOnTheJdkServerOnce() throws Exception {
    HttpServer jdk = HttpServer.create();
    assertThat(jdk.getClass().getName()).startsWith(Preinitializer.JDK_SERVER_PACKAGE);
    Preinitializer.start(jdk, recording);
    assertThat(submitted).hasSize(1);
    assertThatCode(submitted.get(0)::run).doesNotThrowAnyException();
  }

  @Test
  void doesNothingOnAnotherProvidersServer() {
    Preinitializer.start(new OtherServer(), recording);
    assertThat(submitted).isEmpty();
  }

  @Test
  void thePropertyTurnsItOff() throws Exception {
    System.setProperty(Preinitializer.PROPERTY, "false");
    try {
      Preinitializer.start(HttpServer.create(), recording);
    } finally {
      System.clearProperty(Preinitializer.PROPERTY);
    }
    assertThat(submitted).isEmpty();
  }

  @Test
  void aStoppedExecutorIsNoError() throws Exception {
    Executor stopped = task -> {
      throw new RejectedExecutionException("stopped");
    };
    assertThatCode(() -> Preinitializer.start(HttpServer.create(), stopped))
        .doesNotThrowAnyException();
  }

  /** A server of another provider (as robaho's): only its class name matters here. */
  private static final class OtherServer extends HttpServer {
    @Override
    public void bind(InetSocketAddress addr, int backlog) {}

    @Override
    public void start() {}

    @Override
    public void setExecutor(Executor executor) {}

    @Override
    public Executor getExecutor() {
      return null;
    }

    @Override
    public void stop(int delay) {}

    @Override
    public HttpContext createContext(String path, HttpHandler handler) {
      throw new UnsupportedOperationException();
    }

    @Override
    public HttpContext createContext(String path) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void removeContext(String path) {}

    @Override
    public void removeContext(HttpContext context) {}

    @Override
    public InetSocketAddress getAddress() {
      return null;
    }
  }
}
