package dev.kiln.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsServer;
import com.sun.net.httpserver.spi.HttpServerProvider;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

class ServerProvidersTest {
  @Test
  void theBuildersProviderWins() {
    HttpServerProvider given = new HttpServerProvider() {
      @Override
      public HttpServer createHttpServer(InetSocketAddress address, int backlog) {
        throw new UnsupportedOperationException();
      }

      @Override
      public HttpsServer createHttpsServer(InetSocketAddress address, int backlog) {
        throw new UnsupportedOperationException();
      }
    };
    assertThat(ServerProviders.resolve(given)).isSameAs(given);
  }

  @Test
  void withoutOneTheJdksServerIsNamedInTheStandardProperty() {
    assertThat(ServerProviders.resolve(null).getClass().getName())
        .isEqualTo(ServerProviders.JDK_PROVIDER);
    assertThat(System.getProperty(ServerProviders.PROPERTY))
        .isEqualTo(ServerProviders.JDK_PROVIDER);
  }

  @Test
  void theBindAddressKeepsANumericHostAsItsName() throws Exception {
    InetSocketAddress address = ServerProviders.address("127.0.0.1", 8080);
    // no reverse lookup: the name is the host as given
    assertThat(address.getHostName()).isEqualTo("127.0.0.1");
    assertThat(address.getAddress().getHostAddress()).isEqualTo("127.0.0.1");
    assertThat(address.getPort()).isEqualTo(8080);
  }
}
