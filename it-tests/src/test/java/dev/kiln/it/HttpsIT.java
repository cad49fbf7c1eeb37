package dev.kiln.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.example.HelloController;
import dev.kiln.example.HelloController_Routes;
import dev.kiln.it.support.Providers;
import dev.kiln.it.support.Providers.EachProvider;
import dev.kiln.it.support.SelfSigned;
import dev.kiln.runtime.KilnServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/**
 * HTTPS from a PKCS#12 key store: a self-signed certificate for 127.0.0.1 made by {@code
 * keytool}, served on each provider and trusted by the client.
 */
@EachProvider
class HttpsIT {
  @Parameter
  String provider;

  @TempDir
  Path dir;

  @Test
  void servesHttpsWithTheKeyStoresCertificate() throws Exception {
    Path store = SelfSigned.keyStore(dir);
    KilnServer server = KilnServer.builder().provider(Providers.named(provider)).port(0)
        .https(store, SelfSigned.PASSWORD)
        .routes(new HelloController_Routes(new HelloController()))
        .start();
    try {
      HttpClient client = HttpClient.newBuilder().sslContext(SelfSigned.trusting(store))
          .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
      HttpResponse<String> response = client.send(HttpRequest.newBuilder(
          URI.create("https://127.0.0.1:" + server.port() + "/hello")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).isEqualTo("Hello, World!");
      assertThat(response.sslSession()).hasValueSatisfying(
          session -> assertThat(session.getProtocol()).startsWith("TLSv1."));
    } finally {
      server.stop(Duration.ofSeconds(1));
    }
  }
}
